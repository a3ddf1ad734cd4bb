/**
 * The service worker (bundled to `<base>sw.js` after the build, with this build's id).
 * Caches, per build: the shell (the offline pages, the web app manifest and icons,
 * each with its styles and scripts), installed up front; and the pages a visitor keeps,
 * each with every file it needs, and nothing else. Navigations go to the network first
 * and, when it fails, to a kept copy, else to the page that says this one is not kept.
 * Other files come from the caches when kept there (every file of one build is
 * immutable), else from the network. A new release moves kept pages into its own
 * cache, fetched afresh, and deletes the old caches.
 */
import { carryOver, fetchPage, keepPage, readIndex, removePage } from './kept-store.ts';
import type { OfflineReply, OfflineRequest } from '../../lib/offline/kept-pages.ts';
import { problemOf } from '../../lib/offline/problem-text.ts';

declare const __ATLAS_BUILD__: string;
/** Path segments of the site's languages below the scope, `''` for the default one (e.g. `['', 'en/']`). */
declare const __ATLAS_LANGUAGES__: readonly string[];

// The service worker's own types, so the page's DOM types and these do not clash.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface SwMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface SwScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: SwFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (e: SwMessageEvent) => void): void;
}

const sw = self as unknown as SwScope;
const BUILD = __ATLAS_BUILD__;
const PREFIX = 'civic-atlas-';
const SHELL = `${PREFIX}shell-${BUILD}`;
const KEPT = `${PREFIX}kept-${BUILD}`;
const scope = sw.registration.scope;
// One service worker serves every language of the site (each built under its own path below
// the scope), so pages kept in one language sit beside those kept in another.
const LANGUAGES = __ATLAS_LANGUAGES__;
/** Shell pages of each language, under the scope; each is stored with its styles and scripts. */
const SHELL_PAGES = LANGUAGES.flatMap((l) => [`${l}offline/`, `${l}offline/not-kept/`]).map(
  (p) => new URL(p, scope).href,
);
const SHELL_FILES = [
  ...LANGUAGES.map((l) => `${l}manifest.webmanifest`),
  'favicon.svg',
  'icon-192.png',
  'icon-512.png',
].map((p) => new URL(p, scope).href);
/** The page saying a page is not kept, in the language of `url` (the longest prefix it has). */
const notKept = (url: string): string => {
  const path = url.slice(scope.length);
  const language = LANGUAGES.filter((l) => path.startsWith(l)).sort((a, b) => b.length - a.length)[0] ?? '';
  return new URL(`${language}offline/not-kept/`, scope).href;
};

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      for (const page of SHELL_PAGES) await fetchPage(cache, page, scope);
      await cache.addAll(SHELL_FILES);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX));
      const kept = await caches.open(KEPT);
      for (const name of names.filter((n) => n.startsWith(`${PREFIX}kept-`) && n !== KEPT))
        await carryOver(await caches.open(name), kept, scope, BUILD);
      await Promise.all(names.filter((n) => n !== KEPT && n !== SHELL).map((n) => caches.delete(n)));
      await sw.clients.claim();
    })(),
  );
});

async function fromCaches(request: Request | string): Promise<Response | undefined> {
  return (await (await caches.open(KEPT)).match(request)) ?? (await (await caches.open(SHELL)).match(request));
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(async () => {
        const url = new URL(request.url);
        url.search = '';
        url.hash = '';
        const kept = await (await caches.open(KEPT)).match(url.href);
        if (kept) return kept;
        return (
          (await (await caches.open(SHELL)).match(url.href)) ??
          (await (await caches.open(SHELL)).match(notKept(url.href))) ??
          Response.error()
        );
      }),
    );
    return;
  }
  event.respondWith(fromCaches(request).then((hit) => hit ?? fetch(request)));
});

async function answer(request: OfflineRequest): Promise<OfflineReply> {
  const cache = await caches.open(KEPT);
  try {
    if (request.type === 'keep') {
      const url = new URL(request.url);
      url.search = '';
      url.hash = '';
      if (!url.href.startsWith(scope)) return { ok: false, problem: { kind: 'outside-site' } };
      return { ok: true, ...(await keepPage(cache, scope, BUILD, url.href, request.title, undefined, request.lang)) };
    }
    if (request.type === 'remove') return { ok: true, index: await removePage(cache, scope, BUILD, request.url) };
    return { ok: true, index: await readIndex(cache, scope, BUILD) };
  } catch (error) {
    return {
      ok: false,
      problem: problemOf(error),
      index: await readIndex(cache, scope, BUILD),
    };
  }
}

sw.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port) return;
  event.waitUntil(answer(event.data as OfflineRequest).then((reply) => port.postMessage(reply)));
});
