import { SUPPRESSED, type Figure } from '../manifest.ts';

/**
 * Small-number suppression, one rule everywhere.
 *
 * A count (a day's count, a 7-day total) is suppressed when it is at least 1 and
 * below `below` (e.g. `below = 3` hides 1 and 2). Zero stays zero: it tells
 * nothing about a person. Negative counts (corrections) are left as they are.
 * `below = 0` or `1` disables suppression.
 *
 * A figure derived from counts (a rate, an average, a change) is suppressed when
 * any count it comes from is; see `suppressDerived`.
 */
export function isSmallCount(count: number | null, below: number): boolean {
  return count !== null && count >= 1 && count < below;
}

/** A count as published: `SUPPRESSED` when small, else itself (null stays null). */
export function suppressCount(count: number | null, below: number): Figure {
  return isSmallCount(count, below) ? SUPPRESSED : count;
}

/**
 * A derived figure as published: `SUPPRESSED` when any of its `sources` (the
 * counts it was computed from) is small, else `value` (null stays null).
 */
export function suppressDerived(value: number | null, below: number, ...sources: (number | null)[]): Figure {
  if (sources.some((s) => isSmallCount(s, below))) return SUPPRESSED;
  return value;
}
