import { NOT_SEEN, type DailyCounts } from '../../aggregate/daily-counts.ts';

/**
 * The daily series of (metric, area) from `firstDay` to `lastDay`, with days
 * that have no row in the source as null (no data), not zero: a gap in
 * reporting must not read as a fall to nothing. Days a cumulative total was
 * carried forward over are 0 (nothing new reported). Null for an area with no rows.
 */
export function reportedSeries(
  counts: DailyCounts,
  metric: number,
  area: number,
  firstDay: number,
  lastDay: number,
): (number | null)[] | null {
  if (!counts.has(metric, area)) return null;
  const out: (number | null)[] = new Array<number | null>(lastDay - firstDay + 1).fill(null);
  counts.forEachDay(metric, area, firstDay, lastDay, (day, state, count) => {
    if (state !== NOT_SEEN) out[day - firstDay] = count;
  });
  return out;
}
