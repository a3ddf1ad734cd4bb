/**
 * writeCasesOutputs on a tiny hand-made input: 21 days (1–21 January 2021),
 * reporting lag 3 (complete until 18 January), suppression below 3.
 *
 *   A  pop 100,000, parent P1: 10 every day.
 *   B  pop  50,000, parent P2: 0 on days 0–5, 1 on days 6–10, 5 on days 11–20.
 *   C  no population, parent P2: 2 every day, but no row on day 15 (no data, not zero).
 *   D  pop 20,000, parent P1: no rows at all.
 *
 * Hand-computed 7-day totals (index 17 = 18 Jan, 10 = 11 Jan):
 *   A: 70 and 70. B: 35 (days 11–17) and 5 (days 4–10: 0,0,1,1,1,1,1). C: null (day 15 missing) and 14.
 */
import { describe, expect, it } from 'vitest';
import { writeCasesOutputs } from '../../../../../src/pipeline/datasets/cases/write-cases-outputs.ts';
import type { CasesAccumulated } from '../../../../../src/pipeline/datasets/cases/area-figures.ts';
import { DailyCounts } from '../../../../../src/pipeline/aggregate/daily-counts.ts';
import {
  casesDatasetSchema,
  type CasesDatasetConfig,
  type AreaLayerConfig,
} from '../../../../../src/pipeline/config/schema.ts';
import { createLoadedLayer } from '../../../../../src/pipeline/run/loaded-layer.ts';
import { RowLedger } from '../../../../../src/pipeline/run/row-ledger.ts';
import type { OutputWriter } from '../../../../../src/pipeline/output/output-writer.ts';
import type { ProcessorContext } from '../../../../../src/pipeline/datasets/dataset-processor.ts';
import type { CasesSeries, CasesSummary, CasesWeek } from '../../../../../src/lib/cases-files.ts';
import { dayNumber } from '../../../../../src/lib/day-number.ts';
import { SUPPRESSED } from '../../../../../src/lib/manifest.ts';
import { seriesAvg7 } from '../../../../../src/lib/cases/series-avg7.ts';
import { seriesRate7 } from '../../../../../src/lib/cases/series-rate7.ts';

const S = SUPPRESSED;
const DAY0 = dayNumber('2021-01-01');

function memoryWriter(): OutputWriter & { files: Map<string, unknown> } {
  const files = new Map<string, unknown>();
  const written: string[] = [];
  return {
    files,
    json(name, data) {
      const path = `ds/${name}.json`;
      // Round-trip through JSON, as the real writer does.
      files.set(path, JSON.parse(JSON.stringify(data)));
      written.push(path);
      return path;
    },
    text(name, ext, content) {
      const path = `ds/${name}.${ext}`;
      files.set(path, content);
      written.push(path);
      return path;
    },
    get written() {
      return written;
    },
  };
}

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
const layerConfig = {
  label: 'Local authorities',
  file: 'x.geojson',
  format: 'auto',
  codeProperty: 'code',
  nameProperty: 'name',
  aliases: {},
} as AreaLayerConfig;

function setup(options: { metric?: boolean } = {}) {
  const features = [
    { code: 'A', name: 'Aston', parent: 'P1', geometry: square },
    { code: 'B', name: 'Burley', parent: 'P2', geometry: square },
    { code: 'C', name: 'Cross', parent: 'P2', geometry: square },
    { code: 'D', name: 'Dale', parent: 'P1', geometry: square },
  ];
  const population = new Map([
    ['A', 100_000],
    ['B', 50_000],
    ['D', 20_000],
  ]);
  const layer = createLoadedLayer('la', layerConfig, features, [0, 0, 1, 1], population);
  const parentLayer = createLoadedLayer(
    'regions',
    { ...layerConfig, label: 'Regions' },
    [{ code: 'P1', name: 'North', parent: null, geometry: square }],
    [0, 0, 1, 1],
    null,
  );
  const config: CasesDatasetConfig = casesDatasetSchema.parse({
    id: 'flu',
    kind: 'cases',
    title: 'Flu',
    file: 'flu.csv',
    source: { publisher: 'Test', licence: 'OGL' },
    join: { by: 'code', layer: 'la' },
    columns: { area: 'code', date: 'date', count: 'count', ...(options.metric ? { metric: 'disease' } : {}) },
    metrics: options.metric
      ? {
          zeta: { label: 'Zeta fever', higherIs: 'bad' },
          alpha: { label: 'Alpha pox', higherIs: 'good', description: 'About alpha.' },
        }
      : {},
    metricLabel: 'Flu cases',
    reportingLagDays: 3,
    suppressBelow: 3,
    rateBands: [10, 50, 100],
  });
  const counts = new DailyCounts();
  const put = (metric: number, area: number, day: number, n: number) => {
    const slot = counts.slot(metric, area);
    counts.markSeen(slot, DAY0 + day);
    counts.add(slot, DAY0 + day, n);
  };
  for (let d = 0; d <= 20; d++) {
    put(0, 0, d, 10);
    put(0, 1, d, d <= 5 ? 0 : d <= 10 ? 1 : 5);
    if (d !== 15) put(0, 2, d, 2);
  }
  const metricKeys = ['zeta'];
  if (options.metric) {
    metricKeys.push('alpha');
    for (let d = 0; d <= 20; d++) put(1, 0, d, 1);
  }
  const out = memoryWriter();
  const ctx: ProcessorContext<CasesDatasetConfig> = {
    config,
    baseDir: '/tmp',
    ledger: new RowLedger(),
    layer,
    out,
    layers: new Map([
      ['la', layer],
      ['regions', parentLayer],
    ]),
  };
  const acc: CasesAccumulated = {
    counts,
    metricKeys,
    areas: features.map((f) => ({ code: f.code, name: f.name, population: population.get(f.code) ?? null })),
    firstDay: counts.minDay,
    lastDay: counts.maxDay,
  };
  return { ctx, acc, out };
}

describe('writeCasesOutputs', () => {
  const { ctx, acc, out } = setup();
  const fields = writeCasesOutputs(acc, ctx);
  const summaryPath = 'ds/flu-cases/summary.json';
  const summary = out.files.get(summaryPath) as CasesSummary;

  it('returns the manifest fields with one metric, its summary file and its monthly totals', () => {
    expect(fields).toEqual({
      kind: 'cases',
      metrics: [{ key: 'flu-cases', label: 'Flu cases', higherIs: 'bad', summaryFile: 'summary-flu-cases' }],
      firstDate: '2021-01-01',
      lastDate: '2021-01-21',
      files: { 'summary-flu-cases': summaryPath, 'monthly-flu-cases': 'ds/flu-cases/monthly.csv' },
    });
    expect(summary.monthly).toBe('ds/flu-cases/monthly.csv');
  });

  it('dates the latest week by the reporting lag', () => {
    expect(summary).toMatchObject({
      firstDate: '2021-01-01',
      lastDate: '2021-01-21',
      completeUntil: '2021-01-18',
      reportingLagDays: 3,
      suppressBelow: 3,
    });
  });

  it('gives each area its headline figures, hand-checked', () => {
    const a = summary.areas;
    expect(a.code).toEqual(['A', 'B', 'C', 'D']);
    expect(a.latest).toEqual([70, 35, null, null]);
    expect(a.previous).toEqual([70, 5, 14, null]);
    expect(a.change).toEqual([0, 30, null, null]);
    // 30 / 5 = 600 %; A unchanged: 0 %.
    expect(a.changePct).toEqual([0, 600, null, null]);
    // 70 / 100,000 and 35 / 50,000: both 70.0 per 100,000; C has no population; D no data.
    expect(a.rate).toEqual([70, 70, null, null]);
    expect(a.band).toEqual([2, 2, null, null]);
    // Equal rates share rank 1.
    expect(a.rank).toEqual([1, 1, null, null]);
    expect(summary.ranked).toBe(2);
    expect(a.lastDate).toEqual(['2021-01-21', '2021-01-21', '2021-01-21', null]);
    expect(a.parent).toEqual(['P1', 'P2', 'P2', 'P1']);
    expect(a.series[3]).toBeNull();
    expect(out.files.get(summary.seriesIndex)).toEqual({ code: a.code, name: a.name, series: a.series });
  });

  it('writes each area series with no-data days as null and small counts suppressed', () => {
    const b = out.files.get(summary.areas.series[1] as string) as CasesSeries;
    expect(b.start).toBe('2021-01-01');
    expect(b.counts).toHaveLength(21);
    expect(b.counts.slice(0, 12)).toEqual([0, 0, 0, 0, 0, 0, S, S, S, S, S, 5]);
    // Trailing totals 1, 2 (suppressed), 3, 4, 5, then 10 on day 11 (days 5–11: 0 + 1·5 + 5).
    expect(b.total7.slice(5, 12)).toEqual([null, S, S, 3, 4, 5, 10]);
    expect(b.rate7).toBeUndefined();
    expect(seriesAvg7(b.total7).slice(5, 12)).toEqual([null, S, S, 0.4, 0.6, 0.7, 1.4]);
    expect(seriesRate7(b).slice(5, 12)).toEqual([null, S, S, 6, 8, 10, 20]);
    const c = out.files.get(summary.areas.series[2] as string) as CasesSeries;
    expect(c.counts[15]).toBeNull();
    expect(c.counts[14]).toBe(S);
    expect(seriesAvg7(c.total7).slice(14, 21)).toEqual([2, null, null, null, null, null, null]);
    expect(seriesRate7(c).every((r) => r === null)).toBe(true);
  });

  it('sums the total over areas, latest and previous over areas complete in both weeks', () => {
    expect(summary.total).toMatchObject({
      code: 'all',
      name: 'All 3 local authorities',
      areaCount: 3,
      areasInLatest: 2,
      population: 150_000,
    });
    // latest 70 + 35 = 105, previous 70 + 5 = 75, change 30 = 40.0 %, rate 105 / 150,000 = 70.0.
    expect(summary.total.figures).toEqual({ latest: 105, previous: 75, change: 30, changePct: 40, rate: 70 });
    const t = out.files.get(summary.total.series) as CasesSeries;
    // Day 0: 10 + 0 + 2; day 15: 10 + 5, C has no row.
    expect(t.counts[0]).toBe(12);
    expect(t.counts[15]).toBe(15);
    expect(t.areas7?.[10]).toBe(3);
    expect(t.areas7?.[17]).toBe(2);
    // Day 10: A 70 + B 5 + C 14 = 89 → 12.7 a day; rate over A and B only: 75 / 150,000 = 50.0.
    expect(t.total7[10]).toBe(89);
    expect(seriesAvg7(t.total7)[10]).toBe(12.7);
    expect(t.rate7?.[10]).toBe(50);
  });

  it('writes parent groups named from another layer, else by code', () => {
    expect(summary.parents.map((p) => [p.code, p.name, p.areaCount, p.areasInLatest])).toEqual([
      ['P1', 'North', 1, 1],
      ['P2', 'P2', 2, 1],
    ]);
    expect(summary.parents[1]?.figures).toEqual({ latest: 35, previous: 5, change: 30, changePct: 600, rate: 70 });
  });

  it('writes one map file per complete week ending on completeUntil', () => {
    expect(summary.weeks.end).toEqual(['2021-01-11', '2021-01-18']);
    const w = out.files.get(summary.weeks.file[0] as string) as CasesWeek;
    expect(w).toEqual({
      end: '2021-01-11',
      code: ['A', 'B', 'C', 'D'],
      total: [70, 5, 14, null],
      rate: [70, 10, null, null],
      rank: [1, 2, null, null],
      ranked: 2,
    });
  });

  it('is deterministic', () => {
    const again = setup();
    writeCasesOutputs(again.acc, again.ctx);
    expect(JSON.stringify([...again.out.files])).toBe(JSON.stringify([...out.files]));
  });
});

describe('writeCasesOutputs with a metric column', () => {
  it('sorts metrics by label and keys them by slug', () => {
    const { ctx, acc } = setup({ metric: true });
    const fields = writeCasesOutputs(acc, ctx);
    expect(fields.kind === 'cases' && fields.metrics).toEqual([
      {
        key: 'alpha-pox',
        label: 'Alpha pox',
        higherIs: 'good',
        description: 'About alpha.',
        summaryFile: 'summary-alpha-pox',
      },
      { key: 'zeta-fever', label: 'Zeta fever', higherIs: 'bad', summaryFile: 'summary-zeta-fever' },
    ]);
  });

  it('writes nothing for a dataset with no rows', () => {
    const { ctx } = setup();
    const fields = writeCasesOutputs(
      { counts: new DailyCounts(), metricKeys: [], areas: [], firstDay: Infinity, lastDay: -Infinity },
      ctx,
    );
    expect(fields).toEqual({ kind: 'cases', metrics: [], firstDate: null, lastDate: null });
  });
});
