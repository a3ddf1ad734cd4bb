/**
 * Redraws a chart, its key and its table in the browser for a new state. Loaded
 * on the first change of a control only: Observable Plot is the heavy part of
 * the page's JavaScript, and the build-time SVG serves until then. The chart is
 * drawn at its container's width (the phone layout below 540 px), replacing the
 * build's two drawings; with nothing to draw it says so instead.
 */
import { dot, lineY, plot, rect, rectY, ruleY, text } from '@observablehq/plot';
import type { Formatter } from '../../lib/format.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { casesFormatter } from '../../lib/cases/cases-formatter.ts';
import { compareChartOptions, trendChartOptions, COMPARE_STYLES, type PlotMarks } from '../../lib/cases/chart-specs.ts';
import {
  compareDescription,
  emptyCompareText,
  emptyTrendText,
  hasCompareData,
  hasTrendData,
  trendDescription,
} from '../../lib/cases/chart-text.ts';
import { layoutFor } from '../../lib/chart-layout.ts';
import { chartData, type ChartData } from './chart-data.ts';
import type { CasesPageState } from './page-state.ts';
import { dayNumber, isoDay } from '../../lib/day-number.ts';
import { countCell } from '../../lib/cases/trend-rows.ts';
import { styleAt } from '../../lib/line-style.ts';
import { lineKey } from '../line-key.ts';
import { nameDrawing } from '../chart-svg.ts';
import { casesMonths, casesTranslator } from './messages.ts';

const marks: PlotMarks = { dot, lineY, rect, rectY, ruleY, text };

export async function redrawChart(el: HTMLElement, state: CasesPageState): Promise<ChartData> {
  const data = await chartData(el, state);
  const t = casesTranslator();
  const months = casesMonths();
  const fmt = casesFormatter(t, months);
  const holder = el.querySelector<HTMLElement>('[data-chart-svg]');
  const drawings = [...(holder?.querySelectorAll('svg[role="img"]') ?? [])];
  const old = drawings[0];
  const id = old?.querySelector('title')?.id.replace(/-title$/, '') ?? el.dataset['chartId'] ?? 'chart';
  // A chart in a hidden tab has no width of its own: draw it for the tabs' width.
  const layout = layoutFor(holder?.clientWidth || el.closest<HTMLElement>('[data-chart-tabs]')?.clientWidth || 0);
  let svg: SVGSVGElement | null;
  let title: string;
  let desc: string;
  if (data.kind === 'trend') {
    svg = hasTrendData(data.rows)
      ? (plot(trendChartOptions(marks, data.rows, state.scale, layout, t, months)) as unknown as SVGSVGElement)
      : null;
    title =
      old?.querySelector('title')?.textContent ?? t.t('cases.trend.title', { unit: data.unit, place: data.place });
    desc = trendDescription(data.rows, data.unit, fmt, t);
    showEmpty(el, svg === null ? emptyTrendText(data.rows, data.unit, fmt, t) : null);
    fillTrendTable(el, data, fmt, t);
  } else {
    const completeUntil = el.dataset['completeUntil'] ?? '';
    const lastDate = el.dataset['lastDate'] ?? '';
    const lag =
      completeUntil && lastDate && completeUntil < lastDate
        ? { from: isoDay(dayNumber(completeUntil) + 1), to: lastDate }
        : null;
    svg = hasCompareData(data.lines)
      ? (plot(compareChartOptions(marks, data.lines, state.scale, lag, layout, t, months)) as unknown as SVGSVGElement)
      : null;
    title = t.t('cases.compare.title', { places: data.lines.map((l) => l.name).join(', ') });
    desc = compareDescription(data.lines, fmt, t);
    showEmpty(el, svg === null ? emptyCompareText(t) : null);
    fillCompareKey(el, data);
    fillCompareTable(el, data, fmt, t);
  }
  if (svg === null) {
    for (const d of drawings) d.remove();
    return data;
  }
  nameDrawing(svg, id, title, desc);
  holder?.replaceChildren(svg);
  return data;
}

/** Shows `text` in the chart's "nothing to draw" line, or hides the line when `text` is null. */
function showEmpty(el: HTMLElement, text: string | null): void {
  const p = el.querySelector<HTMLElement>('[data-chart-empty]');
  if (!p) return;
  p.textContent = text ?? '';
  p.hidden = text === null;
}

function section(el: HTMLElement): HTMLElement {
  return el.closest<HTMLElement>('[data-chart-tabs]') ?? el;
}

function cell(tag: 'td' | 'th', text: string, cls?: string): HTMLElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (cls) c.className = cls;
  return c;
}

function dateCell(text: string): HTMLElement {
  const th = cell('th', text);
  th.setAttribute('scope', 'row');
  return th;
}

function fillTrendTable(
  el: HTMLElement,
  data: Extract<ChartData, { kind: 'trend' }>,
  fmt: Formatter,
  t: Translator,
): void {
  const table = section(el).querySelector('[data-trend-table]');
  const body = table?.querySelector('tbody');
  if (!table || !body) return;
  const first = data.rows[0];
  const last = data.rows.at(-1);
  const caption = table.querySelector('caption');
  const about = { unit: data.unit, place: data.place };
  if (caption)
    caption.textContent =
      first && last
        ? t.t('cases.trend.caption', { ...about, from: fmt.date(first.date), to: fmt.date(last.date) })
        : t.t('cases.trend.title', about);
  const rows = [...data.rows].reverse().map((r) => {
    const tr = document.createElement('tr');
    tr.dataset['date'] = r.date;
    tr.append(
      dateCell(
        r.incomplete ? t.t('cases.trend.incompleteDay', { date: fmt.shortDate(r.date) }) : fmt.shortDate(r.date),
      ),
      cell('td', countCell(fmt.count(r.count), r.days, r.spanAreas, t)),
      cell('td', fmt.decimal(r.avg7, 1)),
      cell('td', fmt.decimal(r.rate7, 1)),
    );
    return tr;
  });
  body.replaceChildren(...rows);
}

function fillCompareTable(
  el: HTMLElement,
  data: Extract<ChartData, { kind: 'compare' }>,
  fmt: Formatter,
  t: Translator,
): void {
  const table = section(el).querySelector('[data-compare-table]');
  const head = table?.querySelector('thead tr');
  const body = table?.querySelector('tbody');
  if (!head || !body) return;
  const date = cell('th', t.t('cases.trend.date'));
  date.setAttribute('scope', 'col');
  head.replaceChildren(
    date,
    ...data.lines.map((l) => {
      const th = cell('th', l.name, 'num');
      th.setAttribute('scope', 'col');
      return th;
    }),
  );
  const n = data.lines[0]?.rates.length ?? 0;
  const rows: HTMLElement[] = [];
  for (let k = n - 1; k >= 0; k--) {
    const iso = data.lines[0]?.rates[k]?.date ?? '';
    const tr = document.createElement('tr');
    tr.dataset['date'] = iso;
    tr.append(
      dateCell(fmt.shortDate(iso)),
      ...data.lines.map((l) => cell('td', fmt.decimal(l.rates[k]?.rate ?? null, 1))),
    );
    rows.push(tr);
  }
  body.replaceChildren(...rows);
}

function fillCompareKey(el: HTMLElement, data: Extract<ChartData, { kind: 'compare' }>): void {
  const key = el.querySelector('[data-compare-key]');
  if (!key) return;
  const lag = key.querySelector('.swatch.lag')?.parentElement ?? null;
  const items = data.lines.map((l, i) => lineKey(l.name, styleAt(COMPARE_STYLES, i)));
  key.replaceChildren(...items, ...(lag ? [lag] : []));
}
