/**
 * The rows a trend chart, its table and its CSV show: one per day of the chosen
 * range. Shared by the build (first render) and the browser (redraws), so the
 * chart, the table and the download always hold the same figures.
 */
import type { Figure } from '../manifest.ts';
import type { CasesSeries } from '../cases-files.ts';
import { dayNumber, isoDay } from '../day-number.ts';
import { seriesAvg7 } from './series-avg7.ts';
import { seriesRate7 } from './series-rate7.ts';
import type { Translator } from '../i18n/translator.ts';

export type RangeKey = '3m' | '6m' | '1y' | 'all';
/** The time ranges of the charts; each is labelled by the message `cases.controls.range.<key>`. */
export const RANGES: readonly { key: RangeKey; days: number }[] = [
  { key: '3m', days: 91 },
  { key: '6m', days: 182 },
  { key: '1y', days: 365 },
  { key: 'all', days: Number.POSITIVE_INFINITY },
];
export const DEFAULT_RANGE: RangeKey = '1y';

export interface TrendRow {
  date: string;
  count: Figure;
  avg7: Figure;
  rate7: Figure;
  /** True after `completeUntil`: still incomplete because of reporting lag. */
  incomplete: boolean;
  /** Days the count covers: 1, or more for a report after missing days of a cumulative source. */
  days: number;
  /** Groups of areas: how many member areas' counts that day cover several days (`days` is the most). */
  spanAreas?: number;
}

/**
 * A table's count cell: the formatted `count`, and for a count that covers several days what it
 * covers, "12 (reported for 3 days)"; for a group, "12 (includes reports for up to 3 days from
 * 2 areas)". One message of `t` per shape.
 */
export function countCell(count: string, days: number, spanAreas: number | undefined, t: Translator): string {
  if (days <= 1) return count;
  if (spanAreas === undefined) return t.t('cases.trend.reportedFor', { count, days });
  // The days and the areas each agree with their own number: the days are a message of their own.
  return t.t('cases.trend.reportedForAreas', {
    count,
    days: t.t('cases.trend.days', { count: days }),
    areas: spanAreas,
  });
}

/** Index of the first day shown for `range`, ending on the series' last day. */
export function rangeStart(length: number, range: RangeKey): number {
  const days = RANGES.find((r) => r.key === range)?.days ?? Number.POSITIVE_INFINITY;
  return Number.isFinite(days) ? Math.max(0, length - days) : 0;
}

export function trendRows(series: CasesSeries, range: RangeKey, completeUntil: string | null): TrendRow[] {
  const avg7 = seriesAvg7(series.total7);
  const rate7 = seriesRate7(series);
  const d0 = dayNumber(series.start);
  const complete = completeUntil === null ? Number.NEGATIVE_INFINITY : dayNumber(completeUntil);
  const spans = new Map(series.reportedFor ?? []);
  const spanAreas = series.reportedForAreas === undefined ? null : new Map(series.reportedForAreas);
  const rows: TrendRow[] = [];
  for (let i = rangeStart(series.counts.length, range); i < series.counts.length; i++) {
    const row: TrendRow = {
      date: isoDay(d0 + i),
      count: series.counts[i] ?? null,
      avg7: avg7[i] ?? null,
      rate7: rate7[i] ?? null,
      incomplete: d0 + i > complete,
      days: spans.get(i) ?? 1,
    };
    const areas = spanAreas?.get(i);
    if (areas !== undefined) row.spanAreas = areas;
    rows.push(row);
  }
  return rows;
}

/** Rows of several series for a comparison chart: 7-day rates, one row per series and day. */
export interface CompareLine {
  code: string;
  name: string;
  rates: { date: string; rate: Figure }[];
}

export function compareLines(series: readonly CasesSeries[], range: RangeKey): CompareLine[] {
  return series.map((s) => {
    const rate7 = seriesRate7(s);
    const d0 = dayNumber(s.start);
    const rates: CompareLine['rates'] = [];
    for (let i = rangeStart(rate7.length, range); i < rate7.length; i++)
      rates.push({ date: isoDay(d0 + i), rate: rate7[i] ?? null });
    return { code: s.code, name: s.name, rates };
  });
}
