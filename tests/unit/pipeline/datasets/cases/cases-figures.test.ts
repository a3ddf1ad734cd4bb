/**
 * The cases figures computed apart from any writing: areas, groups and weeks on hand-made series
 * of 14 days (1–14 March 2021), reporting lag 0 (complete until the 14th), suppression below 3.
 */
import { describe, expect, it } from 'vitest';
import { areaFigures, type AreaWork } from '../../../../../src/pipeline/datasets/cases/area-figures.ts';
import { groupFigures } from '../../../../../src/pipeline/datasets/cases/group-figures.ts';
import { completeWeekEnds, weekFigures } from '../../../../../src/pipeline/datasets/cases/week-figures.ts';
import { casesWindow } from '../../../../../src/pipeline/datasets/cases/cases-window.ts';
import { DailyCounts } from '../../../../../src/pipeline/aggregate/daily-counts.ts';
import { dayNumber } from '../../../../../src/lib/day-number.ts';
import { rollingSum } from '../../../../../src/lib/cases/rolling-sum.ts';
import { SUPPRESSED } from '../../../../../src/lib/manifest.ts';

const S = SUPPRESSED;
const DAY0 = dayNumber('2021-03-01');
const window = casesWindow(DAY0, DAY0 + 13, 0);

function area(code: string, population: number | null, daily: (number | null)[] | null): AreaWork {
  return { code, name: `Area ${code}`, population, daily, totals: daily === null ? null : rollingSum(daily, 7) };
}

describe('casesWindow and completeWeekEnds', () => {
  it('puts the last complete day the reporting lag before the last day', () => {
    expect(window).toEqual({ firstDay: DAY0, nDays: 14, start: '2021-03-01', completeIdx: 13 });
    expect(casesWindow(DAY0, DAY0 + 13, 3).completeIdx).toBe(10);
    expect(casesWindow(DAY0, DAY0 + 2, 5).completeIdx).toBe(-3);
  });

  it('ends weeks on the last complete day and every 7 days before it, while a whole week fits', () => {
    expect(completeWeekEnds(13)).toEqual([6, 13]);
    expect(completeWeekEnds(12)).toEqual([12]);
    expect(completeWeekEnds(6)).toEqual([6]);
    expect(completeWeekEnds(5)).toEqual([]);
    expect(completeWeekEnds(-1)).toEqual([]);
  });
});

describe('areaFigures', () => {
  const counts = new DailyCounts();
  const put = (a: number, day: number, n: number) => {
    const slot = counts.slot(0, a);
    counts.markSeen(slot, DAY0 + day);
    counts.add(slot, DAY0 + day, n);
  };
  // Z (first seen) 3 a day; A 1 a day in week 1, 2 a day in week 2, no row on the last day; M no rows.
  for (let d = 0; d < 14; d++) {
    put(0, d, 3);
    if (d < 13) put(1, d, d < 7 ? 1 : 2);
  }
  const acc = {
    counts,
    metricKeys: ['x'],
    areas: [
      { code: 'Z', name: 'Zed', population: 30_000 },
      { code: 'A', name: 'Ay', population: 10_000 },
      { code: 'M', name: 'Em', population: null },
    ],
    firstDay: DAY0,
    lastDay: DAY0 + 13,
  };
  const parents = ['PZ', null, 'PM'];
  const seenParents: number[] = [];
  const figures = areaFigures(acc, 0, {
    window,
    suppressBelow: 3,
    rateBands: [50, 100],
    parentOf: (i) => {
      seenParents.push(i);
      return parents[i] ?? null;
    },
  });

  it('puts areas in code order, asking each one’s parent by its own index', () => {
    expect(figures.columns.code).toEqual(['A', 'M', 'Z']);
    expect(figures.columns.parent).toEqual([null, 'PM', 'PZ']);
    expect(seenParents).toEqual([1, 2, 0]);
    expect(figures.work.map((w) => w.code)).toEqual(['A', 'M', 'Z']);
  });

  it('gives the latest complete week, the week before, the change, rate, band and rank', () => {
    const c = figures.columns;
    // A's last day has no row, so its latest week is incomplete: no figures, only the week before (7 × 1).
    expect(c.latest).toEqual([null, null, 21]);
    expect(c.previous).toEqual([7, null, 21]);
    expect(c.change).toEqual([null, null, 0]);
    // Z: 21 / 30,000 = 70.0 per 100,000, band 1 of [50, 100].
    expect(c.rate).toEqual([null, null, 70]);
    expect(c.band).toEqual([null, null, 1]);
    expect(c.rank).toEqual([null, null, 1]);
    expect(figures.ranked).toBe(1);
    expect(c.lastDate).toEqual(['2021-03-13', null, '2021-03-14']);
    expect(figures.work[1]).toMatchObject({ daily: null, totals: null });
  });
});

describe('groupFigures', () => {
  const week = (n: number) => new Array<number>(7).fill(n);
  const work = [
    area('A', 100_000, [...week(1), ...week(2)]),
    // B has no row on day 13, so it is left out of the latest and previous weeks but still counts as an area with data.
    area('B', 50_000, [...week(4), ...week(4).slice(0, 6), null]),
    // C has no population: in the counts, not in the rate.
    area('C', null, [...week(1), ...week(1)]),
    area('D', 20_000, null),
  ];
  const g = groupFigures({ code: 'P', name: 'Parent', members: [0, 1, 2, 3] }, work, window, 3);

  it('gives the latest 7 days of every complete area when the data is too short for a previous week', () => {
    // 10 days (as a cumulative file of 11 days whose first total is its baseline): no area has the 7 days before.
    const short = casesWindow(DAY0, DAY0 + 9, 0);
    const ten = [area('A', 100_000, new Array<number>(10).fill(1)), area('B', null, [null, null, ...week(2), 2])];
    expect(groupFigures({ code: 'P', name: 'Parent', members: [0, 1] }, ten, short, 0).summary).toMatchObject({
      areaCount: 2,
      areasInLatest: 2,
      population: 100_000,
      figures: { latest: 21, previous: null, change: null, rate: 7 },
    });
  });

  it('sums latest and previous over the areas complete in both weeks, the rate over those with a population', () => {
    expect(g.summary).toEqual({
      code: 'P',
      name: 'Parent',
      areaCount: 3,
      areasInLatest: 2,
      population: 100_000,
      // A + C: latest 14 + 7, previous 7 + 7; rate from A alone: 14 / 100,000 = 14.0.
      figures: { latest: 21, previous: 14, change: 7, changePct: 50, rate: 14 },
    });
  });

  it('sums each day over the areas that reported it, with the areas and the rate behind each 7-day total', () => {
    expect(g.series.counts.slice(11)).toEqual([7, 7, 3]);
    expect(g.series.total7[6]).toBe(7 + 28 + 7);
    // Day 13: B's trailing total is null (a missing day), so two areas and A's rate alone.
    expect(g.series.areas7?.[6]).toBe(3);
    expect(g.series.areas7?.[13]).toBe(2);
    expect(g.series.total7[13]).toBe(21);
    // Day 6: (7 + 28) / 150,000 = 23.3 per 100,000; C has no population.
    expect(g.series.rate7?.[6]).toBe(23.3);
    expect(g.series.rate7?.[13]).toBe(14);
    expect(g.series).toMatchObject({ code: 'P', name: 'Parent', population: null, start: '2021-03-01' });
  });

  it('suppresses small day counts and the rates derived from small totals', () => {
    const small = groupFigures(
      { code: 'all', name: 'All', members: [0] },
      [area('C', 100_000, [...week(0), ...week(0).slice(1), 2])],
      window,
      3,
    );
    expect(small.series.counts.slice(12)).toEqual([0, S]);
    expect(small.series.total7[13]).toBe(S);
    expect(small.series.rate7?.[13]).toBe(S);
    expect(small.summary.figures).toEqual({ latest: S, previous: 0, change: S, changePct: S, rate: S });
  });
});

describe('weekFigures', () => {
  it('gives every area’s 7-day total, rate and rank for one week, suppressing small totals and their rates', () => {
    const work = [
      area('A', 10_000, new Array<number>(7).fill(1)),
      area('B', 10_000, [0, 0, 0, 0, 0, 0, 2]),
      area('C', null, new Array<number>(7).fill(5)),
      area('D', 20_000, new Array<number>(7).fill(2)),
      area('E', 5_000, null),
    ];
    expect(weekFigures('2021-03-07', work, 6, 3)).toEqual({
      end: '2021-03-07',
      code: ['A', 'B', 'C', 'D', 'E'],
      total: [7, S, 35, 14, null],
      // A 7 / 10,000 and D 14 / 20,000 are both 70.0 per 100,000: they share rank 1.
      rate: [70, S, null, 70, null],
      rank: [1, null, null, 1, null],
      ranked: 2,
    });
  });
});
