import type { CasesSeries, PartialSum } from '../../../lib/cases-files.ts';
import { round } from '../../../lib/round.ts';
import { ratePer100k } from '../../../lib/cases/rate-per-100k.ts';
import { suppressCount, suppressDerived } from '../../../lib/cases/suppress.ts';

/** Raw (unsuppressed) daily counts and trailing 7-day totals of an area or a group, null on days without data. */
export interface RawSeries {
  code: string;
  name: string;
  population: number | null;
  /** A roll-up's parent summed from only some of its areas. */
  partial?: PartialSum;
  /** ISO date of the first day. */
  start: string;
  daily: readonly (number | null)[];
  totals: readonly (number | null)[];
}

/** What a group's series adds: the totals and populations its daily rate is computed from, and how many areas each day sums. */
export interface GroupRates {
  rateTotals: readonly (number | null)[];
  populations: readonly (number | null)[];
  areas7: number[];
}

/**
 * A series file, with counts below `below` suppressed. For a group, `group` gives the rate of each
 * day (from its member areas with a population); an area's rate follows from `total7` and `population`.
 */
export function seriesFile(raw: RawSeries, below: number, group?: GroupRates): CasesSeries {
  const file: CasesSeries = {
    code: raw.code,
    name: raw.name,
    population: raw.population,
    start: raw.start,
    counts: raw.daily.map((c) => suppressCount(c, below)),
    total7: raw.totals.map((t) => suppressCount(t, below)),
  };
  if (raw.partial !== undefined) file.partial = raw.partial;
  if (group !== undefined) {
    file.rate7 = raw.totals.map((_, d) => {
      const t = group.rateTotals[d] ?? null;
      const r = ratePer100k(t, group.populations[d] ?? null);
      return r === null ? null : suppressDerived(round(r, 1), below, t);
    });
    file.areas7 = group.areas7;
  }
  return file;
}
