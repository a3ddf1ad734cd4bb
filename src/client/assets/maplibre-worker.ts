/**
 * MapLibre 6 starts its worker from `maplibre-gl-worker.mjs` next to its own
 * file, which the bundler does not emit; this emits it (Vite `?url`) and tells
 * MapLibre where it is. Called only once the map is about to be shown, so
 * pages that never show it never download either file.
 * (The shared mount helper, src/client/map/mount-map.ts, could do this for every map.)
 */
let ready: Promise<void> | undefined;

export function prepareMapLibreWorker(): Promise<void> {
  ready ??= Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')]).then(
    ([maplibre, worker]) => {
      maplibre.setWorkerUrl(worker.default);
    },
  );
  return ready;
}

/** Calls `then` once `el` is within 200 px of the viewport (at once where IntersectionObserver is missing). */
export function whenNearViewport(el: Element, then: () => void): void {
  if (!('IntersectionObserver' in window)) {
    then();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        then();
      }
    },
    { rootMargin: '200px' },
  );
  observer.observe(el);
}
