/** The build id of a built site folder: a hash of every file but the service worker. */
export function buildId(dir: string): string;
/** The service worker's code for a build id. */
export function serviceWorkerCode(id: string): Promise<string>;
/** The Astro integration writing `sw.js` after the build. */
export function atlasOffline(): { name: string; hooks: Record<string, (options: { dir: URL }) => Promise<void>> };
