/**
 * What a site keeps for offline use, as the service worker records it and pages ask
 * for it: one entry per kept page, with every file it needs. The messages pages send
 * the service worker, and its answers.
 */

/** One kept page. */
export interface KeptPage {
  /** The page's absolute URL. */
  url: string;
  /** Its title (the <title> text without the site name, or the page's own h1). */
  title: string;
  /**
   * The language of the page's title: the page's (its `<html lang>`), or the data's or the default
   * language's where the title is the data's or an untranslated config text in another, so a list
   * on any page marks the title with it. Absent in entries kept before it was recorded.
   */
  lang?: string;
  /** When it was kept, ISO timestamp. */
  keptAt: string;
  /** Every file stored for it (page included), absolute URLs. */
  files: string[];
  /** Bytes stored for it (each file counted in full, even when another page shares it). */
  bytes: number;
}

/** The index of kept pages, stored beside them in the cache. */
export interface KeptIndex {
  /** Build the copies are from. */
  build: string;
  pages: KeptPage[];
  /** Size in bytes of every stored file, each counted once however many pages share it. */
  sizes: Record<string, number>;
}

/** What a page asks the service worker. */
export type OfflineRequest =
  { type: 'keep'; url: string; title: string; lang?: string } | { type: 'remove'; url: string } | { type: 'list' };

/**
 * Why the service worker could not do what it was asked, as data: the page says it in its
 * own language (see `problemText`).
 */
export type OfflineProblem =
  | { kind: 'outside-site' }
  | { kind: 'file'; path: string; status: number }
  | { kind: 'network' }
  | { kind: 'full' }
  | { kind: 'other'; detail: string };

/** The service worker's answer. */
export type OfflineReply =
  { ok: true; index: KeptIndex; page?: KeptPage } | { ok: false; problem: OfflineProblem; index?: KeptIndex };

/** Bytes stored in all, each shared file counted once. */
export function keptBytes(index: KeptIndex): number {
  return Object.values(index.sizes).reduce((sum, n) => sum + n, 0);
}

/** Files no page in `pages` needs any more, of those `removed` had. */
export function orphanFiles(removed: KeptPage, pages: readonly KeptPage[]): string[] {
  const used = new Set(pages.flatMap((p) => p.files));
  return removed.files.filter((f) => !used.has(f));
}
