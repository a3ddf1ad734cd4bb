/**
 * The cases charts as the build draws them: the specs rendered to SVG by the
 * build-time renderer on small fixed series, compared with reviewed goldens.
 */
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { compareChartOptions, spanBars, trendChartOptions } from '../../../../src/lib/cases/chart-specs.ts';
import { NARROW_LAYOUT, WIDE_LAYOUT } from '../../../../src/lib/chart-layout.ts';
import { compareLines, trendRows } from '../../../../src/lib/cases/trend-rows.ts';
import type { CasesSeries } from '../../../../src/lib/cases-files.ts';
import { SUPPRESSED } from '../../../../src/lib/manifest.ts';
import { renderChartVariants, renderPlot } from '../../../../src/site/render-plot.ts';
import { expectGoldenSvg } from '../../golden-svg.ts';
import { sourceTranslator } from '../../../../src/lib/i18n/source-translator.ts';

const en = sourceTranslator();

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
    expectGoldenSvg(
      import.meta.url,
      'trend-linear',
      renderPlot(trendChartOptions(Plot, rows, 'linear', WIDE_LAYOUT, en), a11y('t1')),
    );
  });

  it('draws the same rows on a log axis rising from the power of ten below the smallest value', () => {
    expectGoldenSvg(
      import.meta.url,
      'trend-log',
      renderPlot(trendChartOptions(Plot, rows, 'log', WIDE_LAYOUT, en), a11y('t2')),
    );
  });

  it('draws an all-zero series with whole-number ticks and no bars', () => {
    const zero = { ...series, counts: series.counts.map(() => 0), total7: series.total7.map(() => 0) };
    const options = trendChartOptions(Plot, trendRows(zero, 'all', null), 'linear', WIDE_LAYOUT, en);
    expect(options.y?.domain).toEqual([0, 1]);
    expectGoldenSvg(import.meta.url, 'trend-zero', renderPlot(options, a11y('t3')));
  });
});

describe('comparison chart', () => {
  it('draws one styled line per place and shades the incomplete days', () => {
    const lines = compareLines([series, other], 'all');
    const options = compareChartOptions(
      Plot,
      lines,
      'linear',
      { from: '2024-03-13', to: '2024-03-14' },
      WIDE_LAYOUT,
      en,
    );
    expectGoldenSvg(import.meta.url, 'compare-linear', renderPlot(options, a11y('c1')));
  });
});

describe('the phone drawing', () => {
  const rows = trendRows(series, 'all', '2024-03-12');

  it('draws the trend at 320 px with three date ticks and 12.5 px text', () => {
    const options = trendChartOptions(Plot, rows, 'linear', NARROW_LAYOUT, en);
    expect(options.width).toBe(320);
    expect(options.x?.ticks).toBe(3);
    expect(options.style).toMatchObject({ fontSize: '12.5px' });
    expectGoldenSvg(import.meta.url, 'trend-linear-narrow', renderPlot(options, a11y('t4')));
  });

  it('draws the comparison at 320 px with a shorter axis label', () => {
    const lines = compareLines([series, other], 'all');
    const options = compareChartOptions(
      Plot,
      lines,
      'linear',
      { from: '2024-03-13', to: '2024-03-14' },
      NARROW_LAYOUT,
      en,
    );
    expect(options.y?.label).toBe('Rate per 100k');
    expectGoldenSvg(import.meta.url, 'compare-linear-narrow', renderPlot(options, a11y('c2')));
  });

  it('puts both drawings in one holder, wide then narrow, each with its own ids', () => {
    const markup = renderChartVariants((layout) => trendChartOptions(Plot, rows, 'linear', layout, en), a11y('v'));
    const svgs = [...markup.matchAll(/<svg [^>]*>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    expect(svgs[0]).toContain('data-variant="wide"');
    expect(svgs[0]).toContain('viewBox="0 0 640 320"');
    expect(svgs[0]).toContain('aria-labelledby="v-title v-desc"');
    expect(svgs[1]).toContain('data-variant="narrow"');
    expect(svgs[1]).toContain('viewBox="0 0 320 260"');
    expect(svgs[1]).toContain('aria-labelledby="v-n-title v-n-desc"');
  });
});

describe('counts reported for several days', () => {
  // A cumulative source skipped 2024-03-04 to 03-06: the 12 reported on 03-07 covers 4 days.
  const gap: CasesSeries = {
    ...series,
    counts: [3, 5, 4, 0, 0, 0, 12, 7, 9, 12, 10, 14, 15, 11],
    total7: [null, null, null, null, null, null, 24, 28, 32, 40, 50, 64, 79, 78],
    reportedFor: [[6, 4]],
  };

  it("draws an area's report across the days it covers, at its average a day, labelled", () => {
    const rows = trendRows(gap, 'all', '2024-03-14');
    expect(spanBars(rows)).toEqual([
      {
        x1: new Date('2024-03-04T00:00:00Z'),
        x2: new Date('2024-03-08T00:00:00Z'),
        y: 3,
        days: 4,
        areas: undefined,
      },
    ]);
    const svg = renderPlot(trendChartOptions(Plot, rows, 'linear', WIDE_LAYOUT, en), a11y('s1'));
    expect(svg).toContain('>reported for 4 days</text>');
    expectGoldenSvg(import.meta.url, 'trend-spans', svg);
    expect(renderPlot(trendChartOptions(Plot, rows, 'linear', NARROW_LAYOUT, en), a11y('s2'))).toContain(
      '>4 days</text>',
    );
  });

  it("keeps a group's day on its day, outlined, saying it includes reports for several days", () => {
    const rows = trendRows({ ...gap, reportedForAreas: [[6, 2]] }, 'all', '2024-03-14');
    const [bar] = spanBars(rows);
    expect(bar).toMatchObject({ y: 12, days: 4, areas: 2 });
    expect(bar?.x1).toEqual(new Date('2024-03-07T00:00:00Z'));
    expect(renderPlot(trendChartOptions(Plot, rows, 'linear', WIDE_LAYOUT, en), a11y('s3'))).toContain(
      '>incl. reports for 4 days</text>',
    );
  });

  it('leaves the labels to the key and table when more reports span days than fit', () => {
    const weekly: CasesSeries = {
      ...gap,
      reportedFor: [
        [6, 7],
        [10, 2],
        [13, 7],
      ],
    };
    const narrow = renderPlot(
      trendChartOptions(Plot, trendRows(weekly, 'all', '2024-03-14'), 'linear', NARROW_LAYOUT, en),
      a11y('s4'),
    );
    expect(narrow).not.toContain('days</text>');
  });
});
