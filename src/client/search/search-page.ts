/**
 * The search page in the browser: searches for the `q` in its address and lists every match as a
 * link, with the count in a status line. Result text is data: it is set as text, never markup.
 */
import { createSearchClient } from './search-client.ts';
import { KIND_KEYS } from '../../lib/search/search-messages.ts';
import { pageTranslator } from '../page-messages.ts';
import { partNodes, showContent } from '../text-parts.ts';

/** Most results the page lists. */
const LISTED = 100;

export function mountSearchPage(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-page-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-page-results]');
  if (!input || !status || !list) return;
  const t = pageTranslator(root.querySelector('script[data-search-messages]'));
  const base = root.dataset['base'] ?? '/';
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  if (query.trim() === '') {
    status.textContent = t.t('search.page.prompt');
    return;
  }
  status.textContent = t.t('search.page.searching');
  createSearchClient(root.dataset['directory'] ?? '')
    .search(query, LISTED)
    .then((outcome) => {
      if (outcome.kind === 'short') {
        status.textContent = t.t('search.client.short');
        return;
      }
      list.replaceChildren(
        ...outcome.results.map((entry) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `${base}${entry.path}`;
          showContent(a, entry.label, entry.labelLang);
          const detail = document.createElement('span');
          detail.className = 'result-detail';
          const parts = entry.detailParts ?? (entry.detail === '' ? [] : [{ text: entry.detail }]);
          detail.append(
            ...partNodes([
              { text: t.t(KIND_KEYS[entry.kind]) },
              ...(parts.length > 0 ? [{ text: ' · ' }] : []),
              ...parts,
            ]),
          );
          li.append(a, detail);
          return li;
        }),
      );
      const shown = outcome.results.length;
      status.textContent =
        outcome.total === 0
          ? t.t('search.page.none', { query })
          : outcome.partial
            ? t.t('search.page.partial', { shown, query })
            : outcome.total > shown
              ? t.t('search.page.more', { total: outcome.total, shown, query })
              : t.t('search.page.count', { total: outcome.total, query });
    })
    .catch(() => {
      status.textContent = t.t('search.page.unavailable');
    });
}
