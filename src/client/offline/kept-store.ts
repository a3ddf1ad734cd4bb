/**
 * The service worker's store of kept pages, in one cache per build: each page with
 * every file it needs (found by `htmlResources` and `codeResources`), and an index of
 * what is kept for whom, so removing a page deletes only the files no other kept page
 * uses. Runs in the service worker.
 */
import { codeResources, htmlResources, mayReferToFiles } from '../../lib/offline/page-resources.ts';
import { orphanFiles, type KeptIndex, type KeptPage } from '../../lib/offline/kept-pages.ts';
import { FileFailed } from '../../lib/offline/problem-text.ts';

/** Where the index is stored in the cache: a name under the site no page or file has. */
export const indexUrl = (scope: string) => new URL('.kept-pages-index.json', scope).href;

export async function readIndex(cache: Cache, scope: string, build: string): Promise<KeptIndex> {
  const response = await cache.match(indexUrl(scope));
  if (!response) return { build, pages: [], sizes: {} };
  return (await response.json()) as KeptIndex;
}

async function writeIndex(cache: Cache, scope: string, index: KeptIndex): Promise<void> {
  await cache.put(
    indexUrl(scope),
    new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } }),
  );
}

/**
 * Fetches `pageUrl` and every file it needs into `cache`; returns each file's size.
 * Fails, storing nothing of the page, if any file cannot be fetched: a kept page
 * that opens without its charts or styles would mislead in a meeting.
 */
export async function fetchPage(cache: Cache, pageUrl: string, scope: string): Promise<Record<string, number>> {
  const fetched = new Map<string, Response>();
  const sizes: Record<string, number> = {};
  const queue: string[] = [pageUrl];
  while (queue.length > 0) {
    const batch = queue.splice(0, queue.length).filter((u) => !fetched.has(u));
    await Promise.all(
      batch.map(async (url) => {
        if (fetched.has(url)) return;
        const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
        if (!response.ok) throw new FileFailed(new URL(url).pathname, response.status);
        fetched.set(url, response.clone());
        const body = await response.arrayBuffer();
        sizes[url] = body.byteLength;
        const type = response.headers.get('content-type');
        if (url === pageUrl || mayReferToFiles(url, type)) {
          const text = new TextDecoder().decode(body);
          const more = url === pageUrl ? htmlResources(text, url, scope) : codeResources(text, url, scope);
          for (const m of more) if (!fetched.has(m)) queue.push(m);
        }
      }),
    );
  }
  await Promise.all([...fetched].map(([url, response]) => cache.put(url, response)));
  return sizes;
}

/** Keeps `url` (fresh from the network) and records it in the index. */
export async function keepPage(
  cache: Cache,
  scope: string,
  build: string,
  url: string,
  title: string,
  keptAt = new Date().toISOString(),
  lang?: string,
): Promise<{ index: KeptIndex; page: KeptPage }> {
  const sizes = await fetchPage(cache, url, scope);
  const index = await readIndex(cache, scope, build);
  const files = Object.keys(sizes).sort();
  const page: KeptPage = {
    url,
    title,
    ...(lang ? { lang } : {}),
    keptAt,
    files,
    bytes: files.reduce((s, f) => s + (sizes[f] ?? 0), 0),
  };
  index.pages = [...index.pages.filter((p) => p.url !== url), page].sort((a, b) => a.title.localeCompare(b.title));
  index.sizes = { ...index.sizes, ...sizes };
  await writeIndex(cache, scope, index);
  return { index, page };
}

/** Removes `url` from the index and deletes the files no other kept page needs. */
export async function removePage(cache: Cache, scope: string, build: string, url: string): Promise<KeptIndex> {
  const index = await readIndex(cache, scope, build);
  const removed = index.pages.find((p) => p.url === url);
  if (!removed) return index;
  index.pages = index.pages.filter((p) => p !== removed);
  const orphans = orphanFiles(removed, index.pages);
  await Promise.all(orphans.map((f) => cache.delete(f)));
  for (const f of orphans) delete index.sizes[f];
  await writeIndex(cache, scope, index);
  return index;
}

/**
 * Moves the pages kept by an earlier build into this build's cache: each is fetched
 * again (this release's page and files). A page the new release no longer has is
 * dropped; one that cannot be fetched now (no network) keeps its old copy until the
 * next chance, rather than vanishing from the meeting.
 */
export async function carryOver(
  from: Cache,
  to: Cache,
  scope: string,
  build: string,
): Promise<{ refreshed: number; dropped: number; stale: number }> {
  const old = await readIndex(from, scope, build);
  let refreshed = 0;
  let dropped = 0;
  let stale = 0;
  for (const page of old.pages) {
    try {
      await keepPage(to, scope, build, page.url, page.title, page.keptAt, page.lang);
      refreshed++;
    } catch (error) {
      const gone = error instanceof FileFailed && error.status >= 400 && error.status < 500;
      if (gone) {
        dropped++;
        continue;
      }
      const index = await readIndex(to, scope, build);
      for (const f of page.files) {
        const r = await from.match(f);
        if (r) await to.put(f, r);
        index.sizes[f] = old.sizes[f] ?? 0;
      }
      index.pages = [...index.pages.filter((p) => p.url !== page.url), page];
      await writeIndex(to, scope, index);
      stale++;
    }
  }
  return { refreshed, dropped, stale };
}
