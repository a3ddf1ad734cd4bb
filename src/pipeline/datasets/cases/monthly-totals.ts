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

export interface MonthlyArea {
  code: string;
  name: string;
  /** Daily counts from `firstDay`; null on days without a row. */
  daily: readonly (number | null)[] | null;
}

/** CSV with columns area_code, area_name, month (YYYY-MM), total, days_reported. */
export function monthlyTotalsCsv(
  areas: readonly MonthlyArea[],
  firstDay: number,
  nDays: number,
  below: number,
): string {
  // Month of each day index, computed once for all areas.
  const monthOf: string[] = [];
  for (let d = 0; d < nDays; d++) monthOf.push(isoDay(firstDay + d).slice(0, 7));
  // Rows are generated as the CSV is written, so no table of them is held in memory.
  function* rows(): Generator<(string | number)[]> {
    for (const area of areas) {
      if (area.daily === null) continue;
      let month = monthOf[0] ?? '';
      let total = 0;
      let days = 0;
      for (let d = 0; d <= nDays; d++) {
        if (d === nDays || monthOf[d] !== month) {
          if (days > 0) {
            const published = suppressCount(total, below);
            yield [area.code, area.name, month, published === SUPPRESSED ? 'suppressed' : (published ?? ''), days];
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
  }
  return toCsv(['area_code', 'area_name', 'month', 'total', 'days_reported'], rows());
}
