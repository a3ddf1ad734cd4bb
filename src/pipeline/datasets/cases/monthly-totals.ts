/**
 * Calendar-month totals per area, as a CSV download: the monthly view of a cases
 * metric. Months at either end may be partial, and days without a row are not
 * counted, so each row says how many days it covers. Small totals are suppressed
 * like every other published count.
 */
import { toCsv } from '../../../lib/csv.ts';
import { isoDay } from '../../../lib/day-number.ts';
import { suppressCount } from '../../../lib/cases/suppress.ts';
import { SUPPRESSED } from '../../../lib/manifest.ts';
import { PARTIAL_COLUMNS, type PartialSum } from '../../../lib/cases-files.ts';

export interface MonthlyArea {
  code: string;
  name: string;
  /** Daily counts from `firstDay`; null on days without a row. */
  daily: readonly (number | null)[] | null;
  /** A roll-up's parent summed from only some of its areas. */
  partial?: PartialSum;
}

/** The CSV's header. */
export const MONTHLY_HEADER = ['area_code', 'area_name', 'month', 'total', 'days_reported'] as const;
/** The CSV's header, with the partial-sum columns when `partial`. */
export function monthlyHeader(partial: boolean): readonly string[] {
  return partial ? [...MONTHLY_HEADER, ...PARTIAL_COLUMNS] : MONTHLY_HEADER;
}

/** CSV with columns area_code, area_name, month (YYYY-MM), total, days_reported. */
export function monthlyTotalsCsv(
  areas: readonly MonthlyArea[],
  firstDay: number,
  nDays: number,
  below: number,
): string {
  const monthOf = monthsOf(firstDay, nDays);
  // Rows are generated as the CSV is written, so no table of them is held in memory.
  function* rows(): Generator<(string | number)[]> {
    for (const area of areas) yield* monthlyRows(area, monthOf, below);
  }
  return toCsv(MONTHLY_HEADER, rows());
}

/** Month (YYYY-MM) of each day index from `firstDay`, computed once for all areas. */
export function monthsOf(firstDay: number, nDays: number): string[] {
  const monthOf: string[] = [];
  for (let d = 0; d < nDays; d++) monthOf.push(isoDay(firstDay + d).slice(0, 7));
  return monthOf;
}

/** One area's rows of the CSV (none without data), `monthOf` from {@link monthsOf}. */
export function* monthlyRows(
  area: MonthlyArea,
  monthOf: readonly string[],
  below: number,
  partial = false,
): Generator<(string | number)[]> {
  if (area.daily === null) return;
  const coverage = partial ? [area.partial?.counted ?? '', area.partial?.of ?? ''] : [];
  const nDays = monthOf.length;
  let month = monthOf[0] ?? '';
  let total = 0;
  let days = 0;
  for (let d = 0; d <= nDays; d++) {
    if (d === nDays || monthOf[d] !== month) {
      if (days > 0) {
        const published = suppressCount(total, below);
        yield [
          area.code,
          area.name,
          month,
          published === SUPPRESSED ? 'suppressed' : (published ?? ''),
          days,
          ...coverage,
        ];
      }
      if (d === nDays) break;
      month = monthOf[d] ?? '';
      total = 0;
      days = 0;
    }
    const c = area.daily[d];
    if (c !== null && c !== undefined) {
      total += c;
      days++;
    }
  }
}
