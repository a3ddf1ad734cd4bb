/**
 * Streaming accumulator for counts by metric, area and day. Memory grows with
 * metrics x areas x days spanned, never with the number of rows: each
 * (metric, area) pair owns its days in fixed pages of {@link PAGE_DAYS} days,
 * allocated as days are first reported. A series grows a page at a time, in either
 * direction, without copying what it holds: no doubling, and at most one page
 * at each end is partly empty. Pages are slices of large shared blocks, so a
 * page costs its days and nothing else (no object or buffer per page). A day
 * costs 2.25 bytes while every count fits in 16 bits (a 16-bit count and a
 * 2-bit state), 4.25 bytes once one does not (the counts are then widened to 32
 * bits, all at once).
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

// No page number: days of 4-digit years are within ±3 million of 1970, so day >> 7 is far from
// this (an integer, so the field stays a small integer for V8).
const NO_PAGE = -(2 ** 30);

/** Pages in a block of the shared pool: 288 KB of counts and states per block (544 KB once widened). */
const BLOCK_PAGES = 1024;
const BLOCK_SHIFT = 10;
const BLOCK_DAYS = BLOCK_PAGES * PAGE_DAYS;
const NARROW_MIN = -32768;
const NARROW_MAX = 32767;

/**
 * The pages of every series of one accumulator, in blocks allocated as needed; a page is its
 * number in the pool. Counts are 16-bit until one does not fit, then every block is widened to
 * 32 bits (a copy, once); states are 2 bits a day, four to a byte.
 */
class PagePool {
  private counts: (Int16Array | Int32Array)[] = [];
  private readonly states: Uint8Array[] = [];
  /** True once the counts are 32-bit. */
  wide = false;
  size = 0;

  alloc(): number {
    if (this.size === this.states.length * BLOCK_PAGES) {
      this.counts.push(this.wide ? new Int32Array(BLOCK_DAYS) : new Int16Array(BLOCK_DAYS));
      this.states.push(new Uint8Array(BLOCK_DAYS >> 2));
    }
    return this.size++;
  }

  /** The count at index `i` of `page`'s block (see {@link offset}). */
  count(page: number, i: number): number {
    return (this.counts[page >> BLOCK_SHIFT] as Int16Array | Int32Array)[i] as number;
  }

  /** Adds `n` to the count at index `i` of `page`'s block, widening the counts first when the sum needs 32 bits. */
  add(page: number, i: number, n: number): void {
    let block = this.counts[page >> BLOCK_SHIFT] as Int16Array | Int32Array;
    const sum = (block[i] as number) + n;
    if (!this.wide && (sum < NARROW_MIN || sum > NARROW_MAX)) {
      this.widen();
      block = this.counts[page >> BLOCK_SHIFT] as Int32Array;
    }
    block[i] = sum;
  }

  /** The state at index `i` of `page`'s block. */
  state(page: number, i: number): number {
    const byte = (this.states[page >> BLOCK_SHIFT] as Uint8Array)[i >> 2] as number;
    return (byte >> ((i & 3) << 1)) & 3;
  }

  setState(page: number, i: number, state: number): void {
    const states = this.states[page >> BLOCK_SHIFT] as Uint8Array;
    const shift = (i & 3) << 1;
    states[i >> 2] = ((states[i >> 2] as number) & ~(3 << shift)) | (state << shift);
  }

  private widen(): void {
    this.counts = this.counts.map((block) => Int32Array.from(block));
    this.wide = true;
  }
}

// Index of `day` in its page's block.
function offset(page: number, day: number): number {
  return ((page & (BLOCK_PAGES - 1)) << PAGE_SHIFT) | (day & PAGE_MASK);
}

export interface SeriesSlot {
  /** Pool page numbers by page number (day >> 7) minus `firstPage`; -1 where no day was reported. */
  pages: number[];
  /** Page number of `pages[0]`. */
  firstPage: number;
  /** Last cumulative value, for differencing cumulative files. */
  lastCumulative: number;
  /** Last day seen, for cumulative files (must increase). */
  lastDay: number;
  /** Daily files: days read in date order, the first one's count, and on how many the count fell from the day before. */
  orderedDays: number;
  firstCount: number;
  falls: number;
  /** Cumulative files: the day of the series' first accepted total (NaN before one). */
  firstDay: number;
  /** Cumulative files: days whose count covers several days (a report after missing days), day -> days covered. */
  spans: Map<number, number> | null;
  /**
   * The page number (day >> 7) last looked up and its pool page, so that the rows of one series,
   * which mostly fall in the same page as the one before, skip the page list.
   */
  lastNumber: number;
  lastPage: number;
}

export class DailyCounts {
  // slots[metric][area]: plain arrays indexed by small integers, the cheapest lookup per row.
  private readonly slots: (SeriesSlot | undefined)[][] = [];
  private readonly pool = new PagePool();
  minDay = Number.POSITIVE_INFINITY;
  maxDay = Number.NEGATIVE_INFINITY;

  /** Every slot made, in metric then area order. */
  *eachSlot(): Generator<SeriesSlot> {
    for (const byArea of this.slots) for (const s of byArea ?? []) if (s !== undefined) yield s;
  }

  /** The slot for (metric, area), created on first use. */
  slot(metric: number, area: number): SeriesSlot {
    const byArea = (this.slots[metric] ??= []);
    let s = byArea[area];
    if (s === undefined) {
      s = {
        pages: [],
        firstPage: 0,
        lastCumulative: 0,
        lastDay: Number.NEGATIVE_INFINITY,
        orderedDays: 0,
        firstCount: 0,
        firstDay: Number.NaN,
        falls: 0,
        spans: null,
        lastNumber: NO_PAGE,
        lastPage: -1,
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
    const page = this.pageFor(s, day);
    const i = offset(page, day);
    if (this.pool.state(page, i) !== NOT_SEEN) return false;
    this.pool.setState(page, i, SEEN);
    if (day < this.minDay) this.minDay = day;
    if (day > this.maxDay) this.maxDay = day;
    return true;
  }

  /** Marks a day already marked seen as carrying a cumulative total forward (its row was rejected: nothing new). */
  markCarried(s: SeriesSlot, day: number): void {
    const page = pageAt(s, day);
    if (page >= 0) this.pool.setState(page, offset(page, day), CARRIED);
  }

  /** True when a row was already seen for `day` in the slot. */
  isSeen(s: SeriesSlot, day: number): boolean {
    return this.state(s, day) === SEEN;
  }

  /** The day's state in the slot: {@link NOT_SEEN}, {@link SEEN} or {@link CARRIED}. */
  state(s: SeriesSlot, day: number): number {
    const page = pageAt(s, day);
    return page < 0 ? NOT_SEEN : this.pool.state(page, offset(page, day));
  }

  /** The day's count in the slot (0 for a day without one). */
  count(s: SeriesSlot, day: number): number {
    const page = pageAt(s, day);
    return page < 0 ? 0 : this.pool.count(page, offset(page, day));
  }

  /**
   * A cumulative series skipped the days after `from` up to `to` (exclusive): they are
   * reported as nothing new (the total carried forward) and `to`'s count covers them all.
   */
  carryForward(s: SeriesSlot, from: number, to: number): void {
    for (let d = from + 1; d < to; d++) {
      const page = this.pageFor(s, d);
      const i = offset(page, d);
      // A day with its own row keeps it (weeks of a weekly source never overlap, but a file may).
      if (this.pool.state(page, i) === NOT_SEEN) this.pool.setState(page, i, CARRIED);
    }
    if (from + 1 < this.minDay) this.minDay = from + 1;
    (s.spans ??= new Map()).set(to, to - from);
  }

  /**
   * Takes the days `from` to `to` (inclusive) of a series back to "no row" with no count, and
   * forgets a span ending on `to`: a cumulative series' first total, which is where it starts
   * rather than new cases (see `cumulativeStart`). The dataset's first and last days stay.
   */
  clearDays(s: SeriesSlot, from: number, to: number): void {
    for (let d = from; d <= to; d++) {
      const page = pageAt(s, d);
      if (page < 0) continue;
      const i = offset(page, d);
      this.pool.add(page, i, -this.pool.count(page, i));
      this.pool.setState(page, i, NOT_SEEN);
    }
    s.spans?.delete(to);
  }

  /** Adds `count` on `day` (call after `markSeen`). */
  add(s: SeriesSlot, day: number, count: number): void {
    const page = this.pageFor(s, day);
    this.pool.add(page, offset(page, day), count);
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
      const page = s.pages[p] as number;
      if (page < 0) continue;
      const base = (s.firstPage + p) * PAGE_DAYS;
      const from = Math.max(firstDay, base);
      const to = Math.min(lastDay, base + PAGE_DAYS - 1);
      for (let d = from; d <= to; d++) {
        const i = offset(page, d);
        each(d, this.pool.state(page, i), this.pool.count(page, i));
      }
    }
  }

  /** Days of (metric, area) whose count covers several days, as [day, days covered] in day order; empty for most series. */
  spans(metric: number, area: number): [number, number][] {
    const s = this.slots[metric]?.[area];
    return s?.spans ? [...s.spans].sort((a, b) => a[0] - b[0]) : [];
  }

  /** Pages allocated so far, of {@link PAGE_DAYS} days each (for all series). */
  get pages(): number {
    return this.pool.size;
  }

  /** True once some count needed 32 bits (every count is then held in 32). */
  get wide(): boolean {
    return this.pool.wide;
  }

  /** True when any row was seen for (metric, area). */
  has(metric: number, area: number): boolean {
    return this.slots[metric]?.[area] !== undefined;
  }

  // The pool page holding `day`, allocated (with the page list extended, in either direction) when missing.
  private pageFor(s: SeriesSlot, day: number): number {
    const number = day >> PAGE_SHIFT;
    if (number === s.lastNumber) return s.lastPage;
    if (s.pages.length === 0) s.firstPage = number;
    else if (number < s.firstPage) {
      // Days before the first page: the list of page numbers shifts (the pages themselves stay).
      s.pages = [...new Array<number>(s.firstPage - number).fill(-1), ...s.pages];
      s.firstPage = number;
    }
    const k = number - s.firstPage;
    let page = s.pages[k] ?? -1;
    if (page < 0) {
      page = this.pool.alloc();
      while (s.pages.length < k) s.pages.push(-1);
      s.pages[k] = page;
    }
    // A pool page never moves (a shift above renumbers the list, not the pages), so the pair stays true.
    s.lastNumber = number;
    s.lastPage = page;
    return page;
  }
}

// The pool page holding `day`, or -1 when none was allocated.
function pageAt(s: SeriesSlot, day: number): number {
  if (day >> PAGE_SHIFT === s.lastNumber) return s.lastPage;
  return s.pages[(day >> PAGE_SHIFT) - s.firstPage] ?? -1;
}
