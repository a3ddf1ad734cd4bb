import { describe, expect, it } from 'vitest';
import { areaCodeProblem } from '../../../src/lib/area-code.ts';

describe('areaCodeProblem', () => {
  it.each(['E05000001', '01001', 'UKC11', '2A004', 'GM0363', 'S12_000', 'lau-1.2', 'Ærø1', 'Areas2'])(
    'accepts %s',
    (code) => {
      expect(areaCodeProblem(code)).toBeNull();
    },
  );

  it.each([
    ['.', /characters/],
    ['..', /characters/],
    ['..x', /characters/],
    ['a..b', /characters/],
    ['x.', /characters/],
    ['a/b', /characters/],
    ['x\\y', /characters/],
    ['%2e%2e%2fX', /characters/],
    ['a\u0000b', /characters/],
    ['E05 001', /characters/],
    ['<b>', /characters/],
    ['', /characters/],
    ['areas', /name of a page/],
    ['AREAS', /name of a page/],
    ['index', /name of a page/],
    ['x'.repeat(65), /longer than 64/],
  ])('rejects %j', (code, reason) => {
    expect(areaCodeProblem(code)).toMatch(reason);
  });
});
