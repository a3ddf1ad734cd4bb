/**
 * Downloads of what a chart shows, made on the device: CSV of its rows (the same
 * rows as the table), the SVG as drawn (the drawing on screen), and a PNG of it at twice the size.
 * Suppressed figures are written "suppressed", missing ones left empty.
 */
import { SUPPRESSED, type Figure } from '../../lib/manifest.ts';
import { chartData, type ChartData } from './chart-data.ts';
import { toCsv } from '../../lib/csv.ts';
import { saveBlob } from '../download-file.ts';
import { saveChartImage } from '../chart-image.ts';
import { shownChartSvg } from '../chart-svg.ts';
import type { CasesPageState } from './page-state.ts';
import { casesTranslator } from './messages.ts';

export function csvOf(data: ChartData): string {
  const v = (f: Figure) => (f === null ? '' : f === SUPPRESSED ? 'suppressed' : f);
  if (data.kind === 'trend') {
    return toCsv(
      ['date', 'count', 'days_covered', 'average_7_day', 'rate_per_100k_7_day', 'incomplete'],
      data.rows.map((r) => [r.date, v(r.count), r.days, v(r.avg7), v(r.rate7), r.incomplete ? 'yes' : 'no']),
    );
  }
  const n = data.lines[0]?.rates.length ?? 0;
  return toCsv(
    ['date', ...data.lines.map((l) => casesTranslator().t('cases.compare.csvColumn', { area: l.name, code: l.code }))],
    Array.from({ length: n }, (_, k) => [
      data.lines[0]?.rates[k]?.date ?? '',
      ...data.lines.map((l) => v(l.rates[k]?.rate ?? null)),
    ]),
  );
}

export async function download(
  kind: 'csv' | 'svg' | 'png',
  el: HTMLElement,
  state: CasesPageState,
  fileName: string,
): Promise<void> {
  if (kind === 'csv') {
    saveBlob(new Blob([csvOf(await chartData(el, state))], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
    return;
  }
  const svg = shownChartSvg(el);
  if (svg) await saveChartImage(svg, kind, fileName);
}
