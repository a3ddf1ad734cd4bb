/**
 * Download buttons of the indicator charts: the CSV is the chart's table as
 * shown (raw values from each cell's `data-value`, else its text), the SVG and
 * PNG the chart as drawn (the drawing on screen, wide or narrow). Also turns the period list into a menu that goes to
 * the chosen period's page.
 */
import { toCsv } from '../../lib/csv.ts';
import { saveBlob } from '../download-file.ts';
import { shownChartSvg } from '../chart-svg.ts';

export function enhanceIndicatorChart(section: HTMLElement): void {
  if (section.dataset['downloadsWired'] === 'yes') return;
  section.dataset['downloadsWired'] = 'yes';
  const fileName = section.dataset['fileName'] ?? 'indicator';
  for (const b of section.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    b.addEventListener('click', () => {
      const kind = b.dataset['download'];
      if (kind === 'csv') {
        const table = section.querySelector<HTMLTableElement>('[data-csv-table]');
        if (table) saveBlob(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
        return;
      }
      const svg = shownChartSvg(section);
      if (svg && (kind === 'svg' || kind === 'png')) {
        void import('../chart-image.ts').then(({ saveChartImage }) => saveChartImage(svg, kind, fileName));
      }
    });
  }
}

/** The table's header row and body rows as CSV (formula-safe, via the shared writer). */
export function tableCsv(table: HTMLTableElement): string {
  const cellText = (c: Element) => (c as HTMLElement).dataset['value'] ?? (c.textContent ?? '').trim();
  const head = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => (c as HTMLElement).dataset['csv'] ?? cellText(c));
  const rows = [...(table.tBodies[0]?.rows ?? [])].map((r) => [...r.cells].map(cellText));
  return toCsv(head, rows);
}

/** A `<select>` of periods whose options are page addresses: choosing one goes there. */
export function enhancePeriodMenu(root: HTMLElement): void {
  const select = root.querySelector<HTMLSelectElement>('[data-period-select]');
  const button = root.querySelector<HTMLButtonElement>('[data-period-go]');
  root.querySelector<HTMLElement>('[data-period-menu]')?.removeAttribute('hidden');
  button?.addEventListener('click', () => {
    if (select?.value) window.location.assign(select.value);
  });
}
