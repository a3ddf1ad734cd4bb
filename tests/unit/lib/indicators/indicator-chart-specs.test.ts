/**
 * The indicator charts as the build draws them, wide and on a phone: specs
 * rendered to SVG on small fixed inputs and compared with reviewed goldens.
 */
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
  rankedChartOptions,
  trendChartOptions,
  type RankedRow,
  type TrendPoint,
} from '../../../../src/lib/indicators/indicator-chart-specs.ts';
import { NARROW_LAYOUT } from '../../../../src/lib/chart-layout.ts';
import { renderPlot } from '../../../../src/site/render-plot.ts';
import { expectGoldenSvg } from '../../golden-svg.ts';

const a11y = (id: string) => ({ id, title: `Chart ${id}`, desc: `Description of ${id}.` });
const ranked: RankedRow[] = [
  {
    code: 'A',
    name: 'Northmere and Linnet Fields East',
    value: 52.5,
    lower: 49,
    upper: 56,
    benchmark: 45,
    compare: 'better',
  },
  { code: 'B', name: 'Brindle Cross', value: 46, lower: 43.5, upper: 48.5, benchmark: 45, compare: 'similar' },
  { code: 'C', name: 'Otterbrook', value: 38.25, lower: 35, upper: 41.5, benchmark: 45, compare: 'worse' },
];
const periods = [
  '2014/15',
  '2015/16',
  '2016/17',
  '2017/18',
  '2018/19',
  '2019/20',
  '2020/21',
  '2021/22',
  '2022/23',
  '2023/24',
  '2024/25',
];
const trend: TrendPoint[] = periods.map((period, i) => ({
  period,
  value: i === 3 ? null : 40 + i,
  lower: null,
  upper: null,
  benchmark: 42 + i / 2,
}));
const tickLabels = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('ranked chart', () => {
  it('draws every area highest first with its limits and the benchmark line', () => {
    const svg = renderPlot(rankedChartOptions(Plot, ranked, '%'), a11y('r1'));
    expect(tickLabels(svg)).toContain('Northmere and Linnet…');
    expectGoldenSvg(import.meta.url, 'ranked', svg);
  });

  it('on a phone, draws at 320 px with names cut to 14 characters and three value ticks', () => {
    const options = rankedChartOptions(Plot, ranked, '%', NARROW_LAYOUT);
    expect(options.width).toBe(320);
    const svg = renderPlot(options, a11y('r2'));
    expect(tickLabels(svg)).toContain('Northmere and…');
    expectGoldenSvg(import.meta.url, 'ranked-narrow', svg);
  });
});

describe('trend chart', () => {
  it('at 640 px labels every other one of 11 periods, ending on the latest', () => {
    const wide = renderPlot(trendChartOptions(Plot, trend, '%'), a11y('t1'));
    expect(periods.filter((p) => tickLabels(wide).includes(p))).toEqual([
      '2014/15',
      '2016/17',
      '2018/19',
      '2020/21',
      '2022/23',
      '2024/25',
    ]);
    expectGoldenSvg(import.meta.url, 'trend', wide);
  });

  it('on a phone, labels four periods at most, the latest among them', () => {
    const narrow = renderPlot(trendChartOptions(Plot, trend, '%', NARROW_LAYOUT), a11y('t2'));
    expect(periods.filter((p) => tickLabels(narrow).includes(p))).toEqual(['2015/16', '2018/19', '2021/22', '2024/25']);
    expectGoldenSvg(import.meta.url, 'trend-narrow', narrow);
  });
});
