/** The selected asset's summary beside the map: what it is, where, and a link to its page. */
import { assetAt, categoryAt, fieldWord, labelOf, secondLine, type Estate } from '../../lib/assets/estate.ts';
import type { AssetsTable } from '../../lib/assets-files.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { statusBadge } from './status-icon.ts';

export function renderSelected(
  panel: HTMLElement,
  e: Estate,
  k: number | null,
  o: {
    assetUrl(t: AssetsTable, i: number): string | null;
    fmtSize(n: number, unit: string): string;
    t: Pick<Translator, 't'>;
    onClear(): void;
  },
): void {
  if (k === null) {
    panel.replaceChildren();
    panel.hidden = true;
    return;
  }
  const { table: t, index: i } = assetAt(e, k);
  const tr = o.t;
  const label = labelOf(t, i, tr);
  const h = document.createElement('h3');
  h.textContent = label;
  const dl = document.createElement('dl');
  const dict = (list: string[], c: number | undefined): string => (c === undefined || c < 0 ? '' : (list[c] ?? ''));
  const size = t.size[i];
  const rows: [string, string | Node][] = [
    [t.words?.labels['status'] ?? fieldWord(e, 'status', tr.t('assets.field.status')), statusBadge(categoryAt(e, k))],
    [
      tr.t('assets.field.address'),
      [secondLine(t, i), t.postcode[i] ?? ''].filter((v) => v !== '' && !label.includes(v)).join(', '),
    ],
    [tr.t('assets.field.area'), e.dict.area[e.area[k] as number]?.name ?? ''],
    [tr.t('assets.field.size'), size == null ? '' : o.fmtSize(size, t.sizeUnit)],
    [tr.t('assets.field.tenure'), dict(t.dict.tenure, t.tenure[i])],
    [tr.t('assets.field.holdingType'), dict(t.dict.holding, t.holding[i])],
    [tr.t('assets.field.owner'), dict(t.dict.owner, t.owner[i])],
    [tr.t('assets.field.source'), e.sources[e.source[k] as number]?.title ?? ''],
    [tr.t('assets.field.reference'), t.id[i] ?? ''],
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
    a.textContent = tr.t('assets.selected.open');
    actions.append(a, ' ');
  }
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = tr.t('assets.selected.clear');
  clear.addEventListener('click', o.onClear);
  actions.append(clear);
  panel.replaceChildren(h, dl, actions);
  panel.hidden = false;
}
