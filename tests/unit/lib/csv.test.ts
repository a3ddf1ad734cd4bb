import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/csv.ts';

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-12.5', '-12.5'],
  ])('writes %j as %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('writes numbers, nulls and CRLF line ends', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, null],
          [2.5, 'x'],
        ],
      ),
    ).toBe('a,b\r\n1,\r\n2.5,x\r\n');
  });
});
