/**
 * The land page's table by area and its CSV: every area holding a record with
 * its counts by status. A national estate has thousands of areas, so the page
 * shows at most AREA_TABLE_ROWS of them (the areas with the most records) and
 * links a CSV of every area (`land/areas.csv`), so the page does not grow with
 * the number of areas.
 */
import { toCsv } from '../csv.ts';
import { AREA_TABLE_ROWS } from '../cases/area-table-rows.ts';

export { AREA_TABLE_ROWS };

export interface AreaCountRow {
  code: string;
  name: string;
  /** Records by status category, in the estate's category order. */
  counts: ArrayLike<number>;
  total: number;
}

/** Areas holding at least one record, A to Z by name (then code), from per-area counts by status. */
export function areaCountRows(
  areas: readonly { code: string; name: string }[],
  counts: readonly ArrayLike<number>[],
): AreaCountRow[] {
  const rows: AreaCountRow[] = [];
  areas.forEach((a, i) => {
    const c = counts[i] ?? [];
    let total = 0;
    for (let s = 0; s < c.length; s++) total += c[s] ?? 0;
    if (total > 0) rows.push({ code: a.code, name: a.name, counts: c, total });
  });
  return rows.sort(byName);
}

function byName(a: AreaCountRow, b: AreaCountRow): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * The rows the page shows: all of them A to Z when there are at most `cap`, else the `cap` areas
 * with the most records, most first (ties A to Z).
 */
export function shownAreaRows(rows: readonly AreaCountRow[], cap = AREA_TABLE_ROWS): AreaCountRow[] {
  if (rows.length <= cap) return [...rows];
  return [...rows].sort((a, b) => b.total - a.total || byName(a, b)).slice(0, cap);
}

/** Every area's counts as CSV, A to Z: code, name, a column per status, then all records. */
export function areaCountsCsv(rows: readonly AreaCountRow[], categories: readonly { label: string }[]): string {
  return toCsv(
    ['area_code', 'area_name', ...categories.map((c) => c.label), 'all_records'],
    rows.map((r) => [r.code, r.name, ...categories.map((_, s) => r.counts[s] ?? 0), r.total]),
  );
}
