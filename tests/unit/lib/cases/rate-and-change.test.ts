import { describe, expect, it } from 'vitest';
import { ratePer100k } from '../../../../src/lib/cases/rate-per-100k.ts';
import { periodChange } from '../../../../src/lib/cases/period-change.ts';
import { headlineFigures } from '../../../../src/lib/cases/headline-figures.ts';
import { SUPPRESSED } from '../../../../src/lib/manifest.ts';

describe('ratePer100k', () => {
  it('is count / population × 100,000', () => {
    expect(ratePer100k(45, 100_000)).toBe(45);
    // 356 / 793,139 × 100,000 = 44.88494…
    expect(ratePer100k(356, 793_139)).toBeCloseTo(44.88494, 4);
    expect(ratePer100k(0, 5000)).toBe(0);
  });

  it('is null without a usable population or count', () => {
    expect(ratePer100k(5, null)).toBeNull();
    expect(ratePer100k(5, 0)).toBeNull();
    expect(ratePer100k(null, 1000)).toBeNull();
  });
});

describe('periodChange', () => {
  it('gives the difference and the percentage of the previous period', () => {
    expect(periodChange(88, 100)).toEqual({ change: -12, changePct: -12 });
    expect(periodChange(150, 120)).toEqual({ change: 30, changePct: 25 });
  });

  it('has no percentage when the previous period is 0', () => {
    expect(periodChange(5, 0)).toEqual({ change: 5, changePct: null });
    expect(periodChange(0, 0)).toEqual({ change: 0, changePct: null });
  });

  it('is unknown when either period is', () => {
    expect(periodChange(null, 3)).toEqual({ change: null, changePct: null });
    expect(periodChange(3, null)).toEqual({ change: null, changePct: null });
  });
});

describe('headlineFigures', () => {
  it('rounds rate and percentage to 1 dp', () => {
    // change 356 − 300 = 56; 56 / 300 = 18.666…% → 18.7; rate 44.8845 → 44.9.
    expect(headlineFigures({ latest: 356, previous: 300, rateCount: 356, population: 793_139 }, 3)).toEqual({
      latest: 356,
      previous: 300,
      change: 56,
      changePct: 18.7,
      rate: 44.9,
    });
  });

  it('publishes a fall of exactly one as -1, distinct from the suppression marker', () => {
    const f = headlineFigures({ latest: 9, previous: 10, rateCount: 9, population: 1000 }, 3);
    expect(f.change).toBe(-1);
    expect(f.change).not.toBe(SUPPRESSED);
  });

  it('suppresses the small total and everything derived from it, never showing zero', () => {
    expect(headlineFigures({ latest: 2, previous: 10, rateCount: 2, population: 1000 }, 3)).toEqual({
      latest: SUPPRESSED,
      previous: 10,
      change: SUPPRESSED,
      changePct: SUPPRESSED,
      rate: SUPPRESSED,
    });
    // Previous small: the change is hidden (it would reveal it), the latest and its rate are not.
    expect(headlineFigures({ latest: 10, previous: 1, rateCount: 10, population: 1000 }, 3)).toEqual({
      latest: 10,
      previous: SUPPRESSED,
      change: SUPPRESSED,
      changePct: SUPPRESSED,
      rate: 1000,
    });
  });

  it('keeps zero as zero and handles no population', () => {
    expect(headlineFigures({ latest: 0, previous: 0, rateCount: 0, population: 1000 }, 3)).toEqual({
      latest: 0,
      previous: 0,
      change: 0,
      changePct: null,
      rate: 0,
    });
    expect(headlineFigures({ latest: 40, previous: 20, rateCount: null, population: null }, 3).rate).toBeNull();
  });

  it('does not suppress when the threshold is 0', () => {
    expect(headlineFigures({ latest: 1, previous: 2, rateCount: 1, population: 100_000 }, 0)).toEqual({
      latest: 1,
      previous: 2,
      change: -1,
      changePct: -50,
      rate: 1,
    });
  });
});
