import { describe, expect, it } from 'vitest';
import { areaCodeProblem } from '../../../src/lib/area-code.ts';

describe('areaCodeProblem', () => {
  it.each([
    'E05000001',
    '01001',
    'UKC11',
    '2A004',
    'GM0363',
    'S12_000',
    'lau-1.2',
    'Ærø1',
    'Areas2',
    // areaPageName makes a safe name of these: the code itself names no file or page.
    'GM 0363',
    'E05 000 123',
    'A#1',
    'B?2',
    'C%3',
    'D/4',
    'a..b',
    'x.',
    'x\\y',
    '%2e%2e%2fX',
    '<b>',
  ])('accepts %s', (code) => {
    expect(areaCodeProblem(code)).toBeNull();
  });

  it.each([
    ['.', /no letter or digit/],
    ['..', /no letter or digit/],
    ['/', /no letter or digit/],
    ['a\u0000b', /control character/],
    ['a\nb', /control character/],
    ['', /no letter or digit/],
    ['areas', /name of a page/],
    ['AREAS', /name of a page/],
    ['index', /name of a page/],
    ['x'.repeat(65), /longer than 64/],
  ])('rejects %j', (code, reason) => {
    expect(areaCodeProblem(code)).toMatch(reason);
  });
});
