/**
 * Observable Plot options for the indicator charts, from the Plot functions
 * passed in (the build passes the whole module and renders SVG at build time).
 * The ranked chart: one bar per area, best-to-worst order by value, coloured by
 * comparison, confidence limits as whiskers, the benchmark as a line (or a tick
 * per area when areas have different benchmarks). The trend: the area and its
 * benchmark over the periods, with the area's limits. Both take a layout: the
 * narrow one (a phone) has fewer ticks, shorter names and smaller dots.
 */
import type * as PlotModule from '@observablehq/plot';
import type { IndicatorComparison } from '../indicator-files.ts';
import { COMPARISON_COLOURS } from './comparison-text.ts';
import { chartFontSize, thinTicks, WIDE_LAYOUT, type ChartLayout } from '../chart-layout.ts';

export type IndicatorMarks = Pick<typeof PlotModule, 'barX' | 'ruleX' | 'ruleY' | 'tickX' | 'lineY' | 'dot'>;
type Options = Omit<PlotModule.PlotOptions, 'document'>;

export const AREA = '#0b3d91';
export const BENCHMARK = '#1b1b1f';

export interface RankedRow {
  code: string;
  name: string;
  value: number;
  lower: number | null;
  upper: number | null;
  benchmark: number | null;
  compare: IndicatorComparison | null;
}

/** Rows must be in the order to draw them (highest first). */
export function rankedChartOptions(
  P: IndicatorMarks,
  rows: readonly RankedRow[],
  unit: string,
  layout: ChartLayout = WIDE_LAYOUT,
): Options {
  const bar = rows.length > 60 ? 9 : 16;
  const benchmarks = [...new Set(rows.map((r) => r.benchmark).filter((b): b is number => b !== null))];
  const withLimits = rows.filter((r) => r.lower !== null && r.upper !== null);
  const max = Math.max(0, ...rows.map((r) => r.upper ?? r.value), ...benchmarks);
  const min = Math.min(0, ...rows.map((r) => r.lower ?? r.value));
  const names = new Map(rows.map((r) => [r.code, r.name]));
  // Names in the left margin: as many characters as the margin holds at the layout's type size,
  // wide letters included (24 let "'s-Gravenhage (gemeente)" run past the chart's left edge).
  const nameChars = layout.narrow ? 14 : 22;
  return {
    width: layout.width,
    height: 48 + rows.length * bar,
    marginLeft: layout.narrow ? 124 : 176,
    marginRight: layout.narrow ? 12 : 16,
    marginTop: 28,
    marginBottom: 20,
    style: { fontSize: `${chartFontSize(layout)}px`, overflow: 'visible' },
    x: {
      domain: [min, max],
      grid: true,
      label: unit === '' ? null : unit,
      axis: 'top',
      ticks: layout.narrow ? 3 : Math.max(3, Math.round(layout.width / 100)),
    },
    y: {
      domain: rows.map((r) => r.code),
      label: null,
      tickFormat: (code: string) => truncate(names.get(code) ?? code, nameChars),
      tickSize: 0,
    },
    marks: [
      P.barX(rows, {
        x: 'value',
        y: 'code',
        fill: (d: RankedRow) => COMPARISON_COLOURS[d.compare ?? 'none'],
        stroke: '#4a4f57',
        strokeWidth: 0.5,
        insetTop: 1,
        insetBottom: 1,
      }),
      ...(withLimits.length > 0
        ? [P.ruleY(withLimits, { y: 'code', x1: 'lower', x2: 'upper', stroke: BENCHMARK, strokeWidth: 1.25 })]
        : []),
      benchmarks.length === 1
        ? P.ruleX(benchmarks, { stroke: BENCHMARK, strokeWidth: 2, strokeDasharray: '5 3' })
        : P.tickX(
            rows.filter((r) => r.benchmark !== null),
            { x: 'benchmark', y: 'code', stroke: BENCHMARK, strokeWidth: 2 },
          ),
    ],
  };
}

export interface TrendPoint {
  period: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  benchmark: number | null;
}

export function trendChartOptions(
  P: IndicatorMarks,
  points: readonly TrendPoint[],
  unit: string,
  layout: ChartLayout = WIDE_LAYOUT,
): Options {
  const area = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const bench = points.filter((p): p is TrendPoint & { benchmark: number } => p.benchmark !== null);
  const limits = points.filter((p) => p.lower !== null && p.upper !== null);
  const all = [
    ...area.map((p) => p.value),
    ...bench.map((p) => p.benchmark),
    ...limits.flatMap((p) => [p.lower as number, p.upper as number]),
  ];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.15 || 1;
  const periods = points.map((p) => p.period);
  // A period label takes about 60 px ("2019/20", "2024 Q1"): label every k-th, ending on the latest.
  const labels = Math.max(2, Math.floor((layout.width - 60) / 60));
  const narrow = layout.narrow;
  return {
    width: layout.width,
    height: narrow ? 260 : 300,
    marginLeft: narrow ? 46 : 56,
    marginRight: narrow ? 14 : 16,
    marginTop: 28,
    marginBottom: narrow ? 30 : 36,
    style: { fontSize: `${chartFontSize(layout)}px`, overflow: 'visible' },
    x: {
      type: 'point',
      domain: periods,
      label: null,
      padding: narrow ? 0.25 : 0.4,
      ...(periods.length > labels ? { ticks: thinTicks(periods, labels) } : {}),
    },
    y: {
      domain: [Math.max(lo >= 0 ? 0 : -Infinity, lo - pad), hi + pad],
      grid: true,
      label: unit === '' ? null : unit,
      ...(narrow ? { ticks: 4 } : {}),
    },
    marks: [
      ...(limits.length > 0
        ? [P.ruleX(limits, { x: 'period', y1: 'lower', y2: 'upper', stroke: AREA, strokeWidth: 2, strokeOpacity: 0.5 })]
        : []),
      P.lineY(bench, { x: 'period', y: 'benchmark', stroke: BENCHMARK, strokeWidth: 2, strokeDasharray: '6 4' }),
      P.dot(bench, {
        x: 'period',
        y: 'benchmark',
        fill: '#ffffff',
        stroke: BENCHMARK,
        r: narrow ? 3 : 3.5,
        symbol: 'square',
      }),
      P.lineY(area, { x: 'period', y: 'value', stroke: AREA, strokeWidth: narrow ? 2.5 : 3 }),
      P.dot(area, { x: 'period', y: 'value', fill: AREA, r: narrow ? 3.5 : 4.5 }),
    ],
  };
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text;
}
