import { describe, expect, it } from 'vitest';
import { compareAreaRows, nextSortDirection, type SortValue } from '../../../../src/lib/cases/area-sort.ts';

const rows: [string, SortValue][] = [
  ['Beck', 12.5],
  ['Abbey', null],
  ['Castle', 40],
  ['Dale', 12.5],
];
const order = (dir: 'ascending' | 'descending') =>
  [...rows].sort((a, b) => compareAreaRows(a[1], b[1], a[0], b[0], dir)).map((r) => r[0]);

describe('area table sorting', () => {
  it('sorts figures either way, keeps missing ones last and breaks ties by name', () => {
    expect(order('ascending')).toEqual(['Beck', 'Dale', 'Castle', 'Abbey']);
    expect(order('descending')).toEqual(['Castle', 'Beck', 'Dale', 'Abbey']);
  });

  it('flips the direction on the same column, and starts figures high-first', () => {
    expect(nextSortDirection({ key: 'name', dir: 'ascending' }, 'name')).toBe('descending');
    expect(nextSortDirection({ key: 'name', dir: 'ascending' }, 'rate')).toBe('descending');
    expect(nextSortDirection({ key: 'rate', dir: 'descending' }, 'rank')).toBe('ascending');
    expect(nextSortDirection({ key: 'rate', dir: 'descending' }, 'rate')).toBe('ascending');
  });
});
