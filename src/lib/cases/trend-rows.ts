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
import { countNoun } from '../plural.ts';

export type RangeKey = '3m' | '6m' | '1y' | 'all';
export const RANGES: readonly { key: RangeKey; label: string; days: number }[] = [
  { key: '3m', label: '3 months', days: 91 },
  { key: '6m', label: '6 months', days: 182 },
  { key: '1y', label: '1 year', days: 365 },
  { key: 'all', label: 'All', days: Number.POSITIVE_INFINITY },
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
 * What a table says after a count that covers several days: " (reported for 3 days)"; for a group,
 * " (includes reports for up to 3 days from 2 areas)"; else "".
 */
export function reportedForNote(days: number, spanAreas?: number): string {
  if (days <= 1) return '';
  if (spanAreas === undefined) return ` (reported for ${days} days)`;
  return ` (includes reports for up to ${days} days from ${countNoun(spanAreas, 'area', 'areas')})`;
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
