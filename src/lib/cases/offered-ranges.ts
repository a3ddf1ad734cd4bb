/**
 * The time ranges a disease page offers: only those shorter than the data's span, since a
 * longer one would show exactly what All shows. Shared by the build (which ranges to draw as
 * buttons, which one is checked) and the browser (what a `?range=` in the URL becomes).
 */
import { DEFAULT_RANGE, RANGES, type RangeKey } from './trend-rows.ts';
import { dayNumber } from '../day-number.ts';

/** Days from `firstDate` to `lastDate`, both included (ISO dates); 0 when either is missing. */
export function spanDays(firstDate: string | null, lastDate: string | null): number {
  return firstDate === null || lastDate === null ? 0 : dayNumber(lastDate) - dayNumber(firstDate) + 1;
}

/** The ranges worth offering for `days` days of data, shortest first; All always, and last. */
export function offeredRanges(days: number): RangeKey[] {
  return RANGES.filter((r) => !Number.isFinite(r.days) || r.days < days).map((r) => r.key);
}

/** `range` when it is offered, else All (a link made for a longer series shows everything). */
export function rangeOrAll(range: RangeKey, offered: readonly RangeKey[]): RangeKey {
  return offered.includes(range) ? range : 'all';
}

/** The range a page opens on: the default range where it is offered, else All. */
export function openingRange(offered: readonly RangeKey[]): RangeKey {
  return rangeOrAll(DEFAULT_RANGE, offered);
}

/** True for the keys of `RANGES` (e.g. when reading them back from the page). */
export function isRangeKey(text: string): text is RangeKey {
  return RANGES.some((r) => r.key === text);
}
