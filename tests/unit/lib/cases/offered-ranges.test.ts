import { describe, expect, it } from 'vitest';
import {
  isRangeKey,
  offeredRanges,
  openingRange,
  rangeOrAll,
  spanDays,
} from '../../../../src/lib/cases/offered-ranges.ts';

describe('offeredRanges', () => {
  it.each([
    [15, ['all']],
    [91, ['all']],
    [92, ['3m', 'all']],
    [182, ['3m', 'all']],
    [200, ['3m', '6m', 'all']],
    [365, ['3m', '6m', 'all']],
    [366, ['3m', '6m', '1y', 'all']],
    [0, ['all']],
  ])('offers for %i days of data only the ranges shorter than it: %o', (days, ranges) => {
    expect(offeredRanges(days)).toEqual(ranges);
  });
});

describe('the range shown', () => {
  it('is the range asked for when it is offered, else All', () => {
    expect(rangeOrAll('3m', ['3m', 'all'])).toBe('3m');
    expect(rangeOrAll('6m', ['3m', 'all'])).toBe('all');
    expect(rangeOrAll('1y', ['all'])).toBe('all');
  });

  it('opens on the default range (1 year) where offered, else on All', () => {
    expect(openingRange(['3m', '6m', '1y', 'all'])).toBe('1y');
    expect(openingRange(['3m', '6m', 'all'])).toBe('all');
    expect(openingRange(['all'])).toBe('all');
  });
});

describe('spanDays and isRangeKey', () => {
  it('counts both ends, and no days without dates', () => {
    expect(spanDays('2020-12-19', '2021-01-02')).toBe(15);
    expect(spanDays('2024-01-01', '2024-01-01')).toBe(1);
    expect(spanDays(null, '2024-01-01')).toBe(0);
  });

  it('knows the range keys', () => {
    expect(['3m', '6m', '1y', 'all', '4w', ''].filter(isRangeKey)).toEqual(['3m', '6m', '1y', 'all']);
  });
});
