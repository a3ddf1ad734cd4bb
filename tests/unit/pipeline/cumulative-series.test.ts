/**
 * Cumulative sources as published: days missing in the middle of a series, and
 * totals that fall (corrections). End to end through the data step, on one area
 * whose every figure can be checked by eye.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../../src/lib/cases-files.ts';

const area = {
  type: 'Feature',
  properties: { code: 'A', name: 'Area A' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  },
};

async function run(csv: string, extra: object = {}, features: object[] = [area]) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cumulative-'));
  writeFileSync(join(dir, 'areas.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(join(dir, 'cases.csv'), csv);
  const config = {
    site: { title: 'T', council: 'T' },
    areaLayers: { areas: { label: 'Areas', file: 'areas.geojson', codeProperty: 'code', nameProperty: 'name' } },
    datasets: [
      {
        id: 'c',
        kind: 'cases',
        title: 'C',
        file: 'cases.csv',
        countType: 'cumulative',
        // These series begin with the first case; the default (a first total is a baseline) is tested below.
        cumulativeStart: 'zero',
        columns: { area: 'code', date: 'date', count: 'cases' },
        join: { by: 'code', layer: 'areas' },
        source: { publisher: 'T', licence: 'CC0' },
        maxRejectedShare: 1,
        ...extra,
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-cumulative-out-'));
  const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
  const entry = result.manifest.datasets[0] as CasesDatasetEntry;
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
  const summary = read<CasesSummary>(entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? '');
  const series = read<CasesSeries>(summary.areas.series[0] ?? '');
  const total = read<CasesSeries>(summary.total.series);
  return { entry, summary, series, total };
}

const rows = (pairs: [string, number][]): string =>
  `code,date,cases\n${pairs.map(([d, n]) => `A,2024-01-${d},${n}`).join('\n')}\n`;

describe('cumulative series with missing days', () => {
  // Days 1–10 reported except 4, 5 and 6: the rise of 9 on day 7 covers days 4 to 7.
  const csv = rows([
    ['01', 1],
    ['02', 2],
    ['03', 3],
    ['07', 12],
    ['08', 13],
    ['09', 14],
    ['10', 15],
  ]);

  it('carries the total forward over the gap and says the next count covers 4 days', async () => {
    const { entry, series } = await run(csv);
    expect(series.counts).toEqual([1, 1, 1, 0, 0, 0, 9, 1, 1, 1]);
    expect(series.reportedFor).toEqual([[6, 4]]);
    expect(entry.quality.warnings).toContain(
      'c: the cumulative series have 1 gap (3 days missing or rejected in all); each total was carried forward over its gap, and the rise on the next reported day is shown as reported for the days it covers.',
    );
  });

  it('keeps the weeks that span the gap, with their true totals', async () => {
    const { series } = await run(csv);
    // 7-day totals from day 7 on: the cumulative rise over those 7 days (day 7: 12 - 0, day 10: 15 - 3).
    expect(series.total7.slice(6)).toEqual([12, 12, 12, 12]);
  });
});

describe('falls in a cumulative series', () => {
  // 10, 12, then 9 (a fall of 3), 11 (still below 12), 14.
  const csv = rows([
    ['01', 10],
    ['02', 12],
    ['03', 9],
    ['04', 11],
    ['05', 14],
  ]);

  it('rejects the rows below the last accepted total, saying by how much it fell and on which day', async () => {
    const { entry, series } = await run(csv);
    expect(entry.quality).toMatchObject({ rowsIn: 5, accepted: 3, rejected: 2 });
    expect(entry.quality.rejectedByReason).toEqual([
      { reason: 'cumulative count fell', count: 2, reasonCoded: { code: 'cumulativeFell' } },
    ]);
    expect(entry.quality.sampleRejections.map((r) => [r.line, r.column, r.value])).toEqual([
      [4, 'cases', '9: fell by 3 on 2024-01-03 (from 12 on 2024-01-02)'],
      [5, 'cases', '11: fell by 1 on 2024-01-04 (from 12 on 2024-01-02)'],
    ]);
    // Nothing is lost: the days add up to the last total, and day 5 covers days 3 to 5.
    expect(series.counts).toEqual([10, 2, 0, 0, 2]);
    expect(series.reportedFor).toEqual([[4, 3]]);
  });

  it('keeps them as corrections with a warning when rejectNegative is false', async () => {
    const { entry, series } = await run(csv, { rejectNegative: false });
    expect(entry.quality).toMatchObject({ rowsIn: 5, accepted: 5, rejected: 0 });
    expect(series.counts).toEqual([10, 2, -3, 2, 3]);
    expect(entry.quality.warnings).toContain(
      'c: the cumulative count fell on 1 row; it was kept as a correction (a negative daily count) because rejectNegative is false. Set rejectNegative: true to reject them instead.',
    );
  });
});

describe('weekly counts taken as their own period', () => {
  it('keeps each week on its last day, covering the 7 days, so the 7-day totals are the weeks', async () => {
    const csv = rows([
      ['07', 70],
      ['14', 35],
      ['21', 14],
    ]);
    const { entry, summary, series } = await run(csv, { countType: 'daily', period: 'week' });
    expect(entry.quality).toMatchObject({ rowsIn: 3, accepted: 3, rejected: 0 });
    expect(series.start).toBe('2024-01-01');
    expect(series.counts).toEqual([0, 0, 0, 0, 0, 0, 70, 0, 0, 0, 0, 0, 0, 35, 0, 0, 0, 0, 0, 0, 14]);
    expect(series.reportedFor).toEqual([
      [6, 7],
      [13, 7],
      [20, 7],
    ]);
    expect([series.total7[6], series.total7[13], series.total7[20]]).toEqual([70, 35, 14]);
    expect(summary.weeks.end).toEqual(['2024-01-07', '2024-01-14', '2024-01-21']);
    expect(summary.areas.latest[0]).toBe(14);
    expect(summary.areas.previous[0]).toBe(35);
  });

  it('reads dates as the first day of each week with weekDate "start", and differences cumulative weeks', async () => {
    const csv = rows([
      ['01', 70],
      ['08', 105],
      ['22', 140],
    ]);
    const { entry, series } = await run(csv, { period: 'week', weekDate: 'start' });
    expect(series.counts.filter((c) => c !== 0)).toEqual([70, 35, 35]);
    // The third row came after a missing week: its rise covers 14 days.
    expect(series.reportedFor).toEqual([
      [6, 7],
      [13, 7],
      [27, 14],
    ]);
    expect(entry.quality.warnings).toContain(
      'c: the cumulative series have 1 gap (7 days missing or rejected in all); each total was carried forward over its gap, and the rise on the next reported day is shown as reported for the days it covers.',
    );
  });
});

describe('groups of areas with cumulative gaps', () => {
  const areaB = { ...area, properties: { code: 'B', name: 'Area B' } };
  it('says which days of the all-areas series include reports for several days, and from how many areas', async () => {
    // A skips days 3 and 4 (its rise of 3 on day 5 covers 3 days); B reports every day.
    const csv =
      'code,date,cases\n' +
      ['A,2024-01-01,1', 'A,2024-01-02,2', 'A,2024-01-05,5', 'A,2024-01-06,6']
        .concat([
          'B,2024-01-01,1',
          'B,2024-01-02,2',
          'B,2024-01-03,3',
          'B,2024-01-04,4',
          'B,2024-01-05,5',
          'B,2024-01-06,6',
        ])
        .join('\n') +
      '\n';
    const { series, total } = await run(csv, {}, [area, areaB]);
    expect(series.reportedFor).toEqual([[4, 3]]);
    expect(total.counts).toEqual([2, 2, 1, 1, 4, 2]);
    expect(total.reportedFor).toEqual([[4, 3]]);
    expect(total.reportedForAreas).toEqual([[4, 1]]);
  });

  it('leaves the group series without spans when every area reported every day', async () => {
    const csv = 'code,date,cases\nA,2024-01-01,1\nA,2024-01-02,3\nB,2024-01-01,2\nB,2024-01-02,2\n';
    const { total } = await run(csv, {}, [area, areaB]);
    expect(total.reportedFor).toBeUndefined();
    expect(total.reportedForAreas).toBeUndefined();
  });
});

describe('a cumulative file that begins after its first cases (cumulativeStart left at "baseline")', () => {
  const areaB = { ...area, properties: { code: 'B', name: 'Area B' } };
  // JSON drops undefined: the key is left out, so the default applies.
  const baseline = { cumulativeStart: undefined };
  const warning =
    'c: the cumulative totals on the file\'s first day (2024-01-01) are where the series start, not new cases that day, since the file does not give the totals before it: that day has no daily figure and each later day is the rise on the day before. If the file begins with the first case (every series starting from zero), set cumulativeStart: "zero".';

  it("does not count the first day's running total as that day's cases, and says so", async () => {
    // A region already at 162,968 cases when the file starts, as Lombardia on 27 October 2020.
    const csv = 'code,date,cases\nA,2024-01-01,162968\nA,2024-01-02,170526\nA,2024-01-03,177865\n';
    const { entry, series, total, summary } = await run(csv, baseline);
    expect(series.start).toBe('2024-01-01');
    expect(series.counts).toEqual([null, 7558, 7339]);
    expect(total.counts).toEqual([null, 7558, 7339]);
    expect(summary.areas.latest[0]).toBeNull();
    expect(entry.quality).toMatchObject({ rowsIn: 3, accepted: 3, rejected: 0 });
    expect(entry.quality.warnings).toContain(warning);
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'cumulativeBaseline',
      dataset: 'c',
      date: '2024-01-01',
    });
  });

  it('starts a series first reported after the file began from zero', async () => {
    const csv = 'code,date,cases\nA,2024-01-01,50\nA,2024-01-02,60\nA,2024-01-03,65\nB,2024-01-02,4\nB,2024-01-03,9\n';
    const { series, total } = await run(csv, baseline, [area, areaB]);
    expect(series.counts).toEqual([null, 10, 5]);
    // B's first total, 4 on the 2nd, is its rise from none: the day's sum has it.
    expect(total.counts).toEqual([null, 14, 10]);
  });

  it('takes back the whole first week of a weekly cumulative source', async () => {
    const csv = rows([
      ['07', 70],
      ['14', 105],
      ['21', 140],
    ]);
    const { series } = await run(csv, { ...baseline, period: 'week' });
    expect(series.counts.filter((c) => c !== null && c !== 0)).toEqual([35, 35]);
    expect(series.counts.slice(0, 7)).toEqual([null, null, null, null, null, null, null]);
    expect(series.reportedFor).toEqual([
      [13, 7],
      [20, 7],
    ]);
  });

  it('counts the first day as in the file with cumulativeStart "zero", and does not warn', async () => {
    const csv = 'code,date,cases\nA,2024-01-01,3\nA,2024-01-02,5\n';
    const { entry, series } = await run(csv);
    expect(series.counts).toEqual([3, 2]);
    expect((entry.quality.warningsCoded ?? []).map((w) => w?.code)).not.toContain('cumulativeBaseline');
  });
});
