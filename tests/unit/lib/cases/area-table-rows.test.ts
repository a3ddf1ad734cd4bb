import { describe, expect, it } from 'vitest';
import { areaTableRows, sortAreaRows } from '../../../../src/lib/cases/area-table-rows.ts';
import type { CasesWeek } from '../../../../src/lib/cases-files.ts';

// Week codes in another order than the layer's, one area missing from the week.
const week: CasesWeek = {
  end: '2025-03-02',
  code: ['B', 'A', 'C'],
  total: [12, 's', 40],
  rate: [60.5, 's', 80],
  rank: [2, null, 1],
  ranked: 2,
};
const rows = areaTableRows(['A', 'B', 'C', 'D'], ['Abbey', 'Beck', 'Cole', 'Dale'], week);

describe('area table rows', () => {
  it('gives every area its figures for the week, and nulls to an area without them', () => {
    expect(rows).toEqual([
      { code: 'A', name: 'Abbey', total: 's', rate: 's', rank: null },
      { code: 'B', name: 'Beck', total: 12, rate: 60.5, rank: 2 },
      { code: 'C', name: 'Cole', total: 40, rate: 80, rank: 1 },
      { code: 'D', name: 'Dale', total: null, rate: null, rank: null },
    ]);
  });

  it('takes the first rows in the chosen order, suppressed and missing figures last either way', () => {
    expect(sortAreaRows(rows, 'rank', 'ascending', 2).map((r) => r.code)).toEqual(['C', 'B']);
    expect(sortAreaRows(rows, 'rate', 'ascending').map((r) => r.code)).toEqual(['B', 'C', 'A', 'D']);
    expect(sortAreaRows(rows, 'rate', 'descending').map((r) => r.code)).toEqual(['C', 'B', 'A', 'D']);
    expect(sortAreaRows(rows, 'name', 'descending', 3).map((r) => r.code)).toEqual(['D', 'C', 'B']);
  });
});
