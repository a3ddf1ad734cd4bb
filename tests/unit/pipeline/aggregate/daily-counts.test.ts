import { describe, expect, it } from 'vitest';
import { DailyCounts } from '../../../../src/pipeline/aggregate/daily-counts.ts';

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
});
