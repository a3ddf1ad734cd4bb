/**
 * Observable Plot options for the cases charts, built from the Plot functions
 * passed in: the build passes the whole module (charts render to SVG without
 * JavaScript), the browser passes only the marks it imported (small bundle).
 * Both draw the same chart from the same rows.
 */
import type * as PlotModule from '@observablehq/plot';
import { SUPPRESSED, isPublished, type Figure } from '../manifest.ts';
import { dayNumber, isoDay } from '../day-number.ts';
import type { CompareLine, TrendRow } from './trend-rows.ts';

export type PlotMarks = Pick<typeof PlotModule, 'rectY' | 'lineY' | 'rect' | 'ruleY' | 'dot' | 'text'>;
type Options = Omit<PlotModule.PlotOptions, 'document'>;

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
export const MARGIN = { left: 56, right: 16, top: 28, bottom: 36 };
/** Fill of days still incomplete because of reporting lag. */
export const LAG_FILL = '#e4e7ec';
const BAR = '#7fa7d1';
const LINE = '#0b3d91';
const SUPPRESSED_DOT = '#6b7280';
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

/** Size, margins, type and the time axis that every cases chart shares. */
function frame(first: string | undefined, last: string | undefined) {
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    style: { fontSize: '13px', overflow: 'visible' },
    x: {
      type: 'utc' as const,
      ...(first && last ? { domain: [toDate(first), nextDay(last)] } : {}),
      label: null,
      ticks: 6,
    },
  };
}

function lagMarks(P: PlotMarks, rows: readonly TrendRow[]) {
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
      text: () => 'Incomplete',
      textAnchor: 'end',
      fill: '#3b3f46',
    }),
  ];
}

/** Daily counts as bars and the 7-day average as a line; lagged days shaded and labelled. */
export function trendChartOptions(P: PlotMarks, rows: readonly TrendRow[], scale: 'linear' | 'log'): Options {
  const positive = (v: Figure) => shown(v) && (scale === 'linear' || v > 0);
  // Zero-height bars draw nothing; leaving them out keeps an all-zero chart from a degenerate scale.
  const bars = rows
    .filter((r) => shown(r.count) && r.count > 0)
    .map((r) => ({ x: toDate(r.date), y: r.count as number }));
  const avg = rows.map((r) => ({ x: toDate(r.date), y: positive(r.avg7) ? (r.avg7 as number) : Number.NaN }));
  const top = Math.max(0, ...bars.map((b) => b.y), ...rows.map((r) => (shown(r.avg7) ? r.avg7 : 0)));
  // A log axis has no zero: bars rise from the power of ten below the smallest value drawn.
  const smallest = Math.min(...bars.map((b) => b.y), ...avg.filter((a) => Number.isFinite(a.y)).map((a) => a.y));
  const floor = Number.isFinite(smallest) ? 10 ** Math.floor(Math.log10(smallest)) : 1;
  const hidden = rows.filter((r) => r.count === SUPPRESSED).map((r) => ({ x: toDate(r.date) }));
  const first = rows[0];
  const last = rows.at(-1);
  return {
    ...frame(first?.date, last?.date),
    y:
      scale === 'log'
        ? {
            type: 'log',
            label: 'Count (log scale)',
            grid: true,
            ticks: 5,
            tickFormat: ',~f',
            domain: [floor, Math.max(top, floor * 10)],
          }
        : {
            type: 'linear',
            label: 'Count',
            grid: true,
            nice: true,
            zero: true,
            tickFormat: ',~f',
            // Counts are whole numbers: small charts get whole-number ticks only.
            ...(top === 0 ? { domain: [0, 1] } : {}),
            ...(top <= 8 ? { ticks: Array.from({ length: Math.max(1, Math.ceil(top)) + 1 }, (_, i) => i) } : {}),
          },
    marks: [
      ...lagMarks(P, rows),
      scale === 'log'
        ? P.rectY(bars, { x: 'x', y1: floor, y2: 'y', interval: 'day', fill: BAR, inset: 0 })
        : P.rectY(bars, { x: 'x', y: 'y', interval: 'day', fill: BAR, inset: 0 }),
      ...(scale === 'linear' ? [P.ruleY([0])] : []),
      P.dot(hidden, { x: 'x', frameAnchor: 'bottom', r: 1.5, fill: SUPPRESSED_DOT, dy: -2 }),
      P.lineY(avg, { x: 'x', y: 'y', stroke: LINE, strokeWidth: 2.5 }),
    ],
  };
}

/** 7-day rates per 100,000, one line per series, each with its own colour and dash. */
export function compareChartOptions(
  P: PlotMarks,
  lines: readonly CompareLine[],
  scale: 'linear' | 'log',
  lag: { from: string; to: string } | null,
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
    ...frame(first, last),
    y:
      scale === 'log'
        ? { type: 'log', label: 'Rate per 100,000 (log scale)', grid: true, ticks: 5, tickFormat: ',~f' }
        : {
            type: 'linear',
            label: 'Rate per 100,000',
            grid: true,
            nice: true,
            zero: true,
            tickFormat: ',~f',
            ...(top === 0 ? { domain: [0, 1] } : {}),
          },
    marks: [
      ...lagMarks(P, lagRows),
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
