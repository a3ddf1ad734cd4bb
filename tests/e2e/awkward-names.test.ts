/**
 * A site whose names leak or collide (tests/fixtures/build/awkward): its config names its files by
 * absolute paths, its area codes hold spaces and characters that mean something in a URL (`GM 0363`
 * beside `GM-0363`, `A#1`, `B?2`, `C%3`, `D/4`), its asset ids fold alike (`A/1`, `A-1`, `Ab`, `ab`,
 * `Straße 1`, `strasse-1`) and so do its indicator and period labels; its German metric "Fälle"
 * stands beside "Falle". No file of the built site holds the build machine's path; every area,
 * asset, metric, indicator and period has a page of its own; every link of every page and every
 * search result leads to a built page; and every per-area data file a page's script asks for loads.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './harness/browser.ts';
import { buildSite, repoRoot, type BuiltSite } from './harness/build-site.ts';
import { crawlSite, extractLinks } from './harness/crawl.ts';
import { resolveSitePath, serveStatic, type StaticServer } from './harness/static-server.ts';
import { areaPageName } from '../../src/lib/area-page-name.ts';
import type { SearchShard } from '../../src/lib/search/search-index-files.ts';

const CODES = ['GM 0363', 'GM-0363', 'E05 000 123', 'A#1', 'B?2', 'C%3', 'D/4', 'Plain1'];
const ASSETS = ['Old Library', 'New Library', 'Bath House', 'Boat House', 'Corner Shop', 'Street Depot'];
const FIXTURE = join(repoRoot, 'tests/fixtures/build/awkward');
const BUILD_TIMEOUT_MS = 40 * 60_000;

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite({
    config: 'tests/fixtures/build/awkward/awkward.config.ts',
    name: 'awkward',
    runId: inject('e2eRunId'),
  });
  server = await serveStatic(site.siteDir, site.basePath);
  browser = await launchBrowser({ webgl: false });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const folders = (path: string): string[] =>
  readdirSync(join(site.siteDir, path), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const strip = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const text = (file: string): string => strip(readFileSync(file, 'utf8'));

describe('a config with absolute file paths', () => {
  it('publishes no file holding the path of the machine that built it', () => {
    const files = filesBelow(site.siteDir);
    expect(files.length).toBeGreaterThan(50);
    const leaks = files.filter((f) => statSync(f).size > 0 && readFileSync(f).includes(FIXTURE));
    expect(leaks.map((f) => f.slice(site.siteDir.length))).toEqual([]);
    expect(files.filter((f) => readFileSync(f).includes(repoRoot))).toEqual([]);
  });
});

describe('area codes with spaces and URL characters', () => {
  it.each(['areas/gebiete', 'disease/cases/faelle', 'indicators/rates'])(
    '%s: one folder per area, named safely',
    (path) => {
      const under = path.startsWith('indicators/') ? `${path}/${folders(path)[0] ?? ''}` : path;
      const areas = folders(under).filter((f) => !['areas', 'periods', 'list'].includes(f));
      expect(areas.sort()).toEqual(CODES.map(areaPageName).sort());
      for (const name of areas) expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
      expect(areas).toContain('GM-0363');
      expect(areas.find((a) => /^GM-0363-[0-9a-z]{6}$/.test(a))).toBeDefined();
    },
  );

  it('names each area on its own page', () => {
    for (const [i, code] of CODES.entries()) {
      const page = text(join(site.siteDir, 'areas/gebiete', areaPageName(code), 'index.html'));
      expect(page).toContain(
        ['Amsterdam', 'Amstelveen', 'Riverside', 'Hashford', 'Queryton', 'Percival', 'Slashby', 'Plainfield'][i],
      );
    }
  });
});

describe('names that fold alike', () => {
  it('gives "Fälle" its German address beside "Falle"', () => {
    expect(folders('disease/cases').sort()).toEqual(['faelle', 'falle']);
  });

  it('gives indicators and periods that fold alike a page each', () => {
    const indicators = folders('indicators/rates');
    expect(indicators).toHaveLength(2);
    for (const name of indicators) expect(name).toMatch(/^groesse-[0-9a-z]{6}$/);
    const periods = folders(`indicators/rates/${indicators[0] ?? ''}/periods`);
    expect(periods).toHaveLength(2);
    const shown = periods.map((p) =>
      text(join(site.siteDir, `indicators/rates/${indicators[0] ?? ''}/periods`, p, 'index.html')),
    );
    expect(shown.some((t) => t.includes('2019/20'))).toBe(true);
    expect(shown.some((t) => t.includes('2019-20'))).toBe(true);
  });

  it('gives every asset a page of its own, whose heading names it', () => {
    const pages = folders('land/register');
    expect(pages).toHaveLength(ASSETS.length);
    expect(new Set(pages.map((p) => p.toLowerCase())).size).toBe(ASSETS.length);
    const headings = pages.map((p) => {
      const html = readFileSync(join(site.siteDir, 'land/register', p, 'index.html'), 'utf8');
      return strip(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim();
    });
    expect(headings.sort()).toEqual([...ASSETS].sort());
    expect(pages).toContain('ab');
    expect(pages).toContain('strasse-1');
  });
});

describe('links', () => {
  it('lead only to pages and files that were built, from every page', () => {
    const broken: string[] = [];
    for (const page of crawlSite(site.siteDir, site.basePath)) {
      const file = resolveSitePath(site.siteDir, site.basePath, page);
      if (file.kind !== 'file') continue;
      for (const link of extractLinks(readFileSync(file.file, 'utf8'), `http://x${page}`)) {
        if (resolveSitePath(site.siteDir, site.basePath, link).kind === 'not-found') broken.push(`${page} -> ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('of every search result lead to a built page', () => {
    const dir = join(site.siteDir, 'search');
    const paths = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'directory.json')
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as SearchShard).entries.map((e) => e[3]));
    expect(paths.length).toBeGreaterThan(CODES.length + ASSETS.length);
    const missing = paths.filter(
      (p) => resolveSitePath(site.siteDir, site.basePath, `${site.basePath}${p}`).kind === 'not-found',
    );
    expect(missing).toEqual([]);
  });
});

describe('per-area data in the browser', () => {
  const others = (code: string): string[] => CODES.filter((c) => c !== code).slice(0, 3);

  it.each(CODES)('%s: the disease area page, comparing, loads every data file its script asks for', async (code) => {
    const base = `${server.url.replace(/\/$/, '')}${site.basePath}`;
    const opened = await openPage(browser, base);
    const { page } = opened;
    const failed: string[] = [];
    const data: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      if (/\/areas\/[^/]+\.json$/.test(new URL(r.url()).pathname)) data.push(decodeURIComponent(r.url()));
    });
    const query = new URLSearchParams({ areas: others(code).join(',') }).toString();
    const path = `${base}disease/cases/faelle/${encodeURIComponent(areaPageName(code))}/`;
    const response = await page.goto(`${path}?${query}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(failed).toEqual([]);
    // Its own series and those of the areas it is compared with.
    for (const c of [code, ...others(code)]) {
      expect(data.some((u) => u.includes(`/areas/${areaPageName(c)}.`))).toBe(true);
    }
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });
});
