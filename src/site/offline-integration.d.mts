/** The build id of a built site folder: a hash of every file but the service worker. */
export function buildId(dir: string): string;
/** The service worker's code for a build id; `languages`: the languages' path segments, `['']` by default. */
export function serviceWorkerCode(id: string, languages?: readonly string[]): Promise<string>;
/** Writes `sw.js` into a built site folder. */
export function writeServiceWorker(siteDir: string, languages?: readonly string[]): Promise<void>;
/** The Astro integration writing `sw.js` after the build. */
export function atlasOffline(): { name: string; hooks: Record<string, (options: { dir: URL }) => Promise<void>> };
