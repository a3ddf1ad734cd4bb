/**
 * Observable Plot options for a dataset's row accounting: one bar for the rows
 * accepted and one per rejection reason, each labelled above its bar (not in a
 * left margin) so the chart stays legible when a phone scales it down. A wide
 * file's dataset (`unit: "cells"`) is counted, and labelled, in cells. Rows the config's `rows`
 * filter left out have a bar of their own, in grey: they are neither accepted nor rejected.
 */
import type * as PlotModule from '@observablehq/plot';
import type { QualityReport } from './manifest.ts';
import type { Formatter } from './format.ts';
import type { Translator } from './i18n/translator.ts';
import { rowReasonMessage } from './data-reason-message.ts';

export type RowAccountingMarks = Pick<typeof PlotModule, 'barX' | 'text' | 'ruleX'>;
type Options = Omit<PlotModule.PlotOptions, 'document'>;

const ACCEPTED = '#1e6b34';
const REJECTED = '#b3261e';
const LEFT_OUT = '#5f6368';

/** One bar: its label, its count, and whether it counts the rows accepted (or those left out by the config). */
export interface RowAccountingBar {
  outcome: string;
  count: number;
  accepted: boolean;
  leftOut?: boolean;
}

/** The bars, in order: accepted first, then the reasons as `rejectedByReason` orders them, then any rows left out. */
export function rowAccountingBars(q: QualityReport, t: Translator): RowAccountingBar[] {
  return [
    { outcome: t.t('common.accounting.barAccepted'), count: q.accepted, accepted: true },
    ...q.rejectedByReason.map((r) => ({
      outcome: t.t('common.accounting.barRejected', { reason: rowReasonMessage(r.reason, r.reasonCoded, t) }),
      count: r.count,
      accepted: false,
    })),
    ...((q.leftOut ?? 0) > 0
      ? [{ outcome: t.t('common.accounting.barLeftOut'), count: q.leftOut ?? 0, accepted: false, leftOut: true }]
      : []),
  ];
}

/** True when rejections are few (under 1 in 50 rows, or cells, accepted): the axis is compressed (symlog) so they stay visible. */
export function rowAccountingCompressed(q: QualityReport): boolean {
  return q.rejected > 0 && q.accepted / Math.max(1, q.rejected) > 50;
}

/** Bars of rows accepted and rejected by reason, on a compressed axis when rejections are few. */
export function rowAccountingChartOptions(
  P: RowAccountingMarks,
  q: QualityReport,
  fmt: Formatter,
  t: Translator,
): Options {
  const bars = rowAccountingBars(q, t);
  const rows = t.t(q.unit === 'cells' ? 'common.accounting.cells.unit' : 'common.accounting.rows');
  const symlog = rowAccountingCompressed(q);
  // On a compressed axis, ticks at powers of ten; linear ticks there would pile up at the right.
  const powers = [0, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000].filter(
    (t) => t <= Math.max(q.accepted, q.rejected, q.leftOut ?? 0),
  );
  return {
    width: 480,
    height: 30 + bars.length * 44,
    marginLeft: 8,
    marginRight: 64,
    marginTop: 24,
    style: { fontSize: '13px' },
    x: symlog
      ? { label: rows, grid: true, type: 'symlog', ticks: powers, tickFormat: (d: number) => fmt.count(d) }
      : { label: rows, grid: true, ticks: 4, tickFormat: (d: number) => fmt.count(d) },
    y: { axis: null, domain: bars.map((b) => b.outcome), paddingInner: 0.55, paddingOuter: 0.3 },
    marks: [
      P.barX(bars, {
        x: 'count',
        y: 'outcome',
        fill: (d: RowAccountingBar) => (d.accepted ? ACCEPTED : d.leftOut === true ? LEFT_OUT : REJECTED),
      }),
      P.text(bars, {
        x: 0,
        y: 'outcome',
        text: 'outcome',
        dx: 3,
        dy: -12,
        lineAnchor: 'bottom',
        textAnchor: 'start',
        fill: 'currentColor',
      }),
      P.text(bars, {
        x: 'count',
        y: 'outcome',
        text: (d: { count: number }) => fmt.count(d.count),
        dx: 6,
        textAnchor: 'start',
      }),
      P.ruleX([0]),
    ],
  };
}

/** The chart's text alternative: the tally in one sentence (the table below has each reason), in rows or cells. */
export function rowAccountingDescription(q: QualityReport, t: Translator): string {
  const text = t.t(q.unit === 'cells' ? 'common.accounting.cells.description' : 'common.accounting.description', {
    rows: q.rowsIn,
    accepted: q.accepted,
    rejected: q.rejected,
  });
  if ((q.leftOut ?? 0) === 0) return text;
  return `${text} ${t.t('common.accounting.descriptionLeftOut', { leftOut: q.leftOut ?? 0 })}`;
}
