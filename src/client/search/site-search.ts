/**
 * The header's search box as an ARIA combobox (the WAI-ARIA APG "list autocomplete" pattern):
 * typing lists matches below the box; Down and Up move through them, Enter opens the chosen one
 * (or, with none chosen, the search page with every match), Escape closes the list and then
 * clears the box; a status line tells screen readers how many results there are. Loaded only
 * when the box is first focused or typed in. Result text is data: it is set as text, never markup.
 */
import { createSearchClient, type SearchOutcome } from './search-client.ts';
import { KIND_KEYS } from '../../lib/search/search-messages.ts';
import { pageTranslator } from '../page-messages.ts';
import { partNodes, showContent } from '../text-parts.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import type { SearchEntry } from '../../lib/search/search-index-files.ts';

/** Results listed under the box; the search page lists them all. */
const SHOWN = 8;

function statusText(outcome: SearchOutcome, shown: number, t: Translator): string {
  if (outcome.kind === 'short') return t.t('search.client.short');
  if (outcome.total === 0) return t.t('search.client.none');
  const choose = t.t('search.client.choose');
  if (outcome.partial) return `${t.t('search.client.partial', { shown })} ${choose}`;
  if (outcome.total > shown)
    return `${t.t('search.client.more', { total: outcome.total, shown })} ${choose} ${t.t('search.client.moreAll')}`;
  return `${t.t('search.client.count', { total: outcome.total })} ${choose}`;
}

/** One result as an option: label, kind and detail, all as text. */
export function resultOption(entry: SearchEntry, id: string, href: string, t: Translator): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset['href'] = href;
  const label = document.createElement('span');
  label.className = 'result-label';
  showContent(label, entry.label, entry.labelLang);
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = t.t(KIND_KEYS[entry.kind]);
  const detail = document.createElement('span');
  detail.className = 'result-detail';
  detail.append(...partNodes(entry.detailParts ?? [{ text: entry.detail }]));
  li.append(label, ' ', kind);
  if (entry.detail !== '') li.append(' ', detail);
  return li;
}

/** Makes the search box in `root` work; `root` carries `data-directory` and `data-base`. */
export function mountSiteSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !list || !status) return;
  const t = pageTranslator(root.querySelector('script[data-search-messages]'));
  const client = createSearchClient(root.dataset['directory'] ?? '');
  const base = root.dataset['base'] ?? '/';
  let active = -1;
  let asked = 0;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const setActive = (i: number) => {
    const all = options();
    active = all.length === 0 ? -1 : i;
    all.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (yes: boolean) => {
    const show = yes && options().length > 0;
    list.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  };
  const go = (option: HTMLLIElement | undefined) => {
    const href = option?.dataset['href'];
    if (href) location.assign(href);
  };

  const run = async () => {
    const query = input.value;
    const ask = ++asked;
    if (query.trim() === '') {
      list.replaceChildren();
      open(false);
      status.textContent = '';
      return;
    }
    let outcome: SearchOutcome;
    try {
      outcome = await client.search(query, SHOWN);
    } catch {
      if (ask !== asked) return;
      list.replaceChildren();
      open(false);
      status.textContent = t.t('search.client.unavailable');
      return;
    }
    // A later keystroke has asked again: its answer is the one to show.
    if (ask !== asked) return;
    const results = outcome.kind === 'results' ? outcome.results : [];
    list.replaceChildren(
      ...results.map((entry, i) => resultOption(entry, `${list.id}-${i}`, `${base}${entry.path}`, t)),
    );
    open(true);
    status.textContent = statusText(outcome, results.length, t);
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      if (list.hidden) {
        open(true);
        setActive(event.key === 'ArrowDown' ? 0 : count - 1);
      } else setActive(event.key === 'ArrowDown' ? (active + 1) % count : (active - 1 + count) % count);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        go(options()[active]);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value !== '') {
        event.preventDefault();
        input.value = '';
        void run();
      }
    }
  });
  // Keep the focus in the box while a result is clicked, then open it.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLLIElement>('[role="option"]') : null;
    if (target) go(target);
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => {
    if (options().length > 0) open(true);
  });
  // Letters typed before this module arrived are searched now; else the directory is fetched ahead.
  if (input.value.trim() !== '') void run();
  else client.prepare();
}
