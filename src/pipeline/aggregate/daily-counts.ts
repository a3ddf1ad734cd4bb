/**
 * Streaming accumulator for counts by metric, area and day. Memory grows with
 * metrics x areas x days spanned, never with the number of rows: each
 * (metric, area) pair owns one growable Int32Array indexed by day (counts are
 * whole numbers; 4 bytes a day keeps 5 million area-days near 20 MB).
 */

const INITIAL_DAYS = 64;

/** Largest count (and largest fall between cumulative counts) a day can hold: Int32Array's limit. */
export const MAX_DAILY_COUNT = 2_147_483_647;

/** True when `n` can be stored as a day's count without wrapping (|n| ≤ {@link MAX_DAILY_COUNT}). */
export function fitsDailyCount(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) <= MAX_DAILY_COUNT;
}

export interface SeriesSlot {
  /** Counts per day from `origin`; days never reported are 0. */
  counts: Int32Array;
  /** 1 where a row was seen for that day (for duplicate detection); 2 where a cumulative total was carried forward over a missing day. */
  seen: Uint8Array;
  /** First day index in `counts` (days since 1970-01-01). */
  origin: number;
  /** Last cumulative value, for differencing cumulative files. */
  lastCumulative: number;
  /** Last day seen, for cumulative files (must increase). */
  lastDay: number;
  /** Cumulative files: days whose count covers several days (a report after missing days), day -> days covered. */
  spans: Map<number, number> | null;
}

export class DailyCounts {
  // slots[metric][area]: plain arrays indexed by small integers, the cheapest lookup per row.
  private readonly slots: (SeriesSlot | undefined)[][] = [];
  minDay = Number.POSITIVE_INFINITY;
  maxDay = Number.NEGATIVE_INFINITY;

  /** The slot for (metric, area), created on first use. */
  slot(metric: number, area: number): SeriesSlot {
    const byArea = (this.slots[metric] ??= []);
    let s = byArea[area];
    if (s === undefined) {
      s = {
        counts: new Int32Array(0),
        seen: new Uint8Array(0),
        origin: 0,
        lastCumulative: 0,
        lastDay: Number.NEGATIVE_INFINITY,
        spans: null,
      };
      byArea[area] = s;
    }
    return s;
  }

  /**
   * Marks `day` as reported for the slot; returns false when it already was
   * (the row is a duplicate and the caller rejects it).
   */
  markSeen(s: SeriesSlot, day: number): boolean {
    ensureDay(s, day);
    const i = day - s.origin;
    if (s.seen[i] !== 0) return false;
    s.seen[i] = 1;
    if (day < this.minDay) this.minDay = day;
    if (day > this.maxDay) this.maxDay = day;
    return true;
  }

  /** Marks a day already marked seen as carrying a cumulative total forward (its row was rejected: nothing new). */
  markCarried(s: SeriesSlot, day: number): void {
    const i = day - s.origin;
    if (i >= 0 && i < s.seen.length) s.seen[i] = 2;
  }

  /** True when a row was already seen for `day` in the slot. */
  isSeen(s: SeriesSlot, day: number): boolean {
    const i = day - s.origin;
    return i >= 0 && i < s.seen.length && s.seen[i] === 1;
  }

  /**
   * A cumulative series skipped the days after `from` up to `to` (exclusive): they are
   * reported as nothing new (the total carried forward) and `to`'s count covers them all.
   */
  carryForward(s: SeriesSlot, from: number, to: number): void {
    for (let d = from + 1; d < to; d++) {
      ensureDay(s, d);
      // A day with its own row keeps it (weeks of a weekly source never overlap, but a file may).
      if (s.seen[d - s.origin] === 0) s.seen[d - s.origin] = 2;
    }
    if (from + 1 < this.minDay) this.minDay = from + 1;
    (s.spans ??= new Map()).set(to, to - from);
  }

  /** Adds `count` on `day` (call after `markSeen`). */
  add(s: SeriesSlot, day: number, count: number): void {
    const i = day - s.origin;
    s.counts[i] = (s.counts[i] ?? 0) + count;
  }

  /**
   * Dense daily series for (metric, area) from `firstDay` to `lastDay`
   * inclusive; days without rows are 0.
   */
  series(metric: number, area: number, firstDay: number, lastDay: number): Float64Array {
    const out = new Float64Array(lastDay - firstDay + 1);
    const s = this.slots[metric]?.[area];
    if (s === undefined) return out;
    const from = Math.max(firstDay, s.origin);
    const to = Math.min(lastDay, s.origin + s.counts.length - 1);
    for (let d = from; d <= to; d++) out[d - firstDay] = s.counts[d - s.origin] ?? 0;
    return out;
  }

  /** Days of (metric, area) whose count covers several days, as [day, days covered] in day order; empty for most series. */
  spans(metric: number, area: number): [number, number][] {
    const s = this.slots[metric]?.[area];
    return s?.spans ? [...s.spans].sort((a, b) => a[0] - b[0]) : [];
  }

  /** True when any row was seen for (metric, area). */
  has(metric: number, area: number): boolean {
    return this.slots[metric]?.[area] !== undefined;
  }
}

// Grows the slot's arrays (doubling) so that `day` is addressable, in either direction.
function ensureDay(s: SeriesSlot, day: number): void {
  if (s.counts.length === 0) {
    s.origin = day;
    s.counts = new Int32Array(INITIAL_DAYS);
    s.seen = new Uint8Array(INITIAL_DAYS);
    return;
  }
  const end = s.origin + s.counts.length;
  if (day >= s.origin && day < end) return;
  const newOrigin = Math.min(s.origin, day);
  const needed = Math.max(end, day + 1) - newOrigin;
  let size = s.counts.length;
  while (size < needed) size *= 2;
  const counts = new Int32Array(size);
  const seen = new Uint8Array(size);
  counts.set(s.counts, s.origin - newOrigin);
  seen.set(s.seen, s.origin - newOrigin);
  s.counts = counts;
  s.seen = seen;
  s.origin = newOrigin;
}
