/**
 * Downloads of what a chart shows, made on the device: CSV of its rows (the same
 * rows as the table), the SVG as drawn, and a PNG of it at twice the size.
 * Suppressed figures are written "suppressed", missing ones left empty.
 */
import { SUPPRESSED, type Figure } from '../../lib/manifest.ts';
import { chartData, type ChartData } from './chart-data.ts';
import { toCsv } from '../../lib/csv.ts';
import { saveBlob } from '../download-file.ts';
import type { CasesPageState } from './page-state.ts';

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
    ['date', ...data.lines.map((l) => `${l.name} (${l.code}) rate per 100k 7 day`)],
    Array.from({ length: n }, (_, k) => [
      data.lines[0]?.rates[k]?.date ?? '',
      ...data.lines.map((l) => v(l.rates[k]?.rate ?? null)),
    ]),
  );
}

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Plot's styles live in a <style> inside the SVG; add a white background and the page font.
  // Through the style object, not a style attribute: the page's content security policy refuses new inline styles.
  copy.style.background = '#fff';
  copy.style.fontFamily = 'system-ui,sans-serif';
  copy.style.fontSize = '13px';
  return new XMLSerializer().serializeToString(copy);
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
  const svg = el.querySelector<SVGSVGElement>('[data-chart-svg] svg');
  if (!svg) return;
  const text = svgText(svg);
  if (kind === 'svg') {
    saveBlob(new Blob([text], { type: 'image/svg+xml' }), `${fileName}.svg`);
    return;
  }
  const width = Number(svg.getAttribute('width')) || 640;
  const height = Number(svg.getAttribute('height')) || 320;
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(img.src);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (blob) saveBlob(blob, `${fileName}.png`);
}
