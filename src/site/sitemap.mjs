// sitemap.xml and robots.txt for the built site, listing every HTML page. The sitemaps protocol
// (sitemaps.org) takes only full addresses (`<loc>` starts with the protocol), so the sitemap is
// written only when the config gives the host (`site.url`); without it a relative sitemap would be
// invalid, and robots.txt is written without its `Sitemap:` line.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Most addresses one sitemap file may hold (sitemaps.org); more are split under a sitemap index. */
export const SITEMAP_LIMIT = 50_000;

/**
 * Paths (relative to the site root, no leading slash) of every HTML page under `dir`, sorted:
 * `a/b/index.html` is `a/b/`, the home page is `''`. The 404 page is not a page to list.
 * @param {string} dir
 * @returns {string[]}
 */
export function listPages(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        if (rel === '404.html') continue;
        out.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** @param {string} text */
const escapeXml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * Full address of a page: origin, base path, then the page path, percent-encoded as URLs are.
 * @param {string} origin e.g. `https://data.example.gov.uk`
 * @param {string} basePath e.g. `/atlas/`
 * @param {string} path page path under the base, e.g. `areas/wards/E05000001/`
 */
export function pageAddress(origin, basePath, path) {
  return new URL(`${basePath}${path}`.replace(/^\/*/, '/'), origin).href;
}

/**
 * A `<urlset>` of the given addresses; an address with `alternates` (a page of a site in several
 * languages) lists the page in every language as `xhtml:link` elements, `x-default` the default.
 * @param {(string | { loc: string, alternates: { hreflang: string, href: string }[] })[]} addresses
 */
export function urlset(addresses) {
  const several = addresses.some((a) => typeof a !== 'string');
  const urls = addresses
    .map((a) =>
      typeof a === 'string'
        ? `  <url><loc>${escapeXml(a)}</loc></url>`
        : `  <url><loc>${escapeXml(a.loc)}</loc>${a.alternates
            .map((l) => `<xhtml:link rel="alternate" hreflang="${escapeXml(l.hreflang)}" href="${escapeXml(l.href)}"/>`)
            .join('')}</url>`,
    )
    .join('\n');
  const xhtml = several ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls}\n</urlset>\n`;
}

/**
 * The sitemap entries of a site built in several languages: every page of the default language
 * (the pages under `dir` outside the other languages' folders), in each language, each listing
 * the page in every language.
 * @param {string[]} pages every page path under `dir` (from `listPages`)
 * @param {string} origin
 * @param {string} basePath
 * @param {{ language: string, prefix: string }[]} languages the default first
 */
export function languageEntries(pages, origin, basePath, languages) {
  const prefixes = languages.filter((l) => l.prefix !== '').map((l) => `${l.prefix}/`);
  const own = pages.filter((p) => !prefixes.some((x) => p.startsWith(x)));
  const at = (/** @type {string} */ prefix, /** @type {string} */ p) =>
    pageAddress(origin, basePath, prefix === '' ? p : `${prefix}/${p}`);
  return languages.flatMap((l) =>
    own.map((p) => ({
      loc: at(l.prefix, p),
      alternates: [
        ...languages.map((o) => ({ hreflang: o.language, href: at(o.prefix, p) })),
        { hreflang: 'x-default', href: at(languages[0]?.prefix ?? '', p) },
      ],
    })),
  );
}

/**
 * The robots.txt: everything may be crawled; the sitemap's address when there is one.
 * @param {string | null} sitemapAddress
 */
export function robotsTxt(sitemapAddress) {
  return sitemapAddress === null
    ? '# Every page may be crawled. No Sitemap line: set site.url in the config for sitemap.xml.\nUser-agent: *\nAllow: /\n'
    : `User-agent: *\nAllow: /\n\nSitemap: ${sitemapAddress}\n`;
}

/**
 * Writes robots.txt, and sitemap.xml when `origin` is known (a sitemap index with
 * `sitemap-<n>.xml` files past `SITEMAP_LIMIT` pages), into the built site `dir`. With
 * `languages` (a site built in several), each page is listed in every language with its alternates.
 * @param {string} dir
 * @param {{ origin: string | null, basePath: string, log: (message: string) => void, languages?: { language: string, prefix: string }[] }} options
 * @returns {{ pages: number, files: string[] }}
 */
export function writeSitemap(dir, { origin, basePath, log, languages }) {
  const pages = listPages(dir);
  /** @type {string[]} */
  const files = ['robots.txt'];
  const rootNote =
    basePath === '/'
      ? ''
      : ` Crawlers read robots.txt only at the root of a host: copy ${basePath}robots.txt to /robots.txt there.`;
  if (origin === null) {
    writeFileSync(join(dir, 'robots.txt'), robotsTxt(null));
    log(
      `site.url is not set: no sitemap.xml written (the sitemaps protocol takes only full addresses, and the host is not known), and robots.txt allows every page without a Sitemap line. Set site.url (e.g. "https://data.example.gov.uk") to list all ${pages.length} pages.${rootNote}`,
    );
    return { pages: pages.length, files };
  }
  const addresses =
    languages !== undefined && languages.length > 1
      ? languageEntries(pages, origin, basePath, languages)
      : pages.map((p) => pageAddress(origin, basePath, p));
  if (addresses.length <= SITEMAP_LIMIT) {
    writeFileSync(join(dir, 'sitemap.xml'), urlset(addresses));
    files.push('sitemap.xml');
  } else {
    /** @type {string[]} */
    const parts = [];
    for (let i = 0; i * SITEMAP_LIMIT < addresses.length; i++) {
      const name = `sitemap-${i + 1}.xml`;
      writeFileSync(join(dir, name), urlset(addresses.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT)));
      files.push(name);
      parts.push(`  <sitemap><loc>${escapeXml(pageAddress(origin, basePath, name))}</loc></sitemap>`);
    }
    writeFileSync(
      join(dir, 'sitemap.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`,
    );
    files.push('sitemap.xml');
  }
  const sitemap = pageAddress(origin, basePath, 'sitemap.xml');
  writeFileSync(join(dir, 'robots.txt'), robotsTxt(sitemap));
  log(`sitemap.xml lists ${pages.length} pages at ${pageAddress(origin, basePath, '')}.${rootNote}`);
  return { pages: pages.length, files };
}
