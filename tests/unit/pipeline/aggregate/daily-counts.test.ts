import { describe, expect, it } from 'vitest';
import {
  CARRIED,
  DailyCounts,
  MAX_DAILY_COUNT,
  NOT_SEEN,
  PAGE_DAYS,
  SEEN,
} from '../../../../src/pipeline/aggregate/daily-counts.ts';

describe('DailyCounts', () => {
  it('sums counts per metric, area and day, filling unreported days with zero', () => {
    const c = new DailyCounts();
    const s = c.slot(0, 3);
    for (const [day, n] of [
      [10, 2],
      [12, 5],
      [9, 1],
    ] as const) {
      expect(c.markSeen(s, day)).toBe(true);
      c.add(s, day, n);
    }
    expect([...c.series(0, 3, 8, 13)]).toEqual([0, 1, 2, 0, 5, 0]);
    expect([c.minDay, c.maxDay]).toEqual([9, 12]);
    expect([...c.series(1, 3, 8, 9)]).toEqual([0, 0]);
  });

  it('keeps each day in its own page while rows jump between pages, back and forth, in two series', () => {
    // The last page looked up is remembered per series: rows going back to an earlier page, to a
    // page before the first (which renumbers the page list), or to another series must not land
    // in the remembered page.
    const c = new DailyCounts();
    const a = c.slot(0, 0);
    const b = c.slot(0, 1);
    const days = [300, 301, 300 - PAGE_DAYS, 302, -5, 300 + PAGE_DAYS, -4, 303];
    days.forEach((day, k) => {
      expect(c.markSeen(a, day)).toBe(true);
      c.add(a, day, k + 1);
      expect(c.markSeen(b, day + 1000)).toBe(true);
      c.add(b, day + 1000, 10 * (k + 1));
    });
    days.forEach((day, k) => {
      expect(c.count(a, day)).toBe(k + 1);
      expect(c.count(b, day + 1000)).toBe(10 * (k + 1));
      expect(c.markSeen(a, day)).toBe(false);
    });
    // Days between them, in pages allocated or not, hold nothing.
    for (const day of [-6, 0, 299, 304, 300 + PAGE_DAYS + 1]) {
      expect(c.count(a, day)).toBe(0);
      expect(c.state(a, day)).toBe(NOT_SEEN);
    }
    expect(c.state(a, -5)).toBe(SEEN);
  });

  it('grows in both directions over long spans', () => {
    const c = new DailyCounts();
    const s = c.slot(0, 0);
    c.markSeen(s, 1000);
    c.add(s, 1000, 1);
    c.markSeen(s, 100);
    c.add(s, 100, 2);
    c.markSeen(s, 5000);
    c.add(s, 5000, 3);
    const series = c.series(0, 0, 100, 5000);
    expect(series[0]).toBe(2);
    expect(series[900]).toBe(1);
    expect(series[4900]).toBe(3);
    expect(series.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('detects a second row for the same day', () => {
    const c = new DailyCounts();
    const s = c.slot(2, 1);
    expect(c.markSeen(s, 50)).toBe(true);
    expect(c.markSeen(s, 50)).toBe(false);
  });

  it('grows each series a page at a time, not by doubling: 300 series of 400 days take 4 pages of 128 days each', () => {
    const c = new DailyCounts();
    for (let day = 0; day < 400; day++) {
      for (let a = 0; a < 300; a++) {
        const s = c.slot(0, a);
        c.markSeen(s, 128 * 100 + day);
        c.add(s, 128 * 100 + day, a);
      }
    }
    expect(c.pages).toBe(300 * 4);
    expect(PAGE_DAYS).toBe(128);
    const series = c.series(0, 7, 128 * 100, 128 * 100 + 399);
    expect(series.every((v) => v === 7)).toBe(true);
    expect(c.state(c.slot(0, 7), 128 * 100 + 400)).toBe(NOT_SEEN);
    expect(c.state(c.slot(0, 7), 128 * 100 + 399)).toBe(SEEN);
  });

  it('widens every count to 32 bits when one needs it, keeping the counts already held', () => {
    const c = new DailyCounts();
    // Two blocks' worth of series, so that the widening copies more than one block.
    const slots = Array.from({ length: 1100 }, (_, a) => c.slot(0, a));
    slots.forEach((s, a) => {
      c.markSeen(s, 10);
      c.add(s, 10, a % 2 === 0 ? 32767 : -32768);
    });
    expect(c.wide).toBe(false);
    const big = slots[1099]!;
    c.markSeen(big, 11);
    c.add(big, 11, MAX_DAILY_COUNT);
    expect(c.wide).toBe(true);
    expect(c.count(big, 11)).toBe(MAX_DAILY_COUNT);
    slots.forEach((s, a) => expect(c.count(s, 10)).toBe(a % 2 === 0 ? 32767 : -32768));
    // A sum past 16 bits on a day that already has a count widens too.
    const d = new DailyCounts();
    const s = d.slot(0, 0);
    d.markSeen(s, 5);
    d.add(s, 5, 30000);
    d.add(s, 5, 30000);
    expect(d.count(s, 5)).toBe(60000);
    d.add(s, 5, -120000);
    expect(d.count(s, 5)).toBe(-60000);
    // New pages after the widening are 32-bit as well.
    const later = d.slot(1, 0);
    d.markSeen(later, 5000);
    d.add(later, 5000, -MAX_DAILY_COUNT);
    expect(d.count(later, 5000)).toBe(-MAX_DAILY_COUNT);
  });

  it('keeps each day its own state, four days sharing a byte', () => {
    const c = new DailyCounts();
    const s = c.slot(0, 0);
    // Days 0..7: seen, not seen, carried, seen, carried, carried, not seen, seen.
    for (const day of [0, 3, 7]) c.markSeen(s, day);
    c.carryForward(s, 1, 3); // marks day 2
    c.markSeen(s, 4);
    c.markCarried(s, 4);
    c.carryForward(s, 4, 6); // marks day 5
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((d) => c.state(s, d))).toEqual([
      SEEN,
      NOT_SEEN,
      CARRIED,
      SEEN,
      CARRIED,
      CARRIED,
      NOT_SEEN,
      SEEN,
    ]);
    const seen: [number, number][] = [];
    c.forEachDay(0, 0, 0, 7, (day, state) => seen.push([day, state]));
    expect(seen.map(([, state]) => state)).toEqual([SEEN, NOT_SEEN, CARRIED, SEEN, CARRIED, CARRIED, NOT_SEEN, SEEN]);
    expect(c.markSeen(s, 1)).toBe(true);
    expect(c.markSeen(s, 2)).toBe(false);
    expect(c.state(s, 0)).toBe(SEEN);
    expect(c.state(s, 1)).toBe(SEEN);
  });
});
