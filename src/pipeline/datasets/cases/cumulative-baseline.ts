import type { DailyCounts } from '../../aggregate/daily-counts.ts';

/**
 * A cumulative file's first day (`cumulativeStart: "baseline"`): a total reported then is where
 * its series starts, since the file does not give the total before it; counted as that day's
 * new cases it would put the whole running total (Lombardia's 162,968 on a file's first day) in
 * one day and its week. Each series whose first total is on the file's first report date has
 * that day (and, for a weekly source, the days its week covers) taken back to "no row". A series
 * first reported later starts from zero: the area had none before. Returns that date, or null
 * when no series started there with a total above zero (nothing was taken back).
 */
export function baselineFirstDay(counts: DailyCounts, weekly: boolean, ...others: DailyCounts[]): number | null {
  // `others`: series of the same file kept apart (rows of no area), whose first totals are baselines too.
  const all = [counts, ...others];
  let first = Number.POSITIVE_INFINITY;
  for (const c of all) for (const slot of c.eachSlot()) if (slot.firstDay < first) first = slot.firstDay;
  if (!Number.isFinite(first)) return null;
  let cleared = false;
  for (const c of all) {
    for (const slot of c.eachSlot()) {
      if (slot.firstDay !== first) continue;
      if (c.count(slot, first) !== 0) cleared = true;
      c.clearDays(slot, weekly ? first - 6 : first, first);
    }
  }
  return cleared ? first : null;
}
