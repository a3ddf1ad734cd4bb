import { SUPPRESSED, type Figure } from '../manifest.ts';
import { round } from '../round.ts';

/**
 * Trailing 7-day average per day, 1 dp, from a series' published 7-day totals:
 * total / 7, suppressed where the total is.
 */
export function seriesAvg7(total7: readonly Figure[]): Figure[] {
  return total7.map((t) => (t === null ? null : t === SUPPRESSED ? SUPPRESSED : round(t / 7, 1)));
}
