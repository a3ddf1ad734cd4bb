import { describe, expect, it } from 'vitest';
import { compareToBenchmark } from '../../../../src/lib/indicators/compare-to-benchmark.ts';
import { groupMean } from '../../../../src/lib/indicators/weighted-mean.ts';
import { rankValues } from '../../../../src/lib/indicators/rank-values.ts';
import { quartiles } from '../../../../src/lib/indicators/quartiles.ts';
import { defaultBands, valueBand } from '../../../../src/lib/indicators/indicator-bands.ts';

describe('compareToBenchmark', () => {
  it('with limits: better, similar or worse by whether the interval holds the benchmark', () => {
    expect(compareToBenchmark({ value: 50, lower: 46, upper: 54 }, 45, 'good')).toBe('better');
    expect(compareToBenchmark({ value: 50, lower: 46, upper: 54 }, 45, 'bad')).toBe('worse');
    expect(compareToBenchmark({ value: 50, lower: 44, upper: 56 }, 45, 'good')).toBe('similar');
    expect(compareToBenchmark({ value: 40, lower: 38, upper: 42 }, 45, 'good')).toBe('worse');
    expect(compareToBenchmark({ value: 40, lower: 38, upper: 42 }, 45, 'bad')).toBe('better');
  });

  it('a limit touching the benchmark is similar, not different', () => {
    expect(compareToBenchmark({ value: 48, lower: 45, upper: 51 }, 45, 'good')).toBe('similar');
  });

  it('with limits and no direction of good: higher or lower, still only when the interval excludes it', () => {
    expect(compareToBenchmark({ value: 50, lower: 46, upper: 54 }, 45, 'neutral')).toBe('higher');
    expect(compareToBenchmark({ value: 40, lower: 38, upper: 42 }, 45, 'neutral')).toBe('lower');
    expect(compareToBenchmark({ value: 46, lower: 44, upper: 48 }, 45, 'neutral')).toBe('similar');
  });

  it('without limits never claims significance: higher, lower or same', () => {
    expect(compareToBenchmark({ value: 45.1 }, 45, 'good')).toBe('higher');
    expect(compareToBenchmark({ value: 44.9, lower: null, upper: null }, 45, 'bad')).toBe('lower');
    expect(compareToBenchmark({ value: 45 }, 45, 'good')).toBe('same');
  });

  it('says nothing without a value or a benchmark', () => {
    expect(compareToBenchmark({ value: null }, 45, 'good')).toBeNull();
    expect(compareToBenchmark({ value: 45 }, null, 'good')).toBeNull();
  });
});

describe('groupMean', () => {
  it('weights by population when every area with a value has one', () => {
    // (10×100 + 20×300) / 400 = 17.5; the area without a value is left out.
    expect(groupMean([10, 20, null], [100, 300, 999])).toEqual({
      value: 17.5,
      method: 'population-weighted',
      areas: 2,
    });
  });

  it('falls back to the plain mean when an area lacks a population', () => {
    expect(groupMean([10, 20, 30], [100, null, 300])).toEqual({ value: 20, method: 'mean', areas: 3 });
  });

  it('has no value without values', () => {
    expect(groupMean([null, null], [1, 2])).toEqual({ value: null, method: null, areas: 0 });
  });
});

describe('rankValues', () => {
  it('ranks from the highest, ties sharing the better rank, gaps after ties', () => {
    expect(rankValues([30, 50, 30, 10])).toEqual([2, 1, 2, 4]);
  });

  it('leaves areas without a value unranked', () => {
    expect(rankValues([5, null, 7])).toEqual([2, null, 1]);
  });
});

describe('quartiles', () => {
  it('interpolates between ranks (type 7)', () => {
    // sorted 1, 2, 4, 10: q1 at h=0.75 -> 1.75, median at 1.5 -> 3, q3 at 2.25 -> 5.5
    expect(quartiles([4, 1, 10, 2])).toEqual({ count: 4, min: 1, q1: 1.75, median: 3, q3: 5.5, max: 10 });
  });

  it('ignores missing values and is null with none', () => {
    expect(quartiles([null, 3, null])).toEqual({ count: 1, min: 3, q1: 3, median: 3, q3: 3, max: 3 });
    expect(quartiles([null])).toBeNull();
  });
});

describe('defaultBands and valueBand', () => {
  it('five bands of a nice width covering the data', () => {
    // range 32.1–54.8: width 22.7/5 = 4.54 -> step 5 from 30
    expect(defaultBands([32.1, 54.8, 40])).toEqual([35, 40, 45, 50]);
    // range 0.12–0.9: step 0.2 from 0 (no binary noise)
    expect(defaultBands([0.12, 0.9, 0.5])).toEqual([0.2, 0.4, 0.6, 0.8]);
  });

  it('one value or none gives a single band', () => {
    expect(defaultBands([7, 7])).toEqual([]);
    expect(defaultBands([null])).toEqual([]);
  });

  it('a value on a threshold is in the band above; negatives are banded too', () => {
    expect(valueBand(35, [35, 40])).toBe(1);
    expect(valueBand(34.9, [35, 40])).toBe(0);
    expect(valueBand(-3, [0, 5])).toBe(0);
    expect(valueBand(null, [0, 5])).toBeNull();
  });
});
