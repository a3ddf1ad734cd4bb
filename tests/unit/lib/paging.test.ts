import { describe, expect, it } from 'vitest';
import { pageSegment, pagesOf } from '../../../src/lib/paging.ts';

describe('paging', () => {
  it('splits a list into pages of a fixed size, the last one shorter, every item once', () => {
    expect(pagesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pagesOf([1, 2], 2)).toEqual([[1, 2]]);
  });

  it('gives an empty list one empty page, and refuses a page size under 1', () => {
    expect(pagesOf([], 3)).toEqual([[]]);
    expect(() => pagesOf([1], 0)).toThrow('perPage must be at least 1');
  });

  it('addresses the first page by the list itself and later ones by number', () => {
    expect([pageSegment(1), pageSegment(2), pageSegment(10)]).toEqual([undefined, '2', '10']);
  });
});
