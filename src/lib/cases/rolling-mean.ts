import { rollingSum } from './rolling-sum.ts';

/**
 * Trailing mean over `window` days ending on each day (as the UKHSA dashboard
 * draws its 7-day average): `rollingSum / window`, null where the sum is.
 */
export function rollingMean(values: readonly (number | null)[], window = 7): (number | null)[] {
  return rollingSum(values, window).map((s) => (s === null ? null : s / window));
}
