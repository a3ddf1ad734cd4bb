/**
 * Registers the site's service worker (built to `<base>sw.js`) on every page, so
 * pages kept for offline use, and the page saying a page is not kept, open without
 * a network. A browser that refuses service workers simply has no offline copies.
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const scope = base.endsWith('/') ? base : `${base}/`;
  navigator.serviceWorker.register(`${scope}sw.js`, { scope }).catch(() => undefined);
}
