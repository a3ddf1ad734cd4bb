/**
 * The cases charts as the build draws them: the specs rendered to SVG by the
 * build-time renderer on small fixed series, compared with reviewed goldens.
 */
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { compareChartOptions, trendChartOptions } from '../../../../src/lib/cases/chart-specs.ts';
import { compareLines, trendRows } from '../../../../src/lib/cases/trend-rows.ts';
import type { CasesSeries } from '../../../../src/lib/cases-files.ts';
import { SUPPRESSED } from '../../../../src/lib/manifest.ts';
import { renderPlot } from '../../../../src/site/render-plot.ts';
import { expectGoldenSvg } from '../../golden-svg.ts';

const s = SUPPRESSED;
/** 14 days from 2024-03-01: a suppressed day, a day with no data, and a rise at the end. */
const series: CasesSeries = {
  code: 'W1',
  name: 'North Ward',
  population: 20_000,
  start: '2024-03-01',
  counts: [3, 5, s, 4, 6, null, 8, 7, 9, 12, 10, 14, 15, 11],
  total7: [null, null, null, null, null, null, s, s, s, 46, 52, 60, 75, 78],
};
const other: CasesSeries = {
  code: 'W2',
  name: 'South Ward',
  population: 10_000,
  start: '2024-03-01',
  counts: [1, 2, 1, 0, 2, 3, 1, 2, 2, 1, 0, 1, 3, 2],
  total7: [null, null, null, null, null, null, 10, 11, 11, 11, 11, 10, 10, 11],
};
const a11y = (id: string) => ({ id, title: `Chart ${id}`, desc: `Description of ${id}.` });

describe('trend chart', () => {
  const rows = trendRows(series, 'all', '2024-03-12');

  it('draws daily bars, the 7-day average and the two incomplete days, on a linear axis', () => {
    expectGoldenSvg(import.meta.url, 'trend-linear', renderPlot(trendChartOptions(Plot, rows, 'linear'), a11y('t1')));
  });

  it('draws the same rows on a log axis rising from the power of ten below the smallest value', () => {
    expectGoldenSvg(import.meta.url, 'trend-log', renderPlot(trendChartOptions(Plot, rows, 'log'), a11y('t2')));
  });

  it('draws an all-zero series with whole-number ticks and no bars', () => {
    const zero = { ...series, counts: series.counts.map(() => 0), total7: series.total7.map(() => 0) };
    const options = trendChartOptions(Plot, trendRows(zero, 'all', null), 'linear');
    expect(options.y?.domain).toEqual([0, 1]);
    expectGoldenSvg(import.meta.url, 'trend-zero', renderPlot(options, a11y('t3')));
  });
});

describe('comparison chart', () => {
  it('draws one styled line per place and shades the incomplete days', () => {
    const lines = compareLines([series, other], 'all');
    const options = compareChartOptions(Plot, lines, 'linear', { from: '2024-03-13', to: '2024-03-14' });
    expectGoldenSvg(import.meta.url, 'compare-linear', renderPlot(options, a11y('c1')));
  });
});
