/**
 * The search box of "Find an area". On a single A-to-Z page it narrows the list as the visitor
 * types; when the list is split into a page per letter (`data-index-url`), it looks the typed text
 * up in the series index, fetched on first use, and lists the matching areas as links. The lists
 * themselves work without JavaScript.
 */
import { areaPageName } from '../../lib/area-page-name.ts';
import { matchAreas, searchKey } from '../../lib/cases/area-search.ts';
import { loadAreaEntries } from './area-index.ts';
import { casesLanguages, casesTranslator } from './messages.ts';
import { showContent, textLanguageOf } from '../text-parts.ts';

/** Most matches listed at once by the index search. */
const SHOWN = 50;

export function enhanceAreaFilter(box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('[data-filter-input]');
  const status = box.querySelector<HTMLElement>('[data-filter-status]');
  if (!input || !status) return;
  box.hidden = false;
  const indexUrl = box.dataset['indexUrl'];
  if (indexUrl) searchIndex(box, input, status, indexUrl);
  else filterList(input, status);
}

function filterList(input: HTMLInputElement, status: HTMLElement): void {
  const items = [...document.querySelectorAll<HTMLElement>('li[data-name]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-letter-group]')];
  const apply = () => {
    const q = searchKey(input.value);
    let shown = 0;
    for (const li of items) {
      const match =
        q === '' || searchKey(li.dataset['name'] ?? '').includes(q) || (li.dataset['code'] ?? '').startsWith(q);
      li.hidden = !match;
      if (match) shown++;
    }
    for (const g of groups) g.hidden = ![...g.querySelectorAll<HTMLElement>('li[data-name]')].some((li) => !li.hidden);
    status.textContent = q === '' ? '' : casesTranslator().t('cases.filter.matches', { count: shown });
  };
  input.addEventListener('input', apply);
  apply();
}

function searchIndex(box: HTMLElement, input: HTMLInputElement, status: HTMLElement, indexUrl: string): void {
  const results = box.querySelector<HTMLElement>('[data-filter-results]');
  const areaBase = box.dataset['areaBase'] ?? '';
  if (!results) return;
  let entries: Awaited<ReturnType<typeof loadAreaEntries>> | null = null;
  const t = casesTranslator();
  const languageOf = textLanguageOf(casesLanguages());
  const apply = async () => {
    const q = input.value;
    if (searchKey(q) === '') {
      results.hidden = true;
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!entries) {
      status.textContent = t.t('cases.filter.loading');
      try {
        entries = await loadAreaEntries(indexUrl, true);
      } catch {
        status.textContent = t.t('cases.filter.failed');
        return;
      }
    }
    if (input.value !== q) return;
    const { matches, total } = matchAreas(q, entries, SHOWN);
    results.replaceChildren(
      ...matches.map((e) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `${areaBase}${encodeURIComponent(areaPageName(e.code))}/`;
        showContent(a, e.name, languageOf(e.name));
        li.append(a);
        return li;
      }),
    );
    results.hidden = matches.length === 0;
    status.textContent =
      total === 0
        ? t.t('cases.filter.none')
        : total > matches.length
          ? t.t('cases.filter.more', { count: total, shown: matches.length })
          : t.t('cases.filter.matches', { count: total });
  };
  input.addEventListener('input', () => void apply());
  void apply();
}
