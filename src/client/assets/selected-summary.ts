/** The selected asset's summary beside the map: what it is, where, and a link to its page. */
import { assetAt, categoryAt, fieldWord, labelOf, secondLine, type Estate } from '../../lib/assets/estate.ts';
import type { AssetsTable } from '../../lib/assets-files.ts';
import { statusBadge } from './status-icon.ts';

export function renderSelected(
  panel: HTMLElement,
  e: Estate,
  k: number | null,
  o: { assetUrl(t: AssetsTable, i: number): string | null; fmtSize(n: number): string; onClear(): void },
): void {
  if (k === null) {
    panel.replaceChildren();
    panel.hidden = true;
    return;
  }
  const { table: t, index: i } = assetAt(e, k);
  const h = document.createElement('h3');
  h.textContent = labelOf(t, i);
  const dl = document.createElement('dl');
  const dict = (list: string[], c: number | undefined): string => (c === undefined || c < 0 ? '' : (list[c] ?? ''));
  const size = t.size[i];
  const rows: [string, string | Node][] = [
    [t.words?.labels['status'] ?? fieldWord(e, 'status', 'Status'), statusBadge(categoryAt(e, k))],
    [
      'Address',
      [secondLine(t, i), t.postcode[i] ?? ''].filter((v) => v !== '' && !labelOf(t, i).includes(v)).join(', '),
    ],
    ['Area', e.dict.area[e.area[k] as number]?.name ?? ''],
    ['Size', size == null ? '' : `${o.fmtSize(size)} ${t.sizeUnit}`],
    ['Tenure', dict(t.dict.tenure, t.tenure[i])],
    ['Holding type', dict(t.dict.holding, t.holding[i])],
    ['Owner', dict(t.dict.owner, t.owner[i])],
    ['Source', e.sources[e.source[k] as number]?.title ?? ''],
    ['Reference', t.id[i] ?? ''],
  ];
  for (const [label, value] of rows) {
    if (value === '') continue;
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.append(value);
    dl.append(dt, dd);
  }
  const actions = document.createElement('p');
  actions.className = 'selected-actions';
  const href = o.assetUrl(t, i);
  if (href !== null) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = 'Open its page (details, print, nomination)';
    actions.append(a, ' ');
  }
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = 'Clear selection';
  clear.addEventListener('click', o.onClear);
  actions.append(clear);
  panel.replaceChildren(h, dl, actions);
  panel.hidden = false;
}
