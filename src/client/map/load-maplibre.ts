/**
 * Loading MapLibre only when a map is about to be shown (see mount-map.ts), so
 * pages whose map is never used never download it. MapLibre 6 starts its worker from
 * `maplibre-gl-worker.mjs` next to its own file, which the bundler does not
 * emit; this emits it (Vite `?url`) and tells MapLibre where it is.
 */
import type * as MapLibre from 'maplibre-gl';

let ready: Promise<typeof MapLibre> | undefined;

/** MapLibre with its worker location set and its stylesheet loaded (once per page). */
export function loadMapLibre(): Promise<typeof MapLibre> {
  ready ??= Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    // As a URL, not a CSS import: the bundler would otherwise put 70 KB of map
    // styles in every map page's <head> as a render-blocking stylesheet.
    import('maplibre-gl/dist/maplibre-gl.css?url').then(({ default: href }) => addStylesheet(href)),
  ]).then(([maplibre, worker]) => {
    maplibre.setWorkerUrl(worker.default);
    return maplibre;
  });
  return ready;
}

function addStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}
