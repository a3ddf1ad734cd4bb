/**
 * Redraws an indicator trend with the chosen areas added: the chart (with the
 * same spec as the build), one key entry and one table column per added area,
 * and the chart's title and description. Loaded on first use only: Plot is
 * the heavy part, and the build-time SVG serves until then.
 */
import { barX, dot, lineY, plot, ruleX, ruleY, tickX } from '@observablehq/plot';
import type { IndicatorFile } from '../../lib/indicator-files.ts';
import type { Formatter } from '../../lib/format.ts';
import { casesFormatter } from '../../lib/cases/cases-formatter.ts';
import { formatValue } from '../../lib/indicators/format-value.ts';
import type { IndicatorMarks } from '../../lib/indicators/indicator-chart-specs.ts';
import { styleAt } from '../../lib/line-style.ts';
import { layoutFor } from '../../lib/chart-layout.ts';
import { nameDrawing } from '../chart-svg.ts';
import {
  COMPARED_STYLES,
  comparedAreas,
  trendCompareOptions,
  trendDescription,
  trendPoints,
  trendTitle,
  type ComparedArea,
} from '../../lib/indicators/trend-compare.ts';
import { fetchJson } from '../cases/chart-data.ts';
import { lineKey } from '../line-key.ts';
import { trendTranslator } from './trend-translator.ts';
import { pageData } from '../page-messages.ts';
import { contentMark, showContent, showParts, textLanguageOf } from '../text-parts.ts';

const marks: IndicatorMarks = { barX, dot, lineY, ruleX, ruleY, tickX };

/** Draws chart element `chart` with the areas `codes` added; returns codes the file lacks. */
export async function redrawTrend(chart: HTMLElement, codes: readonly string[]): Promise<{ missing: string[] }> {
  const figures = await fetchJson<IndicatorFile>(chart.dataset['figuresUrl'] ?? '');
  const area = figures.areas.find((a) => a.code === chart.dataset['code']);
  if (area === undefined) throw new Error(`area ${chart.dataset['code'] ?? ''} is not in the figures file`);
  const benchmark = figures.benchmarks.find((b) => b.code === area.benchmark);
  const section = chart.closest<HTMLElement>('[data-chart-tabs]') ?? chart;
  const t = trendTranslator(section);
  // The page gives the benchmark's name (its own words when the area has none).
  const bname = chart.dataset['benchmarkName'] ?? benchmark?.name ?? '';
  const fmt = casesFormatter(t);
  const points = trendPoints(figures, area, benchmark);
  const { areas: others, missing } = comparedAreas(figures, codes);
  const title = trendTitle(figures, area.name, bname, others, t);
  // The same title for the table's caption, the data's and the config's text in their language.
  const languages = pageData(section.querySelector('[data-trend-messages]'));
  const mark = contentMark(languages);
  const markedTitle = trendTitle(
    { ...figures, label: mark(figures.label) },
    mark(area.name),
    bname === benchmark?.name ? mark(bname) : bname,
    others.map((o) => ({ ...o, name: mark(o.name) })),
    t,
  );
  const desc = trendDescription(figures, area.name, bname, points, others, fmt, t);

  const holder = chart.querySelector<HTMLElement>('[data-chart-svg]');
  // The build drew two versions (wide and narrow); the redraw is one, at the holder's width.
  const drawings = [...(holder?.querySelectorAll('svg[role="img"]') ?? [])];
  const old = drawings[0];
  const id = old?.querySelector('title')?.id.replace(/-title$/, '') ?? 'trend-svg';
  const layout = layoutFor(holder?.clientWidth || section.clientWidth || 0);
  const svg = plot(trendCompareOptions(marks, points, figures.unit, others, layout)) as unknown as SVGSVGElement;
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  nameDrawing(svg, id, title, desc);
  for (const d of drawings.slice(1)) d.remove();
  if (old) old.replaceWith(svg);
  else holder?.append(svg);

  const languageOf = textLanguageOf(languages);
  fillKey(chart, others, languageOf);
  const table = section.querySelector<HTMLTableElement>('[data-csv-table]');
  if (table) fillTable(table, figures, others, markedTitle, fmt, languageOf);
  return { missing };
}

function fillKey(
  chart: HTMLElement,
  others: readonly ComparedArea[],
  languageOf: (text: string) => string | undefined,
): void {
  const key = chart.querySelector('[data-chart-key]');
  if (!key) return;
  for (const li of key.querySelectorAll('[data-compared]')) li.remove();
  // After the area's and the benchmark's lines, before the limits.
  const lines = key.querySelectorAll(':scope > li:has(.key)');
  const after = lines[lines.length - 1] ?? null;
  const items = others.map((o, i) => {
    const li = document.createElement('li');
    li.dataset['compared'] = o.code;
    const key = lineKey(o.name, styleAt(COMPARED_STYLES, i));
    const lang = languageOf(o.name);
    if (lang !== undefined && lang !== document.documentElement.lang) key.lang = lang;
    li.append(key);
    return li;
  });
  if (after) after.after(...items);
  else key.append(...items);
}

function fillTable(
  table: HTMLTableElement,
  figures: IndicatorFile,
  others: readonly ComparedArea[],
  title: string,
  fmt: Formatter,
  languageOf: (text: string) => string | undefined,
): void {
  for (const c of table.querySelectorAll('[data-compared]')) c.remove();
  const caption = table.querySelector('caption');
  if (caption) showParts(caption, title);
  const head = table.tHead?.rows[0];
  for (const o of others) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.className = 'num';
    th.dataset['compared'] = o.code;
    th.dataset['csv'] = `${o.name} (${o.code})`;
    showContent(th, o.name, languageOf(o.name));
    head?.append(th);
  }
  const body = table.tBodies[0];
  [...(body?.rows ?? [])].forEach((row, p) => {
    for (const o of others) {
      const v = o.values[p] ?? null;
      const td = document.createElement('td');
      td.className = 'num';
      td.dataset['compared'] = o.code;
      td.dataset['value'] = v === null ? '' : String(v);
      td.textContent = formatValue(v, figures.unit, figures.decimals, fmt);
      row.append(td);
    }
  });
}
