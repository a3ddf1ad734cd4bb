import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { CasesSeries } from '../cases-files.ts';
import { round } from '../round.ts';
import { ratePer100k } from './rate-per-100k.ts';

/**
 * 7-day rate per 100,000 per day, 1 dp: a group's stored `rate7`, or for an
 * area its 7-day total / population × 100,000, suppressed where the total is.
 */
export function seriesRate7(series: Pick<CasesSeries, 'total7' | 'rate7' | 'population'>): Figure[] {
  if (series.rate7 !== undefined) return series.rate7;
  return series.total7.map((t) => {
    if (t === SUPPRESSED) return SUPPRESSED;
    const r = ratePer100k(t, series.population);
    return r === null ? null : round(r, 1);
  });
}
