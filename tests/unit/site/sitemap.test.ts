import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, writeSitemap } from '../../../src/site/sitemap.mjs';
import { tempDirs } from '../temp-dirs.ts';

const temp = tempDirs();

/** A built site's files: pages at several depths, the 404 page, and files that are not pages. */
function builtSite(): string {
  const dir = temp('atlas-sitemap-');
  const files = [
    'index.html',
    '404.html',
    'areas/wards/E05000001/index.html',
    'areas/wards/Ysbyty & Mill/index.html',
    'land/index.html',
    'land/nominate.html',
    'search/index.html',
    'search/directory.json',
    'data/manifest.json',
    '_astro/page.js',
  ];
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), f.endsWith('.html') ? '<!doctype html><title>x</title>' : '{}');
  }
  return dir;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
const unescaped = (loc: string | undefined) => (loc ?? '').replaceAll('&amp;', '&');

describe('writeSitemap', () => {
  it('lists every built HTML page but the 404 page, with full addresses under the base path', () => {
    const dir = builtSite();
    const log: string[] = [];
    const written = writeSitemap(dir, {
      origin: 'https://data.example.gov.uk',
      basePath: '/atlas/',
      log: (m) => log.push(m),
    });
    const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    expect(locs(xml)).toEqual([
      'https://data.example.gov.uk/atlas/',
      'https://data.example.gov.uk/atlas/areas/wards/E05000001/',
      'https://data.example.gov.uk/atlas/areas/wards/Ysbyty%20&amp;%20Mill/',
      'https://data.example.gov.uk/atlas/land/',
      'https://data.example.gov.uk/atlas/land/nominate.html',
      'https://data.example.gov.uk/atlas/search/',
    ]);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(written).toEqual({ pages: 6, files: ['robots.txt', 'sitemap.xml'] });
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://data.example.gov.uk/atlas/sitemap.xml\n',
    );
    expect(log.join('\n')).toContain('copy /atlas/robots.txt to /robots.txt');
  });

  it('has every HTML file of the folder in the sitemap, at the address a browser would use for it', () => {
    const dir = builtSite();
    writeSitemap(dir, { origin: 'https://x.example', basePath: '/', log: () => undefined });
    const listed = new Set(locs(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).map(unescaped));
    for (const page of listPages(dir)) expect(listed).toContain(new URL(page, 'https://x.example/').href);
    expect(listPages(dir)).toHaveLength(6);
  });

  it('writes no sitemap without a site URL (the protocol takes only full addresses) and says so', () => {
    const dir = builtSite();
    const log: string[] = [];
    writeSitemap(dir, { origin: null, basePath: '/', log: (m) => log.push(m) });
    expect(existsSync(join(dir, 'sitemap.xml'))).toBe(false);
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *\nAllow: /\n');
    expect(robots).not.toContain('Sitemap:');
    expect(log).toEqual([expect.stringMatching(/^site\.url is not set: no sitemap\.xml written .* all 6 pages\.$/)]);
  });
});
