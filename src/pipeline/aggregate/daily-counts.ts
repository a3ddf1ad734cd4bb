/**
 * Streaming accumulator for counts by metric, area and day. Memory grows with
 * metrics x areas x days spanned, never with the number of rows: each
 * (metric, area) pair owns its days in fixed pages of {@link PAGE_DAYS} days
 * (a 32-bit count and a state byte a day: counts are whole numbers), allocated
 * as days are first reported. A series grows a page at a time, in either
 * direction, without copying what it holds: no doubling, and at most one page
 * at each end is partly empty.
 */

/** Days in a page: large enough that page bookkeeping is small beside the counts, small enough to waste little at the ends. */
export const PAGE_DAYS = 128;
const PAGE_SHIFT = 7;
const PAGE_MASK = PAGE_DAYS - 1;

/** Largest count (and largest fall between cumulative counts) a day can hold: Int32Array's limit. */
export const MAX_DAILY_COUNT = 2_147_483_647;

/** True when `n` can be stored as a day's count without wrapping (|n| ≤ {@link MAX_DAILY_COUNT}). */
export function fitsDailyCount(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) <= MAX_DAILY_COUNT;
}

/** A day's state: no row, a row seen, or a cumulative total carried forward over a missing day. */
export const NOT_SEEN = 0;
export const SEEN = 1;
export const CARRIED = 2;

/** {@link PAGE_DAYS} days of one series: counts, and each day's state, in one buffer. */
interface Page {
  counts: Int32Array;
  state: Uint8Array;
}

export interface SeriesSlot {
  /** Pages by page number (day >> 7) minus `firstPage`; undefined where no day was reported. */
  pages: (Page | undefined)[];
  /** Page number of `pages[0]`. */
  firstPage: number;
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
      s = { pages: [], firstPage: 0, lastCumulative: 0, lastDay: Number.NEGATIVE_INFINITY, spans: null };
      byArea[area] = s;
    }
    return s;
  }

  /**
   * Marks `day` as reported for the slot; returns false when it already was
   * (the row is a duplicate and the caller rejects it).
   */
  markSeen(s: SeriesSlot, day: number): boolean {
    const page = pageFor(s, day);
    const i = day & PAGE_MASK;
    if (page.state[i] !== NOT_SEEN) return false;
    page.state[i] = SEEN;
    if (day < this.minDay) this.minDay = day;
    if (day > this.maxDay) this.maxDay = day;
    return true;
  }

  /** Marks a day already marked seen as carrying a cumulative total forward (its row was rejected: nothing new). */
  markCarried(s: SeriesSlot, day: number): void {
    const page = pageAt(s, day);
    if (page !== undefined) page.state[day & PAGE_MASK] = CARRIED;
  }

  /** True when a row was already seen for `day` in the slot. */
  isSeen(s: SeriesSlot, day: number): boolean {
    return this.state(s, day) === SEEN;
  }

  /** The day's state in the slot: {@link NOT_SEEN}, {@link SEEN} or {@link CARRIED}. */
  state(s: SeriesSlot, day: number): number {
    const page = pageAt(s, day);
    return page === undefined ? NOT_SEEN : (page.state[day & PAGE_MASK] as number);
  }

  /** The day's count in the slot (0 for a day without one). */
  count(s: SeriesSlot, day: number): number {
    const page = pageAt(s, day);
    return page === undefined ? 0 : (page.counts[day & PAGE_MASK] as number);
  }

  /**
   * A cumulative series skipped the days after `from` up to `to` (exclusive): they are
   * reported as nothing new (the total carried forward) and `to`'s count covers them all.
   */
  carryForward(s: SeriesSlot, from: number, to: number): void {
    for (let d = from + 1; d < to; d++) {
      const page = pageFor(s, d);
      // A day with its own row keeps it (weeks of a weekly source never overlap, but a file may).
      if (page.state[d & PAGE_MASK] === NOT_SEEN) page.state[d & PAGE_MASK] = CARRIED;
    }
    if (from + 1 < this.minDay) this.minDay = from + 1;
    (s.spans ??= new Map()).set(to, to - from);
  }

  /** Adds `count` on `day` (call after `markSeen`). */
  add(s: SeriesSlot, day: number, count: number): void {
    const page = pageFor(s, day);
    const i = day & PAGE_MASK;
    page.counts[i] = (page.counts[i] as number) + count;
  }

  /**
   * Dense daily series for (metric, area) from `firstDay` to `lastDay`
   * inclusive; days without rows are 0.
   */
  series(metric: number, area: number, firstDay: number, lastDay: number): Float64Array {
    const out = new Float64Array(lastDay - firstDay + 1);
    const s = this.slots[metric]?.[area];
    if (s === undefined) return out;
    for (let d = firstDay; d <= lastDay; d++) out[d - firstDay] = this.count(s, d);
    return out;
  }

  /**
   * Calls `each(day, state, count)` for every day from `firstDay` to `lastDay` of (metric, area)
   * whose page exists, in day order; days in missing pages are not reported (state {@link NOT_SEEN}).
   */
  forEachDay(
    metric: number,
    area: number,
    firstDay: number,
    lastDay: number,
    each: (day: number, state: number, count: number) => void,
  ): void {
    const s = this.slots[metric]?.[area];
    if (s === undefined) return;
    for (let p = 0; p < s.pages.length; p++) {
      const page = s.pages[p];
      if (page === undefined) continue;
      const base = (s.firstPage + p) * PAGE_DAYS;
      const from = Math.max(firstDay, base);
      const to = Math.min(lastDay, base + PAGE_DAYS - 1);
      for (let d = from; d <= to; d++) each(d, page.state[d - base] as number, page.counts[d - base] as number);
    }
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

// The page holding `day`, or undefined when none was allocated.
function pageAt(s: SeriesSlot, day: number): Page | undefined {
  return s.pages[(day >> PAGE_SHIFT) - s.firstPage];
}

// The page holding `day`, allocated (with the page list extended, in either direction) when missing.
function pageFor(s: SeriesSlot, day: number): Page {
  const number = day >> PAGE_SHIFT;
  if (s.pages.length === 0) s.firstPage = number;
  else if (number < s.firstPage) {
    // Days before the first page: the list of page references shifts (the pages themselves stay).
    const before = s.firstPage - number;
    s.pages = [...new Array<Page | undefined>(before), ...s.pages];
    s.firstPage = number;
  }
  const k = number - s.firstPage;
  let page = s.pages[k];
  if (page === undefined) {
    const buffer = new ArrayBuffer(PAGE_DAYS * 5);
    page = { counts: new Int32Array(buffer, 0, PAGE_DAYS), state: new Uint8Array(buffer, PAGE_DAYS * 4, PAGE_DAYS) };
    while (s.pages.length < k) s.pages.push(undefined);
    s.pages[k] = page;
  }
  return page;
}
