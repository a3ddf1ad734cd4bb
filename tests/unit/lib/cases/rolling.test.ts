import { describe, expect, it } from 'vitest';
import { rollingSum } from '../../../../src/lib/cases/rolling-sum.ts';
import { rollingMean } from '../../../../src/lib/cases/rolling-mean.ts';

describe('rollingSum (trailing 7 days)', () => {
  it('sums the 7 days ending on each day, null until 7 days exist', () => {
    // 1..10: day 7 = 1+…+7 = 28, day 8 = 2+…+8 = 35, day 9 = 42, day 10 = 49.
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(rollingSum(v)).toEqual([null, null, null, null, null, null, 28, 35, 42, 49]);
  });

  it('is null for any window touching a day without data, and recovers 7 days later', () => {
    const v = [1, 1, 1, 1, 1, 1, 1, null, 2, 2, 2, 2, 2, 2, 2, 3];
    expect(rollingSum(v)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      7,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      14,
      15,
    ]);
  });

  it('counts zero days as zero', () => {
    expect(rollingSum([0, 0, 0, 0, 0, 0, 0, 5])).toEqual([null, null, null, null, null, null, 0, 5]);
  });

  it('supports other windows and rejects nonsense ones', () => {
    expect(rollingSum([1, 2, 3, 4], 2)).toEqual([null, 3, 5, 7]);
    expect(rollingSum([4, 5], 1)).toEqual([4, 5]);
    expect(() => rollingSum([1], 0)).toThrow(RangeError);
  });

  it('handles negative corrections', () => {
    expect(rollingSum([5, 5, 5, 5, 5, 5, 5, -3])).toEqual([null, null, null, null, null, null, 35, 27]);
  });
});

describe('rollingMean (trailing 7-day average)', () => {
  it('is the trailing sum over 7', () => {
    // 28 / 7 = 4, 35 / 7 = 5.
    expect(rollingMean([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([null, null, null, null, null, null, 4, 5]);
    expect(rollingMean([0, 0, 0, 0, 0, 0, 10])[6]).toBeCloseTo(1.428571, 5);
  });
});
