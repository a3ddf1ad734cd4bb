import { describe, expect, it } from 'vitest';
import { compareLines, rangeStart, trendRows } from '../../../../src/lib/cases/trend-rows.ts';
import type { CasesSeries } from '../../../../src/lib/cases-files.ts';

const series: CasesSeries = {
  code: 'W1',
  name: 'North Ward',
  population: 1_000,
  start: '2024-02-28',
  counts: [7, 's', null, 14],
  total7: [70, 's', null, 35],
};

describe('trend rows', () => {
  it('gives one row per day with the 7-day average and rate, suppressed and missing kept as such', () => {
    expect(trendRows(series, 'all', '2024-02-29')).toEqual([
      { date: '2024-02-28', count: 7, avg7: 10, rate7: 7000, incomplete: false, days: 1 },
      { date: '2024-02-29', count: 's', avg7: 's', rate7: 's', incomplete: false, days: 1 },
      { date: '2024-03-01', count: null, avg7: null, rate7: null, incomplete: true, days: 1 },
      { date: '2024-03-02', count: 14, avg7: 5, rate7: 3500, incomplete: true, days: 1 },
    ]);
  });

  it('marks every day incomplete when no day is complete yet', () => {
    expect(trendRows(series, 'all', null).every((r) => r.incomplete)).toBe(true);
  });

  it.each([
    [400, '3m', 309],
    [400, '6m', 218],
    [400, '1y', 35],
    [400, 'all', 0],
    [30, '1y', 0],
  ] as const)('starts a %i-day series shown as %s at day %i', (length, range, start) => {
    expect(rangeStart(length, range)).toBe(start);
  });
});

describe('comparison lines', () => {
  it('gives each series its 7-day rates by day, from its own start', () => {
    const group: CasesSeries = { ...series, code: 'all', name: 'All wards', population: null, rate7: [1.5, 2, 2.5, 3] };
    expect(compareLines([series, group], 'all')).toEqual([
      {
        code: 'W1',
        name: 'North Ward',
        rates: [
          { date: '2024-02-28', rate: 7000 },
          { date: '2024-02-29', rate: 's' },
          { date: '2024-03-01', rate: null },
          { date: '2024-03-02', rate: 3500 },
        ],
      },
      {
        code: 'all',
        name: 'All wards',
        rates: [
          { date: '2024-02-28', rate: 1.5 },
          { date: '2024-02-29', rate: 2 },
          { date: '2024-03-01', rate: 2.5 },
          { date: '2024-03-02', rate: 3 },
        ],
      },
    ]);
  });
});
