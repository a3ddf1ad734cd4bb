/**
 * The list of matching assets, a page at a time: each entry links to the
 * asset's page and has a "Show on map" button; the selected asset is marked.
 * Plain links, buttons and headings, so it works with a keyboard and a screen
 * reader without the map.
 */
import { assetAt, categoryAt, labelOf, secondLine, type Estate } from '../../lib/assets/estate.ts';
import type { AssetsTable } from '../../lib/assets-files.ts';
import { PAGE_SIZE } from '../../lib/assets/match-summary.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { unplacedReason } from '../../lib/assets/unplaced-reason.ts';
import { statusBadge } from './status-icon.ts';
import { partNodes, textLanguageOf, type TextLanguages } from '../text-parts.ts';

export interface ResultsListOptions {
  list: HTMLOListElement;
  pager: HTMLElement;
  /** Focused after a page change, so reading continues at the top of the list. */
  heading: HTMLElement;
  estate: Estate;
  /** The record's page, or null when it has none. */
  assetUrl(t: AssetsTable, i: number): string | null;
  fmtCount(n: number): string;
  /** A size with its unit, as `formatAssetSize` writes it. */
  fmtSize(n: number, unit: string): string;
  t: Pick<Translator, 't'>;
  /** Where the records' names and addresses, and the config's titles, are in another language than the page's: they are marked with it. */
  languages: TextLanguages;
  onShow(k: number): void;
  onPage(page: number): void;
}

export interface ResultsList {
  /** Renders page `page` (clamped) of `ordered`; returns the page shown. */
  render(ordered: Uint32Array, page: number, selected: number | null): number;
  /** Marks the selected asset if it is on the page shown. */
  mark(selected: number | null): void;
}

export function createResultsList(o: ResultsListOptions): ResultsList {
  const e = o.estate;
  const tr = o.t;
  const languageOf = textLanguageOf(o.languages);
  const dataLanguage = o.languages.dataLanguage;
  const part = (text: string) => {
    const lang = languageOf(text);
    return lang === undefined ? { text } : { text, lang };
  };
  const button = (text: string, onClick: () => void, disabled = false): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.disabled = disabled;
    b.addEventListener('click', onClick);
    return b;
  };
  const mark = (selected: number | null): void => {
    for (const li of o.list.children) {
      const isSel = Number((li as HTMLElement).dataset['k']) === selected;
      li.classList.toggle('selected', isSel);
      if (isSel) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    }
  };
  return {
    mark,
    render(ordered, page, selected) {
      const pages = Math.max(1, Math.ceil(ordered.length / PAGE_SIZE));
      const p = Math.min(Math.max(1, page), pages);
      const start = (p - 1) * PAGE_SIZE;
      const items: HTMLLIElement[] = [];
      for (let n = start; n < Math.min(ordered.length, start + PAGE_SIZE); n++) {
        const k = ordered[n] as number;
        const { table: t, index: i } = assetAt(e, k);
        const li = document.createElement('li');
        li.className = 'result';
        li.dataset['k'] = String(k);
        const href = o.assetUrl(t, i);
        const a = document.createElement(href === null ? 'span' : 'a');
        if (a instanceof HTMLAnchorElement && href !== null) a.href = href;
        a.className = 'result-name';
        a.textContent = labelOf(t, i, tr);
        // A name or address is the data's; the "unnamed" fallback is the interface's.
        if (dataLanguage !== undefined && (t.name[i] || t.address[i])) a.lang = dataLanguage;
        const meta = document.createElement('p');
        meta.className = 'result-meta';
        meta.append(statusBadge(categoryAt(e, k)));
        const area = e.dict.area[e.area[k] as number];
        const size = t.size[i];
        // The area's name and the dataset's title are the data's and the config's: in their language.
        const bits = [
          area?.name ? part(area.name) : null,
          size == null ? null : { text: o.fmtSize(size, t.sizeUnit) },
          e.sources[e.source[k] as number]?.title ? part(e.sources[e.source[k] as number]?.title ?? '') : null,
        ];
        for (const b of bits) if (b !== null) meta.append(' · ', ...partNodes([b]));
        li.append(a, meta);
        const second = secondLine(t, i);
        if (second !== '') {
          const address = document.createElement('p');
          address.className = 'result-address muted';
          address.textContent = second;
          if (dataLanguage !== undefined) address.lang = dataLanguage;
          li.append(address);
        }
        if (!Number.isNaN(e.lon[k] as number)) {
          const show = button(tr.t('assets.results.showOnMap'), () => o.onShow(k));
          const hidden = document.createElement('span');
          hidden.className = 'visually-hidden';
          const named = t.name[i] || t.address[i];
          hidden.append(
            ': ',
            ...partNodes([
              named && dataLanguage ? { text: labelOf(t, i, tr), lang: dataLanguage } : { text: labelOf(t, i, tr) },
            ]),
          );
          show.append(hidden);
          show.className = 'show-on-map';
          li.append(show);
        } else {
          const note = document.createElement('p');
          note.className = 'muted result-unplaced';
          note.textContent = tr.t('assets.results.notOnMap', {
            reason: unplacedReason(t.dict.unplaced[t.unplaced[i] ?? -1] ?? '', tr),
          });
          li.append(note);
        }
        items.push(li);
      }
      o.list.replaceChildren(...items);
      o.list.start = start + 1;
      mark(selected);
      const go = (to: number) => () => {
        o.onPage(to);
        o.heading.focus();
      };
      const where = document.createElement('span');
      where.textContent = tr.t('assets.results.page', { page: o.fmtCount(p), pages: o.fmtCount(pages) });
      o.pager.replaceChildren(
        button(tr.t('assets.results.previous'), go(p - 1), p <= 1),
        where,
        button(tr.t('assets.results.next'), go(p + 1), p >= pages),
      );
      o.pager.hidden = pages <= 1;
      return p;
    },
  };
}
