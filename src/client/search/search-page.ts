/**
 * The search page in the browser: searches for the `q` in its address and lists every match as a
 * link, with the count in a status line. Result text is data: it is set as text, never markup.
 */
import { createSearchClient, KIND_LABELS } from './search-client.ts';

/** Most results the page lists. */
const LISTED = 100;

export function mountSearchPage(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-page-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-page-results]');
  if (!input || !status || !list) return;
  const base = root.dataset['base'] ?? '/';
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  if (query.trim() === '') {
    status.textContent = 'Type a name, postcode, address, reference or code and press Enter.';
    return;
  }
  status.textContent = 'Searching…';
  createSearchClient(root.dataset['directory'] ?? '')
    .search(query, LISTED)
    .then((outcome) => {
      if (outcome.kind === 'short') {
        status.textContent = 'Type at least 2 letters or digits to search.';
        return;
      }
      list.replaceChildren(
        ...outcome.results.map((entry) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `${base}${entry.path}`;
          a.textContent = entry.label;
          const detail = document.createElement('span');
          detail.className = 'result-detail';
          detail.textContent = [KIND_LABELS[entry.kind], entry.detail].filter(Boolean).join(' · ');
          li.append(a, detail);
          return li;
        }),
      );
      const shown = outcome.results.length;
      status.textContent =
        outcome.total === 0
          ? `No results for “${query}”.`
          : outcome.partial
            ? `The first ${shown} of many results for “${query}”: add more letters or words to narrow them.`
            : outcome.total > shown
              ? `${outcome.total} results for “${query}”, the first ${shown} listed: add words to narrow them.`
              : `${outcome.total} ${outcome.total === 1 ? 'result' : 'results'} for “${query}”.`;
    })
    .catch(() => {
      status.textContent = 'Search is not available just now. Every area, indicator and dataset is listed below.';
    });
}
