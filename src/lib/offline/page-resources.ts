/**
 * What a page needs to open without a network, read from its HTML and its scripts:
 * stylesheets, scripts (and every module they import, statically or on use), images,
 * icons, the web app manifest, the files it offers as downloads and any file marked
 * `data-offline-file`. Pure text scanning, so the service worker (which has no DOM
 * parser) and tests use the same rules. Only addresses on the page's own origin and
 * under the site's base path are returned: nothing from another host is ever kept.
 */

/** A tag's attributes by lower-case name (values with their entities decoded). */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/\s([a-zA-Z_:][-\w:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    attrs.set(
      (m[1] as string).toLowerCase(),
      value
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    );
  }
  return attrs;
}

const LINK_RELS = new Set(['stylesheet', 'modulepreload', 'preload', 'icon', 'manifest', 'apple-touch-icon']);

/** `url` resolved against `base`, without its fragment, if it lies under `scope`; else null. */
export function sameSiteUrl(url: string, base: string, scope: string): string | null {
  if (url.trim() === '' || /^(?:data|blob|javascript|mailto|tel):/i.test(url.trim())) return null;
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return null;
  }
  resolved.hash = '';
  const href = resolved.href;
  return href.startsWith(scope) ? href : null;
}

/**
 * Files a page's HTML refers to and needs offline, as absolute URLs under `scope`,
 * sorted and without duplicates (the page itself not included).
 */
export function htmlResources(html: string, pageUrl: string, scope: string): string[] {
  const found = new Set<string>();
  const add = (url: string | undefined) => {
    const u = url === undefined ? null : sameSiteUrl(url, pageUrl, scope);
    if (u !== null && u !== pageUrl) found.add(u);
  };
  for (const m of html.matchAll(/<(link|script|img|source|a|[a-z][\w-]*)\b[^>]*>/gi)) {
    const name = (m[1] as string).toLowerCase();
    const attrs = attributes(m[0]);
    const files = attrs.get('data-offline-file');
    if (files !== undefined) for (const f of files.split(/\s+/)) add(f);
    if (name === 'link') {
      const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => LINK_RELS.has(r))) add(attrs.get('href'));
    } else if (name === 'script' || name === 'img' || name === 'source') {
      add(attrs.get('src'));
      for (const candidate of (attrs.get('srcset') ?? '').split(',')) add(candidate.trim().split(/\s+/)[0]);
    } else if (name === 'a' && attrs.has('download')) {
      add(attrs.get('href'));
    }
  }
  return [...found].sort();
}

/**
 * Files a script or stylesheet loads in turn: modules it imports (statically or with
 * `import()`), and built assets it names by path (a map worker, a stylesheet loaded on
 * use, fonts and images in `url()`), as absolute URLs under `scope`.
 */
export function codeResources(code: string, fileUrl: string, scope: string): string[] {
  const found = new Set<string>();
  // Bare names ("maplibre-gl") are packages the bundler resolved, not files of the site.
  const add = (url: string | undefined) => {
    const u = url === undefined || !/^(?:\.{1,2}\/|\/(?!\/))/.test(url) ? null : sameSiteUrl(url, fileUrl, scope);
    if (u !== null && u !== fileUrl) found.add(u);
  };
  for (const m of code.matchAll(/(?:^|[;}\s(,])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) add(m[1]);
  for (const m of code.matchAll(/(?:^|[;}\s])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) add(m[1]);
  for (const m of code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) add(m[1]);
  // Built assets named by path, e.g. "/_astro/maplibre-gl-worker.B2x.mjs" or "./chunk.js".
  for (const m of code.matchAll(
    /["'`]((?:\.{1,2}\/|\/)[^"'`\s]*?_astro\/[^"'`\s]+|\.{1,2}\/[^"'`\s]+\.(?:m?js|css))["'`]/g,
  ))
    add(m[1]);
  // Vite's list of a lazy chunk's dependencies names them from the site's base: "_astro/x.js".
  for (const m of code.matchAll(/["'`](_astro\/[^"'`\s]+)["'`]/g)) {
    const u = sameSiteUrl(m[1] as string, scope, scope);
    if (u !== null && u !== fileUrl) found.add(u);
  }
  for (const m of code.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    const u = sameSiteUrl(m[1] as string, fileUrl, scope);
    if (u !== null && u !== fileUrl) found.add(u);
  }
  return [...found].sort();
}

/** True for a file whose text may name further files: scripts and stylesheets. */
export function mayReferToFiles(url: string, contentType: string | null): boolean {
  return /\.(?:m?js|css)$/.test(new URL(url).pathname) || /javascript|text\/css/.test(contentType ?? '');
}
