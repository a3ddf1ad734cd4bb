/**
 * The rows of the rate map's area table: every area's figures for one week, sorted by a column,
 * and the window of them a large layer shows (a table of 3,142 counties made the overview 2 MB;
 * the full list is on the A-to-Z pages and in the CSV). No node:* imports.
 */
import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { CasesWeek } from '../cases-files.ts';
import { compareAreaRows, type SortDirection, type SortValue } from './area-sort.ts';

/** Most rows the overview's area table shows; a layer with more shows the first this many in the chosen order. */
export const AREA_TABLE_ROWS = 100;

export interface AreaTableRow {
  code: string;
  name: string;
  total: Figure;
  rate: Figure;
  rank: number | null;
}

export type AreaTableColumn = 'name' | 'total' | 'rate' | 'rank';

/** One row per area of `codes`/`names` with its figures in `week` (all null when the area or week is missing). */
export function areaTableRows(
  codes: readonly string[],
  names: readonly string[],
  week: CasesWeek | null,
): AreaTableRow[] {
  const at = new Map<string, number>();
  week?.code.forEach((c, i) => at.set(c, i));
  return codes.map((code, k) => {
    const i = at.get(code);
    return {
      code,
      name: names[k] ?? code,
      total: i === undefined ? null : (week?.total[i] ?? null),
      rate: i === undefined ? null : (week?.rate[i] ?? null),
      rank: i === undefined ? null : (week?.rank[i] ?? null),
    };
  });
}

const sortValue = (r: AreaTableRow, key: AreaTableColumn): SortValue => {
  if (key === 'name') return r.name;
  const v = r[key];
  return v === null || v === SUPPRESSED ? null : v;
};

/** `rows` sorted by `key` in `dir` (suppressed and missing figures last, ties by name), at most `limit`. */
export function sortAreaRows(
  rows: readonly AreaTableRow[],
  key: AreaTableColumn,
  dir: SortDirection,
  limit = Infinity,
): AreaTableRow[] {
  return [...rows]
    .sort((a, b) => compareAreaRows(sortValue(a, key), sortValue(b, key), a.name, b.name, dir))
    .slice(0, limit);
}
