/**
 * The rate map's area table made sortable: the column buttons are shown, each
 * sorts (again: reverses), and `aria-sort` and the caption say the order.
 */
import { SUPPRESSED } from '../../lib/manifest.ts';
import { compareAreaRows, nextSortDirection, type SortDirection, type SortValue } from '../../lib/cases/area-sort.ts';

const COLUMNS: Readonly<Record<string, number>> = { name: 0, total: 1, rate: 2, rank: 3 };

/** Enables sorting on `table`; returns a function that sorts the rows again (after their figures change). */
export function enhanceAreaTableSort(table: HTMLTableElement): () => void {
  const sort: { key: string; dir: SortDirection } = { key: 'name', dir: 'ascending' };
  table.closest('.area-table')?.classList.add('enhanced');
  for (const b of table.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
    b.hidden = false;
    b.addEventListener('click', () => {
      const key = b.dataset['sort'] ?? 'name';
      sort.dir = nextSortDirection(sort, key);
      sort.key = key;
      resort();
    });
  }
  function resort(): void {
    const body = table.tBodies[0];
    if (!body) return;
    const col = COLUMNS[sort.key] ?? 0;
    const value = (tr: HTMLTableRowElement): SortValue => {
      if (col === 0) return tr.cells[0]?.textContent ?? '';
      const v = tr.cells[col]?.dataset['v'] ?? '';
      return v === '' || v === String(SUPPRESSED) ? null : Number(v);
    };
    const name = (tr: HTMLTableRowElement) => tr.cells[0]?.textContent ?? '';
    const rows = [...body.rows].sort((a, b) => compareAreaRows(value(a), value(b), name(a), name(b), sort.dir));
    body.append(...rows);
    for (const th of table.querySelectorAll<HTMLElement>('thead th')) {
      if (th.dataset['col'] === sort.key) th.setAttribute('aria-sort', sort.dir);
      else th.removeAttribute('aria-sort');
    }
    const caption = table.querySelector('[data-sort-caption]');
    const label = table.querySelector(`th[data-col="${sort.key}"] .label`)?.textContent ?? sort.key;
    if (caption) caption.textContent = `, sorted by ${label.toLowerCase()}, ${sort.dir}`;
  }
  return resort;
}
