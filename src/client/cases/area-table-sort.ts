/**
 * The rate map's area table made sortable: the column buttons are shown, each
 * sorts (again: reverses), and `aria-sort` and the caption say the order. A table
 * capped at `data-cap` rows is a window over every area: each sort (and each week)
 * redraws its rows from `source`, the first `cap` areas in the chosen order.
 */
import { SUPPRESSED } from '../../lib/manifest.ts';
import { compareAreaRows, nextSortDirection, type SortDirection, type SortValue } from '../../lib/cases/area-sort.ts';
import { sortAreaRows, type AreaTableColumn, type AreaTableRow } from '../../lib/cases/area-table-rows.ts';
import type { Formatter } from '../../lib/format.ts';
import type { MessageKey } from '../../lib/i18n/catalogue.ts';
import { casesTranslator } from './messages.ts';

const COLUMNS: Readonly<Record<string, number>> = { name: 0, total: 1, rate: 2, rank: 3 };

/** Where a capped table's rows come from: every area's figures for the week shown. */
export interface AreaRowSource {
  rows: () => AreaTableRow[];
  /** Page address of an area, e.g. "/disease/x/y/E06000001/". */
  href: (code: string) => string;
  fmt: Formatter;
  /** The area chosen on the map ('' for none): given its own row, marked, when the window does not hold it. */
  chosen?: () => string;
}

/** Marks the row a capped table adds for the area chosen on the map. */
export const EXTRA_ROW = 'data-chosen-extra';

/** Enables sorting on `table`; returns a function that sorts the rows again (after their figures change). */
export function enhanceAreaTableSort(table: HTMLTableElement, source?: AreaRowSource): () => void {
  const initial = table.querySelector<HTMLElement>('thead th[aria-sort]');
  const sort: { key: string; dir: SortDirection } = {
    key: initial?.dataset['col'] ?? 'name',
    dir: initial?.getAttribute('aria-sort') === 'descending' ? 'descending' : 'ascending',
  };
  const cap = Number(table.dataset['cap'] ?? '0');
  const total = Number(table.dataset['areaCount'] ?? '0');
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
  let extraShown = false;
  function resort(): void {
    const body = table.tBodies[0];
    if (!body) return;
    if (cap > 0 && source) {
      const all = source.rows();
      const rows = sortAreaRows(all, sort.key as AreaTableColumn, sort.dir, cap);
      const chosen = source.chosen?.() ?? '';
      const extra =
        chosen !== '' && !rows.some((r) => r.code === chosen) ? all.find((r) => r.code === chosen) : undefined;
      if (rows.length > 0)
        body.replaceChildren(
          ...rows.map((r) => rowElement(r, source)),
          ...(extra ? [extraRow(extra, source, table)] : []),
        );
      extraShown = extra !== undefined;
    } else {
      const col = COLUMNS[sort.key] ?? 0;
      const value = (tr: HTMLTableRowElement): SortValue => {
        if (col === 0) return tr.cells[0]?.textContent ?? '';
        const v = tr.cells[col]?.dataset['v'] ?? '';
        return v === '' || v === String(SUPPRESSED) ? null : Number(v);
      };
      const name = (tr: HTMLTableRowElement) => tr.cells[0]?.textContent ?? '';
      const rows = [...body.rows].sort((a, b) => compareAreaRows(value(a), value(b), name(a), name(b), sort.dir));
      body.append(...rows);
    }
    for (const th of table.querySelectorAll<HTMLElement>('thead th')) {
      if (th.dataset['col'] === sort.key) th.setAttribute('aria-sort', sort.dir);
      else th.removeAttribute('aria-sort');
    }
    const caption = table.querySelector('[data-sort-caption]');
    const t = casesTranslator();
    const column = t.t(`cases.table.sortKey.${sort.key as AreaTableColumn}` satisfies MessageKey);
    const up = sort.dir === 'ascending';
    if (caption)
      caption.textContent =
        cap > 0 && source
          ? t.t(up ? 'cases.table.firstAscending' : 'cases.table.firstDescending', {
              count: source.fmt.count(Math.min(cap, total)),
              total: source.fmt.count(total),
              column,
            }) + (extraShown ? t.t('cases.table.chosenBelow') : '')
          : t.t(up ? 'cases.table.sortedAscending' : 'cases.table.sortedDescending', { column });
  }
  return resort;
}

/** Id of the words that describe the chosen area's added row ("chosen on the map"). */
const CHOSEN_NOTE = 'area-table-chosen-note';

/**
 * The chosen area's row under a capped table's window. Its header cell holds the area's name only
 * (the row's name for a screen reader, as in every other row); the caption says the row is there, the
 * rule above it sets it apart, and its link is described as chosen on the map.
 */
function extraRow(r: AreaTableRow, source: AreaRowSource, table: HTMLTableElement): HTMLTableRowElement {
  const tr = rowElement(r, source);
  tr.setAttribute(EXTRA_ROW, '');
  if (document.getElementById(CHOSEN_NOTE) === null) {
    const note = document.createElement('span');
    note.id = CHOSEN_NOTE;
    note.hidden = true;
    note.textContent = casesTranslator().t('cases.table.chosenRow');
    table.after(note);
  }
  tr.querySelector('th a')?.setAttribute('aria-describedby', CHOSEN_NOTE);
  return tr;
}

function rowElement(r: AreaTableRow, source: AreaRowSource): HTMLTableRowElement {
  const { fmt } = source;
  const tr = document.createElement('tr');
  tr.dataset['code'] = r.code;
  const th = document.createElement('th');
  th.scope = 'row';
  const a = document.createElement('a');
  a.href = source.href(r.code);
  a.textContent = r.name;
  th.append(a);
  tr.append(th);
  const cells: [AreaTableRow['total'], string][] = [
    [r.total, fmt.count(r.total)],
    [r.rate, fmt.decimal(r.rate, 1)],
    [r.rank, r.rank === null ? '—' : String(r.rank)],
  ];
  for (const [v, text] of cells) {
    const td = document.createElement('td');
    td.className = 'num';
    td.dataset['v'] = v === null ? '' : String(v);
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}
