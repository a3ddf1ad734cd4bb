/**
 * The header's search box in Chromium, keyboard only, on the demo: an area found by its name, an
 * asset by its postcode and an indicator by its name, each opened with Enter; no request for the
 * index before the box is used, none to another host; axe finds nothing with the results open;
 * Escape closes the list; Enter with nothing chosen opens the search page with every match. On the
 * asset fixture (names holding HTML) results show that text as text. On the UK assets site (when
 * ../shared/data is present) one query stays within the 50 KB data budget.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, repoRoot, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import { sharedBuild } from '../realdata/shared-build.ts';
import { brotliSize, DATA_BUDGET_KB } from '../bench/page-weight.ts';
import type { AreaList, AssetsDatasetEntry, IndicatorDatasetEntry, Manifest } from '../../src/lib/manifest.ts';
import type { AssetsTable } from '../../src/lib/assets-files.ts';
import { labelOf, slugOf } from '../../src/lib/assets/estate.ts';
import type { SearchDirectory } from '../../src/lib/search/search-index-files.ts';

const shared = existsSync(
  resolve(repoRoot, '../shared/data/property/uk_nlud_previously_developed_land_sites_2012.csv'),
);
if (!shared)
  console.warn(
    'tests/e2e/search.test.ts: the UK assets site is skipped, ../shared/data is absent (it is present in CI).',
  );

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

interface Harness {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
  opened: OpenedPage[];
  /** Paths (under the base) of every request each opened page made, in order. */
  requests: Map<Page, string[]>;
}

async function start(config: string, name: string, runId?: string, dataDir?: string): Promise<Harness> {
  const site = await buildSite({ config, name, ...(runId ? { runId } : {}), ...(dataDir ? { dataDir } : {}) });
  const server = await serveStatic(site.siteDir, site.basePath);
  const browser = await launchBrowser({ webgl: false });
  return { site, server, browser, opened: [], requests: new Map() };
}

async function open(h: Harness, path: string, width = 1280): Promise<Page> {
  const o = await openPage(h.browser, `${h.server.url.replace(/\/$/, '')}${h.site.basePath}${path}`, {
    width,
    height: 900,
    reducedMotion: 'reduce',
  });
  h.opened.push(o);
  const seen: string[] = [];
  h.requests.set(o.page, seen);
  o.page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await o.page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  return o.page;
}

async function stop(h: Harness | undefined): Promise<void> {
  if (!h) return;
  const problems = h.opened.flatMap((o) => [
    ...o.consoleErrors,
    ...o.pageErrors,
    ...o.foreignRequests,
    ...o.cspViolations,
  ]);
  await h.browser.close();
  await h.server.close();
  expect(problems, 'console errors, page errors, requests to other hosts or CSP violations').toEqual([]);
}

/** Tabs from the top of the page to the search box (keyboard only, as a person would). */
async function tabToSearch(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'site-search-input')) return;
  }
  throw new Error('the search box is not reachable with Tab');
}

/** Types `query`, waits for the results, and returns each option's link and text. */
async function typeQuery(page: Page, query: string): Promise<{ href: string; text: string }[]> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      const input = document.querySelector<HTMLInputElement>('#site-search-input');
      return input?.value === q && /result/i.test(status);
    },
    query,
    { timeout: 10_000 },
  );
  return page.$$eval('#site-search-results [role="option"]', (els) =>
    els.map((e) => ({ href: (e as HTMLElement).dataset['href'] ?? '', text: e.textContent ?? '' })),
  );
}

/** Moves to the option leading to `href` with the down arrow and opens it with Enter. */
async function chooseAndOpen(page: Page, options: { href: string }[], href: string): Promise<void> {
  const index = options.findIndex((o) => o.href === href);
  expect(index, `${href} among ${options.map((o) => o.href).join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  const active = await page.evaluate(() => {
    const id = document.querySelector('#site-search-input')?.getAttribute('aria-activedescendant') ?? '';
    return (document.getElementById(id) as HTMLElement | null)?.dataset['href'] ?? '';
  });
  expect(active).toBe(href);
  await Promise.all([page.waitForURL((u) => u.pathname === href, { timeout: 15_000 }), page.keyboard.press('Enter')]);
}

describe('site search: demo', () => {
  let h: Harness;
  let manifest: Manifest;
  const base = () => h.site.basePath;

  beforeAll(async () => {
    h = await start(inject('demoConfig'), 'demo', inject('e2eRunId'));
    manifest = readJson<Manifest>(join(h.site.dataDir, 'manifest.json'));
  }, 25 * 60_000);
  afterAll(() => stop(h));

  it('fetches nothing of the index until the box is used, then the directory and one shard per query', async () => {
    const page = await open(h, '');
    const requests = h.requests.get(page) ?? [];
    expect(requests.filter((p) => p.includes('/search/'))).toEqual([]);
    await tabToSearch(page);
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('directory.json')),
    );
    const options = await typeQuery(page, 'ho');
    expect(options.length).toBeGreaterThan(0);
    const fetched = requests.filter((p) => p.startsWith(`${base()}search/`));
    expect(fetched[0]).toBe(`${base()}search/directory.json`);
    expect(fetched.slice(1)).toHaveLength(1);
  });

  it('finds an area by its name and opens its profile with the down arrow and Enter', async () => {
    const layer = manifest.layers[0];
    if (!layer) throw new Error('the demo has no area layer');
    const area = readJson<AreaList>(join(h.site.dataDir, layer.files.areas)).areas.at(-1);
    if (!area) throw new Error('the demo layer has no areas');
    const page = await open(h, 'datasets/');
    await tabToSearch(page);
    const options = await typeQuery(page, area.name);
    expect(options[0]?.text).toContain(area.name);
    const status = await page.textContent('[data-search-status]');
    expect(status).toMatch(new RegExp(`^${options.length === 1 ? '1 result' : `${options.length} results`}\\.`));
    await chooseAndOpen(page, options, `${base()}areas/${layer.id}/${area.code}/`);
    expect(await page.textContent('h1')).toContain(area.name);
  });

  it('finds an asset by its postcode typed without the space, and opens its page', async () => {
    const d = manifest.datasets.find((x): x is AssetsDatasetEntry => x.kind === 'assets');
    if (!d) throw new Error('the demo has no assets');
    const table = readJson<AssetsTable>(join(h.site.dataDir, d.files['assets'] ?? ''));
    const i = table.postcode.findIndex((p) => p.includes(' '));
    const postcode = table.postcode[i] ?? '';
    const page = await open(h, '');
    await tabToSearch(page);
    const options = await typeQuery(page, postcode.replace(/\s+/g, '').toLowerCase());
    const href = `${base()}land/${d.id}/${slugOf(table, i)}/`;
    expect(options.find((o) => o.href === href)?.text).toContain(labelOf(table, i));
    await chooseAndOpen(page, options, href);
    expect(await page.textContent('h1')).toContain(labelOf(table, i));
  });

  it('finds an indicator by its name and opens it; axe finds no violation with the results open', async () => {
    const d = manifest.datasets.find((x): x is IndicatorDatasetEntry => x.kind === 'indicator');
    const indicator = d?.series[0];
    if (!d || !indicator) throw new Error('the demo has no indicator');
    const page = await open(h, 'indicators/');
    await tabToSearch(page);
    const options = await typeQuery(page, indicator.label.toLowerCase());
    expect(await page.getAttribute('#site-search-input', 'aria-expanded')).toBe('true');
    expect(formatViolations(await runAxe(page))).toBe('');
    await chooseAndOpen(page, options, `${base()}indicators/${d.id}/${indicator.slug}/`);
  });

  it('closes the list with Escape, clears the box with a second Escape, and says when nothing matches', async () => {
    const page = await open(h, '');
    await tabToSearch(page);
    await typeQuery(page, 'zzzzqqq');
    expect(await page.textContent('[data-search-status]')).toBe('No results.');
    const options = await typeQuery(page, manifest.datasets[0]?.title ?? '');
    expect(options.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#site-search-input', 'aria-expanded')).toBe('false');
    expect(await page.isHidden('#site-search-results')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#site-search-input')).toBe('');
  });

  it('opens the search page with every match on Enter with nothing chosen; that page lists every area without search', async () => {
    const page = await open(h, '');
    await tabToSearch(page);
    const query = 'recycling';
    await typeQuery(page, query);
    await Promise.all([page.waitForURL(/\/search\/\?q=recycling$/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() =>
      /result/.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''),
    );
    const links = await page.$$eval('[data-search-page-results] a', (as) => as.map((a) => a.getAttribute('href')));
    const expected = manifest.datasets
      .filter((d) => /recycling/i.test(d.title))
      .map((d) => `${base()}datasets/${d.id}/`);
    for (const e of expected) expect(links).toContain(e);
    expect(formatViolations(await runAxe(page))).toBe('');
    const areaLinks = await page.$$eval('details a', (as) => as.length);
    expect(areaLinks).toBe(manifest.layers.reduce((s, l) => s + l.areaCount, 0));
  });

  it('shows the search page’s prompt before its script runs, so the script moves nothing, and the no-script line without one', async () => {
    const pageUrl = `${h.server.url.replace(/\/$/, '')}${base()}search/`;
    const status = '[data-search-page-status]';
    // Module scripts held back, as on a slow connection: the line is the prompt the script writes.
    const held = await h.browser.newContext({ viewport: { width: 390, height: 900 }, serviceWorkers: 'block' });
    try {
      const page = await held.newPage();
      let release = (): void => undefined;
      const released = new Promise<void>((r) => (release = r));
      await page.route(/\/_astro\/.*\.js$/, async (route) => {
        await released;
        await route.continue();
      });
      await page.goto(pageUrl, { waitUntil: 'commit' });
      await page.locator('footer').waitFor({ state: 'attached' });
      const before = await page.locator(status).evaluate((e) => ({
        text: (e as HTMLElement).innerText,
        bottom: e.getBoundingClientRect().bottom,
      }));
      expect(before.text).toBe('Type a name, postcode, address, reference or code and press Enter.');
      release();
      await page.waitForFunction((s) => document.querySelector(s)?.children.length === 0, status);
      const after = await page.locator(status).evaluate((e) => ({
        text: (e as HTMLElement).innerText,
        bottom: e.getBoundingClientRect().bottom,
      }));
      expect(after).toEqual(before);
    } finally {
      await held.close();
    }
    const plain = await h.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await plain.newPage();
      await page.goto(pageUrl);
      expect(await page.locator(status).evaluate((e) => (e as HTMLElement).innerText)).toMatch(
        /^Searching needs JavaScript/,
      );
    } finally {
      await plain.close();
    }
  });

  it('fits a 390 px phone with the results open, with no sideways scroll', async () => {
    const page = await open(h, '', 390);
    await tabToSearch(page);
    await typeQuery(page, 'ho');
    const scroll = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(scroll).toBeLessThanOrEqual(390);
  });

  it('writes robots.txt; without site.url no sitemap.xml, as the build says', () => {
    const robots = readFileSync(join(h.site.siteDir, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(existsSync(join(h.site.siteDir, 'sitemap.xml'))).toBe(manifest.site.url !== undefined);
  });
});

describe('site search: asset names holding HTML', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start('tests/e2e/fixtures/assets/assets.config.ts', 'assets-fixture');
  }, 25 * 60_000);
  afterAll(() => stop(h));

  it('shows the name as text, never as markup', async () => {
    const page = await open(h, '');
    await tabToSearch(page);
    const options = await typeQuery(page, 'old library');
    expect(options[0]?.text).toContain("<script>alert('x')</script> Old Library");
    const markup = await page.$$eval('#site-search-results [role="option"] *', (els) => els.map((e) => e.localName));
    expect(new Set(markup)).toEqual(new Set(['span']));
  });
});

describe.runIf(shared)('site search: UK assets (NLUD and Cheltenham)', () => {
  let h: Harness;
  beforeAll(async () => {
    const data = await sharedBuild('uk-assets.config.ts');
    h = await start('tests/realdata/configs/uk-assets.config.ts', 'uk-assets', undefined, data.dataDir);
  }, 40 * 60_000);
  afterAll(() => stop(h));

  it('keeps every query within the data budget: the directory and the largest shard', () => {
    const dir = join(h.site.siteDir, 'search');
    const directory = brotliSize(join(dir, 'directory.json'));
    // Brotli at quality 11 is slow: measure the ten largest shards on disk, where the largest served one is.
    const shards = readdirSync(dir)
      .filter((f) => f !== 'directory.json' && f.endsWith('.json'))
      .map((f) => join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)
      .slice(0, 10);
    const largest = Math.max(...shards.map((f) => brotliSize(f)));
    expect((directory + largest) / 1024).toBeLessThanOrEqual(DATA_BUDGET_KB);
    const index = readJson<SearchDirectory>(join(dir, 'directory.json'));
    expect(index.entries).toBeGreaterThan(9_000);
  });

  it('finds a Cheltenham asset by its UPRN and opens its page', async () => {
    const manifest = readJson<Manifest>(join(h.site.dataDir, 'manifest.json'));
    const d = manifest.datasets.find((x): x is AssetsDatasetEntry => x.id === 'cheltenham');
    if (!d) throw new Error('no cheltenham dataset');
    const table = readJson<AssetsTable>(join(h.site.dataDir, d.files['assets'] ?? ''));
    const i = table.uprn?.findIndex((u, j) => u !== '' && table.uprn?.indexOf(u) === j) ?? -1;
    const uprn = table.uprn?.[i] ?? '';
    const page = await open(h, '');
    await tabToSearch(page);
    const options = await typeQuery(page, uprn);
    await chooseAndOpen(page, options, `${h.site.basePath}land/${d.id}/${slugOf(table, i)}/`);
  });
});
