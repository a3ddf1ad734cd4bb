/**
 * Observable Plot options for the cases charts, built from the Plot functions
 * passed in: the build passes the whole module (charts render to SVG without
 * JavaScript), the browser passes only the marks it imported (small bundle).
 * Both draw the same chart from the same rows.
 */
import type * as PlotModule from '@observablehq/plot';
import { SUPPRESSED, isPublished, type Figure } from '../manifest.ts';
import { dayNumber, isoDay } from '../day-number.ts';
import { chartFontSize, type ChartLayout } from '../chart-layout.ts';
import type { CompareLine, TrendRow } from './trend-rows.ts';
import type { Translator } from '../i18n/translator.ts';
import { dateTickFormat } from './date-ticks.ts';
import type { MonthNames } from './month-names.ts';

export type PlotMarks = Pick<typeof PlotModule, 'rectY' | 'lineY' | 'rect' | 'ruleY' | 'dot' | 'text'>;
type Options = Omit<PlotModule.PlotOptions, 'document'>;

/** Margins (px) of the cases charts in a layout: the narrow drawing gives the plot more of its width. */
export function casesMargins(layout: ChartLayout): { left: number; right: number; top: number; bottom: number } {
  return layout.narrow ? { left: 46, right: 10, top: 28, bottom: 30 } : { left: 56, right: 16, top: 28, bottom: 36 };
}
/** Height (px) of a cases chart: half its width, 260 px in the narrow layout, at most 400 px. */
export function casesChartHeight(layout: ChartLayout): number {
  return layout.narrow ? 260 : Math.min(400, Math.round(layout.width / 2));
}
/** Fill of days still incomplete because of reporting lag. */
export const LAG_FILL = '#e4e7ec';
const BAR = '#7fa7d1';
const LINE = '#0b3d91';
const SUPPRESSED_DOT = '#6b7280';
/** Bars of counts reported for several days: lighter, outlined, so they read apart from daily bars. */
export const SPAN_FILL = '#c9daee';
export const SPAN_STROKE = '#0b3d91';
/** Comparison lines: the subject, then groups, then chosen areas (Okabe–Ito colours, with dashes). */
export const COMPARE_STYLES: readonly { stroke: string; dash: string | undefined; width: number }[] = [
  { stroke: '#0b3d91', dash: undefined, width: 3 },
  { stroke: '#4a4f57', dash: '6 4', width: 2 },
  { stroke: '#d55e00', dash: undefined, width: 2 },
  { stroke: '#009e73', dash: '2 3', width: 2 },
  { stroke: '#cc79a7', dash: '8 3 2 3', width: 2 },
  { stroke: '#0072b2', dash: '4 2', width: 2 },
  { stroke: '#e69f00', dash: '1 2', width: 2 },
];

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const nextDay = (iso: string) => toDate(isoDay(dayNumber(iso) + 1));
const shown = isPublished;

/** Size, margins, type and the time axis that every cases chart shares; tick labels in the language of `t`. */
function frame(
  first: string | undefined,
  last: string | undefined,
  layout: ChartLayout,
  t: Translator,
  months: MonthNames | undefined,
) {
  const dates = dateTickFormat(t.locale, months);
  const m = casesMargins(layout);
  return {
    width: layout.width,
    height: casesChartHeight(layout),
    marginLeft: m.left,
    marginRight: m.right,
    marginTop: m.top,
    marginBottom: m.bottom,
    style: { fontSize: `${chartFontSize(layout)}px`, overflow: 'visible' },
    x: {
      type: 'utc' as const,
      ...(first && last ? { domain: [toDate(first), nextDay(last)] } : {}),
      label: null,
      // About one tick per 100 px: three on a phone, six at 640 px.
      ticks: layout.narrow ? 3 : Math.max(3, Math.round(layout.width / 107)),
      ...(dates ? { tickFormat: dates } : {}),
    },
  };
}

/** Numbers of the value axis, grouped as the language groups them ("1,000", "1.000"). */
const valueTicks = (t: Translator) => (n: number) => t.number(n, 3);

function lagMarks(P: PlotMarks, rows: readonly TrendRow[], t: Translator) {
  const lagged = rows.filter((r) => r.incomplete);
  const first = lagged[0];
  const last = lagged.at(-1);
  if (first === undefined || last === undefined) return [];
  const span = [{ x1: toDate(first.date), x2: nextDay(last.date) }];
  return [
    P.rect(span, { x1: 'x1', x2: 'x2', fill: LAG_FILL }),
    P.text(span, {
      x: 'x2',
      frameAnchor: 'top',
      dy: -10,
      text: () => t.t('cases.axis.incomplete'),
      textAnchor: 'end',
      fill: '#3b3f46',
    }),
  ];
}

/** How many "reported for" labels a chart carries before it leaves them to its key and table. */
const SPAN_LABELS = { narrow: 2, wide: 5 };

/**
 * Counts reported for several days. An area's report after missing days is drawn across the
 * days it covers, at its average a day (so its area is the count, and no one-day spike shows);
 * a group's day that includes such reports from some areas stays on its day. Both are lighter
 * and outlined, and labelled "reported for N days" when there are few.
 */
function spanMarks(
  P: PlotMarks,
  rows: readonly TrendRow[],
  scale: 'linear' | 'log',
  floor: number,
  layout: ChartLayout,
  t: Translator,
) {
  const spanned = spanBars(rows);
  if (spanned.length === 0) return [];
  const style = { fill: SPAN_FILL, stroke: SPAN_STROKE, strokeWidth: 1, inset: 0 };
  const y = scale === 'log' ? { y1: floor, y2: 'y' } : { y: 'y' };
  const labelled = spanned.length <= (layout.narrow ? SPAN_LABELS.narrow : SPAN_LABELS.wide);
  return [
    P.rectY(spanned, { x1: 'x1', x2: 'x2', ...y, ...style }),
    ...(labelled
      ? [
          P.text(spanned, {
            x: (d: SpanBar) => new Date((d.x1.getTime() + d.x2.getTime()) / 2),
            y: 'y',
            dy: -7,
            text: (d: SpanBar) => spanLabel(d, layout, t),
            textAnchor: 'middle',
            lineAnchor: 'bottom',
            fill: '#1b1b1f',
          }),
        ]
      : []),
  ];
}

interface SpanBar {
  x1: Date;
  x2: Date;
  /** Height drawn: an area's count a day over its span; a group's count on its day. */
  y: number;
  days: number;
  /** Groups: member areas whose count that day covers several days. */
  areas: number | undefined;
}

/** The bars of rows whose count covers several days (see `spanMarks`). */
export function spanBars(rows: readonly TrendRow[]): SpanBar[] {
  return rows.flatMap((r): SpanBar[] => {
    if (r.days <= 1 || !shown(r.count) || r.count <= 0) return [];
    const end = nextDay(r.date);
    if (r.spanAreas !== undefined)
      return [{ x1: toDate(r.date), x2: end, y: r.count, days: r.days, areas: r.spanAreas }];
    const start = toDate(isoDay(dayNumber(r.date) - r.days + 1));
    return [{ x1: start, x2: end, y: r.count / r.days, days: r.days, areas: undefined }];
  });
}

function spanLabel(d: SpanBar, layout: ChartLayout, t: Translator): string {
  const days = { days: d.days };
  if (d.areas !== undefined) return t.t(layout.narrow ? 'cases.axis.spanGroupShort' : 'cases.axis.spanGroup', days);
  return t.t(layout.narrow ? 'cases.axis.spanShort' : 'cases.axis.span', days);
}

/** Daily counts as bars and the 7-day average as a line; lagged days shaded and labelled; words from `t`. */
export function trendChartOptions(
  P: PlotMarks,
  rows: readonly TrendRow[],
  scale: 'linear' | 'log',
  layout: ChartLayout,
  t: Translator,
  months?: MonthNames,
): Options {
  const positive = (v: Figure) => shown(v) && (scale === 'linear' || v > 0);
  // Zero-height bars draw nothing; leaving them out keeps an all-zero chart from a degenerate scale.
  const bars = rows
    .filter((r) => shown(r.count) && r.count > 0 && r.days <= 1)
    .map((r) => ({ x: toDate(r.date), y: r.count as number }));
  const spans = spanBars(rows);
  const heights = [...bars.map((b) => b.y), ...spans.map((b) => b.y)];
  const avg = rows.map((r) => ({ x: toDate(r.date), y: positive(r.avg7) ? (r.avg7 as number) : Number.NaN }));
  const top = Math.max(0, ...heights, ...rows.map((r) => (shown(r.avg7) ? r.avg7 : 0)));
  // A log axis has no zero: bars rise from the power of ten below the smallest value drawn.
  const smallest = Math.min(...heights, ...avg.filter((a) => Number.isFinite(a.y)).map((a) => a.y));
  const floor = Number.isFinite(smallest) ? 10 ** Math.floor(Math.log10(smallest)) : 1;
  const hidden = rows.filter((r) => r.count === SUPPRESSED).map((r) => ({ x: toDate(r.date) }));
  const first = rows[0];
  const last = rows.at(-1);
  const yTicks = layout.narrow ? 4 : 5;
  return {
    ...frame(first?.date, last?.date, layout, t, months),
    y:
      scale === 'log'
        ? {
            type: 'log',
            label: t.t('cases.axis.countLog'),
            grid: true,
            ticks: yTicks,
            tickFormat: valueTicks(t),
            domain: [floor, Math.max(top, floor * 10)],
          }
        : {
            type: 'linear',
            label: t.t('cases.axis.count'),
            grid: true,
            nice: true,
            zero: true,
            tickFormat: valueTicks(t),
            ...(layout.narrow ? { ticks: yTicks } : {}),
            // Counts are whole numbers: small charts get whole-number ticks only.
            ...(top === 0 ? { domain: [0, 1] } : {}),
            ...(top <= 8
              ? {
                  ticks: Array.from({ length: Math.max(1, Math.ceil(top)) + 1 }, (_, i) => i).filter(
                    (t) => !layout.narrow || top <= 4 || t % 2 === 0,
                  ),
                }
              : {}),
          },
    marks: [
      ...lagMarks(P, rows, t),
      scale === 'log'
        ? P.rectY(bars, { x: 'x', y1: floor, y2: 'y', interval: 'day', fill: BAR, inset: 0 })
        : P.rectY(bars, { x: 'x', y: 'y', interval: 'day', fill: BAR, inset: 0 }),
      ...spanMarks(P, rows, scale, floor, layout, t),
      ...(scale === 'linear' ? [P.ruleY([0])] : []),
      P.dot(hidden, { x: 'x', frameAnchor: 'bottom', r: 1.5, fill: SUPPRESSED_DOT, dy: -2 }),
      P.lineY(avg, { x: 'x', y: 'y', stroke: LINE, strokeWidth: 2.5 }),
    ],
  };
}

/** 7-day rates per 100,000, one line per series, each with its own colour and dash; words from `t`. */
export function compareChartOptions(
  P: PlotMarks,
  lines: readonly CompareLine[],
  scale: 'linear' | 'log',
  lag: { from: string; to: string } | null,
  layout: ChartLayout,
  t: Translator,
  months?: MonthNames,
): Options {
  const all = lines.flatMap((l) => l.rates);
  const dates = all.map((r) => r.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const positive = (v: Figure) => shown(v) && (scale === 'linear' || v > 0);
  const top = Math.max(0, ...all.map((r) => (shown(r.rate) ? r.rate : 0)));
  const lagRows: TrendRow[] =
    lag === null || first === undefined || lag.to < first
      ? []
      : [
          {
            date: lag.from < first ? first : lag.from,
            count: null,
            avg7: null,
            rate7: null,
            incomplete: true,
            days: 1,
          },
          { date: lag.to, count: null, avg7: null, rate7: null, incomplete: true, days: 1 },
        ];
  return {
    ...frame(first, last, layout, t, months),
    y:
      scale === 'log'
        ? {
            type: 'log',
            label: t.t(layout.narrow ? 'cases.axis.rateLogShort' : 'cases.axis.rateLog'),
            grid: true,
            ticks: layout.narrow ? 4 : 5,
            tickFormat: valueTicks(t),
          }
        : {
            type: 'linear',
            label: t.t(layout.narrow ? 'cases.axis.rateShort' : 'cases.axis.rate'),
            ...(layout.narrow ? { ticks: 4 } : {}),
            grid: true,
            nice: true,
            zero: true,
            tickFormat: valueTicks(t),
            ...(top === 0 ? { domain: [0, 1] } : {}),
          },
    marks: [
      ...lagMarks(P, lagRows, t),
      ...(scale === 'linear' ? [P.ruleY([0])] : []),
      ...lines.map((l, i) => {
        const style = COMPARE_STYLES[i % COMPARE_STYLES.length] as (typeof COMPARE_STYLES)[number];
        const data = l.rates.map((r) => ({ x: toDate(r.date), y: positive(r.rate) ? (r.rate as number) : Number.NaN }));
        return P.lineY(data, {
          x: 'x',
          y: 'y',
          stroke: style.stroke,
          strokeWidth: style.width,
          ...(style.dash === undefined ? {} : { strokeDasharray: style.dash }),
        });
      }),
    ],
  };
}
