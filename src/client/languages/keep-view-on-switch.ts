/**
 * Keeps the view when the reader switches language: each switch link's address gets the page's
 * current query and fragment (the areas, filters and tabs a page keeps in its URL) whenever it
 * may be followed or copied, and again when the history changes.
 */
export function keepViewOnSwitch(links: Iterable<HTMLAnchorElement>): void {
  const all = [...links];
  const update = () => {
    for (const a of all) {
      const path = a.dataset.path ?? a.getAttribute('href') ?? '';
      a.dataset.path = path;
      a.href = `${path}${location.search}${location.hash}`;
    }
  };
  for (const a of all) {
    for (const type of ['pointerdown', 'focus', 'click', 'auxclick', 'contextmenu'] as const)
      a.addEventListener(type, update);
  }
  addEventListener('popstate', update);
  addEventListener('hashchange', update);
  update();
}
