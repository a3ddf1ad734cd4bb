/**
 * The text alternatives of the cases charts: what a sighted reader takes from
 * the picture, in words (the table beside each chart has every figure). Each sentence
 * is a message of the catalogue of `t` (the site's language; en-GB when not given).
 */
import { isPublished } from '../manifest.ts';
import type { Formatter } from '../format.ts';
import type { CompareLine, TrendRow } from './trend-rows.ts';
import type { Translator } from '../i18n/translator.ts';
import { sourceTranslator } from '../i18n/source-translator.ts';

const published = isPublished;

/** True when a trend has something to draw: a day with a count or a 7-day average (suppressed ones included). */
export function hasTrendData(rows: readonly TrendRow[]): boolean {
  return rows.some((r) => r.count !== null || r.avg7 !== null);
}

/** What a trend chart with nothing to draw says instead of showing empty axes. */
export function emptyTrendText(
  rows: readonly TrendRow[],
  unit: string,
  fmt: Formatter,
  t: Translator = sourceTranslator(),
): string {
  const first = rows[0];
  const last = rows.at(-1);
  return first && last
    ? t.t('cases.chart.emptyRange', { unit, from: fmt.date(first.date), to: fmt.date(last.date) })
    : t.t('cases.chart.empty', { unit });
}

export function trendDescription(
  rows: readonly TrendRow[],
  unit: string,
  fmt: Formatter,
  t: Translator = sourceTranslator(),
): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined || !hasTrendData(rows)) return emptyTrendText(rows, unit, fmt, t);
  const parts = [t.t('cases.chart.trend', { unit, from: fmt.date(first.date), to: fmt.date(last.date) })];
  let peak: TrendRow | undefined;
  for (const r of rows)
    if (published(r.avg7) && (peak === undefined || (r.avg7 as number) > (peak.avg7 as number))) peak = r;
  if (peak) parts.push(t.t('cases.chart.trendPeak', { value: fmt.decimal(peak.avg7, 1), date: fmt.date(peak.date) }));
  const lastComplete = [...rows].reverse().find((r) => !r.incomplete && r.avg7 !== null);
  if (lastComplete)
    parts.push(
      t.t('cases.chart.trendLastComplete', {
        date: fmt.date(lastComplete.date),
        value: fmt.decimal(lastComplete.avg7, 1),
      }),
    );
  const spanned = rows.filter((r) => r.days > 1);
  if (spanned.length > 0) {
    const listed = spanned
      .slice(0, 3)
      .map((r) => t.t('cases.chart.trendSpannedReport', { date: fmt.date(r.date), days: r.days }))
      .join('; ');
    const reports = spanned.length > 3 ? t.t('cases.chart.trendMore', { reports: listed }) : listed;
    parts.push(t.t('cases.chart.trendSpanned', { count: spanned.length, reports }));
  }
  const lagged = rows.filter((r) => r.incomplete).length;
  if (lagged > 0) parts.push(t.t('cases.chart.trendLagged', { count: lagged }));
  return parts.join(' ');
}

export function compareDescription(
  lines: readonly CompareLine[],
  fmt: Formatter,
  t: Translator = sourceTranslator(),
): string {
  const first = lines[0]?.rates[0];
  const last = lines[0]?.rates.at(-1);
  if (first === undefined || last === undefined) return t.t('cases.chart.compareNone');
  const parts = [
    t.t('cases.chart.compare', {
      from: fmt.date(first.date),
      to: fmt.date(last.date),
      areas: lines.map((l) => l.name).join(', '),
    }),
  ];
  for (const l of lines) {
    const latest = [...l.rates].reverse().find((r) => r.rate !== null);
    if (latest)
      parts.push(
        t.t('cases.chart.compareLine', {
          area: l.name,
          rate: fmt.decimal(latest.rate, 1),
          date: fmt.date(latest.date),
        }),
      );
  }
  return parts.join(' ');
}

/** True when a comparison has something to draw: any line with a 7-day rate (suppressed ones included). */
export function hasCompareData(lines: readonly CompareLine[]): boolean {
  return lines.some((l) => l.rates.some((r) => r.rate !== null));
}

/** What a comparison chart with nothing to draw says instead of showing empty axes. */
export function emptyCompareText(t: Translator = sourceTranslator()): string {
  return t.t('cases.chart.compareNone');
}
