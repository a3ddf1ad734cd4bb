/**
 * An indicator's trend for one area against its benchmark, with up to four
 * other areas added for comparison: their points from the figures file, the
 * chart options with their lines added, the key's line styles, and the chart's
 * title and description in words. Shared by the build (no areas added) and the
 * browser (areas chosen by the reader, kept in the URL), so both say the same.
 */
import type { IndicatorArea, IndicatorBenchmark, IndicatorFile } from '../indicator-files.ts';
import type { Formatter } from '../format.ts';
import type { Translator } from '../i18n/translator.ts';
import { sourceTranslator } from '../i18n/source-translator.ts';
import { isPublished } from '../manifest.ts';
import { COMPARE_STYLES } from '../cases/chart-specs.ts';
import type { LineStyle } from '../line-style.ts';
import { formatValue } from './format-value.ts';
import { WIDE_LAYOUT, type ChartLayout } from '../chart-layout.ts';
import { AREA, BENCHMARK, trendChartOptions, type IndicatorMarks, type TrendPoint } from './indicator-chart-specs.ts';

/** The area's own line and its benchmark's, as `trendChartOptions` draws them. */
export const TREND_AREA_STYLE: LineStyle = { stroke: AREA, dash: undefined, width: 3 };
export const TREND_BENCHMARK_STYLE: LineStyle = { stroke: BENCHMARK, dash: '6 4', width: 2 };
/** Added areas take the disease comparison's styles after its first two (place, group). */
export const COMPARED_STYLES: readonly LineStyle[] = COMPARE_STYLES.slice(2);

/** One added area: its name, code and published value per period (null where none). */
export interface ComparedArea {
  code: string;
  name: string;
  values: (number | null)[];
}

/** The area's value, limits and benchmark in every period, for `trendChartOptions`. */
export function trendPoints(
  figures: IndicatorFile,
  area: IndicatorArea,
  benchmark: IndicatorBenchmark | undefined,
): TrendPoint[] {
  return figures.periods.map((period, p) => {
    const v = area.values[p] ?? null;
    return {
      period,
      value: isPublished(v) ? v : null,
      lower: area.lower?.[p] ?? null,
      upper: area.upper?.[p] ?? null,
      benchmark: benchmark?.values[p] ?? null,
    };
  });
}

/**
 * The areas of `codes` found in `figures`, in the order given, with their
 * published values (suppressed and missing both null); `missing` lists codes
 * the file does not have.
 */
export function comparedAreas(
  figures: IndicatorFile,
  codes: readonly string[],
): { areas: ComparedArea[]; missing: string[] } {
  const byCode = new Map(figures.areas.map((a) => [a.code, a]));
  const areas: ComparedArea[] = [];
  const missing: string[] = [];
  for (const code of codes) {
    const a = byCode.get(code);
    if (a === undefined) missing.push(code);
    else
      areas.push({
        code,
        name: a.name,
        values: figures.periods.map((_, p) => {
          const v = a.values[p] ?? null;
          return isPublished(v) ? v : null;
        }),
      });
  }
  return { areas, missing };
}

type Options = ReturnType<typeof trendChartOptions>;

/** `trendChartOptions` with a line and dots per added area, the y scale widened to hold them. */
export function trendCompareOptions(
  P: IndicatorMarks,
  points: readonly TrendPoint[],
  unit: string,
  others: readonly ComparedArea[],
  layout: ChartLayout = WIDE_LAYOUT,
): Options {
  const base = trendChartOptions(P, points, unit, layout);
  if (others.length === 0) return base;
  const rows = others.map((o, i) => ({
    style: COMPARED_STYLES[i % COMPARED_STYLES.length] as LineStyle,
    data: points.flatMap((pt, p) => {
      const v = o.values[p] ?? null;
      return v === null ? [] : [{ period: pt.period, value: v }];
    }),
  }));
  const values = rows.flatMap((r) => r.data.map((d) => d.value));
  const y = { ...(base.y ?? {}) };
  const domain = Array.isArray(y.domain) ? (y.domain as number[]) : [];
  if (domain.length === 2 && values.length > 0) {
    let [lo, hi] = domain as [number, number];
    const pad = (Math.max(hi, ...values) - Math.min(lo, ...values)) * 0.05 || 1;
    if (Math.min(...values) < lo) lo = Math.min(...values) - pad;
    if (Math.max(...values) > hi) hi = Math.max(...values) + pad;
    // Padding never takes the scale below zero when no value is below it.
    if (Math.min(...values) >= 0 && (domain[0] ?? 0) >= 0) lo = Math.max(0, lo);
    y.domain = [lo, hi];
  }
  const marks = rows.flatMap(({ style, data }) => [
    P.lineY(data, {
      x: 'period',
      y: 'value',
      stroke: style.stroke,
      strokeWidth: style.width,
      ...(style.dash === undefined ? {} : { strokeDasharray: style.dash }),
    }),
    P.dot(data, { x: 'period', y: 'value', fill: style.stroke, r: 3.5, symbol: 'diamond' }),
  ]);
  // Added lines go under the area's own line (the last marks), so it stays on top.
  const own = base.marks ?? [];
  return { ...base, y, marks: [...own.slice(0, -2), ...marks, ...own.slice(-2)] };
}

/** The chart's title: "<label>: <area> compared with <benchmark>[, A, B], <first> to <last>". */
export function trendTitle(
  figures: IndicatorFile,
  areaName: string,
  benchmarkName: string,
  others: readonly ComparedArea[],
  t: Translator = sourceTranslator(),
): string {
  return t.t('indicators.trend.title', {
    label: figures.label,
    area: areaName,
    others: [benchmarkName, ...others.map((o) => o.name)].join(', '),
    from: figures.periods[0] ?? '',
    to: figures.periods.at(-1) ?? '',
  });
}

/** The chart's description in words: first and last value of every line. */
export function trendDescription(
  figures: IndicatorFile,
  areaName: string,
  benchmarkName: string,
  points: readonly TrendPoint[],
  others: readonly ComparedArea[],
  fmt: Formatter,
  t: Translator = sourceTranslator(),
): string {
  const show = (v: number | null) => formatValue(v, figures.unit, figures.decimals, fmt);
  const shown = points.filter((p) => p.value !== null);
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last) return t.t('indicators.trend.noValue', { area: areaName });
  const line = (name: string, values: readonly (number | null)[]): string => {
    const at = values.flatMap((v, p) => (v === null ? [] : [{ v, period: figures.periods[p] ?? '' }]));
    const a = at[0];
    const b = at.at(-1);
    return a && b
      ? t.t('indicators.trend.other', {
          area: name,
          first: show(a.v),
          firstPeriod: a.period,
          last: show(b.v),
          lastPeriod: b.period,
        })
      : t.t('indicators.trend.otherNone', { area: name });
  };
  const parts = [
    t.t('indicators.trend.line', {
      area: areaName,
      first: show(first.value),
      firstPeriod: first.period,
      last: show(last.value),
      lastPeriod: last.period,
    }),
    t.t('indicators.trend.benchmark', {
      benchmark: benchmarkName,
      first: show(first.benchmark),
      last: show(last.benchmark),
    }),
    ...others.map((o) => line(o.name, o.values)),
  ];
  return parts.join(' ');
}
