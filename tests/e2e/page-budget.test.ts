/**
 * Page weight that does not grow with the number of areas: no built page over 500 KB of raw
 * HTML, on the demo site and, with ATLAS_E2E_NATIONAL=1, on a generated 3,000-area site
 * (tests/bench/generate-national.ts; its build takes many minutes on 2 cores, so it is opt-in
 * here and always part of `npm run bench`). Also checks the large site's lists and table are
 * split and capped as the pages say (the search page links to the areas' A-to-Z pages rather than
 * listing 3,000 areas), and that its overview map is drawn one path per band (the
 * browser splits it into areas for the keyboard and the week control). With ATLAS_E2E_NATIONAL=1
 * it also weighs the `land/` pages of the 100,000-asset site when that site is built (by
 * `npx tsx tests/bench/national-scale.ts`, or at ATLAS_E2E_ASSETS_SITE): built here it would
 * take as long again, so it is read where it is and skipped, saying so, where it is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, repoRoot } from './harness/build-site.ts';
import { htmlPageSizes, pagesOverBudget, PAGE_BUDGET_BYTES } from './harness/page-sizes.ts';
import { generateNationalCases } from '../bench/generate-national.ts';
import { launchBrowser, openPage } from './harness/browser.ts';
import { serveStatic } from './harness/static-server.ts';

describe('page budget: demo site', async () => {
  const site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });

  it(`has no page over ${PAGE_BUDGET_BYTES / 1024} KB of HTML`, () => {
    expect(htmlPageSizes(site.siteDir).length).toBeGreaterThan(10);
    expect(pagesOverBudget(site.siteDir)).toEqual([]);
  });
});

const national = process.env.ATLAS_E2E_NATIONAL === '1';
if (!national)
  console.log(
    'page budget: the generated 3,000-area site and the 100,000-asset site are skipped (set ATLAS_E2E_NATIONAL=1; npm run bench builds them).',
  );

describe.skipIf(!national)('page budget: generated 3,000-area site', async () => {
  const dir = join(repoRoot, '.atlas/bench/national');
  if (national && !existsSync(join(dir, 'cases.csv'))) await generateNationalCases(dir);
  const site = national
    ? await buildSite({
        config: 'tests/bench/configs/national-cases.config.ts',
        name: 'national-cases',
        runId: inject('e2eRunId'),
        waitMs: 60 * 60_000,
      })
    : null;
  const page = (path: string) => readFileSync(join(site?.siteDir ?? '', path, 'index.html'), 'utf8');
  const base = 'disease/national/generated-infection/';

  it(`has no page over ${PAGE_BUDGET_BYTES / 1024} KB of HTML`, () => {
    expect(htmlPageSizes(site?.siteDir ?? '').length).toBeGreaterThan(6000);
    expect(pagesOverBudget(site?.siteDir ?? '')).toEqual([]);
  });

  it('lists the areas on a page per letter, every area once, and caps the overview table at 100 rows', () => {
    const first = page(`${base}areas/`);
    const letters = [...first.matchAll(/href="\/disease\/national\/generated-infection\/areas\/([a-z]+)\/"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(letters.length).toBeGreaterThan(5);
    const listed = letters.flatMap((l) => [...page(`${base}areas/${l}/`).matchAll(/<li data-name=/g)]);
    // Letters with more than 400 areas have further parts; the generated names never do.
    expect(listed.length).toBe(3000);
    const overview = page(base);
    expect(overview.match(/<tr data-code=/g)?.length).toBe(100);
    expect(overview).toContain('100 of 3,000 areas are shown');
    // The comparison picker carries no option per area: it loads the index on use.
    expect(page(`${base}N0000001/`)).not.toMatch(/<option value="N\d+"/);
  });

  it('links the search page to the areas A to Z instead of listing them, each area on one letter page', () => {
    const search = page('search/');
    expect(search).not.toMatch(/href="\/areas\/areas\/N\d+\/"/);
    const letters = [...search.matchAll(/href="\/areas\/areas\/list\/([a-z]+)\/"/g)].map((m) => m[1] ?? '');
    expect(letters.length).toBeGreaterThan(5);
    expect(page('areas/areas/list/')).not.toMatch(/href="\/areas\/areas\/N\d+\/"/);
    const codes = letters.flatMap((l) =>
      [
        ...page(`areas/areas/list/${l}/`).matchAll(/<li data-code="(N\d+)"[^>]*>\s*<a href="\/areas\/areas\/\1\/"/g),
      ].map((m) => m[1]),
    );
    expect(codes.length).toBe(3000);
    expect(new Set(codes).size).toBe(3000);
    // The 25 regions fit one page, so the search page still lists them itself.
    expect(search.match(/href="\/areas\/regions\/NR\d+\/"/g)?.length).toBe(25);
  });

  it('draws the overview map one path per band, naming every area once, and splits it into areas in the browser', async () => {
    const overview = page(base);
    const svg = /<svg class="static-map"[^>]*>([\s\S]*?)<\/svg>/.exec(overview)?.[1] ?? '';
    expect(svg.length).toBeGreaterThan(50_000);
    expect(svg.length).toBeLessThan(250 * 1024);
    expect(svg).not.toMatch(/data-code="/);
    const bands = [...svg.matchAll(/<path d="[^"]*" fill="[^"]*" data-codes="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(bands.length).toBeGreaterThan(1);
    expect(bands.length).toBeLessThanOrEqual(12);
    const codes = bands.flatMap((b) => b.split(' '));
    expect(codes.length).toBe(3000);
    expect(new Set(codes).size).toBe(3000);
    const browser = await launchBrowser();
    try {
      const server = await serveStatic(site?.siteDir ?? '', '/');
      try {
        const opened = await openPage(browser, `${server.url}${base}`);
        const tab = opened.page;
        await tab.waitForFunction(() => document.querySelectorAll('[data-static-map] path[data-code]').length === 3000);
        expect(await tab.$$eval('[data-static-map] path[data-codes]', (ps) => ps.length)).toBe(0);
        await tab.focus('[data-map-frame]');
        await tab.keyboard.press('Home');
        const selected = await tab.$eval('[data-static-map] path.selected', (p) => p.getAttribute('data-code'));
        expect(selected).toMatch(/^N\d+$/);
        expect(opened.pageErrors).toEqual([]);
      } finally {
        await server.close();
      }
    } finally {
      await browser.close();
    }
  });
});

const assetsSite = resolve(repoRoot, process.env.ATLAS_E2E_ASSETS_SITE ?? '.atlas/bench/national-assets-site-none');
const assetsBuilt = existsSync(join(assetsSite, 'land/index.html'));
if (national && !assetsBuilt)
  console.log(
    `page budget: the 100,000-asset site's land pages are skipped: ${assetsSite} is not built ` +
      '(npx tsx tests/bench/national-scale.ts builds it; ATLAS_E2E_ASSETS_SITE names another build).',
  );

describe.skipIf(!national || !assetsBuilt)('page budget: generated 100,000-asset site', () => {
  it(`has no land page over ${PAGE_BUDGET_BYTES / 1024} KB of HTML: the map page, a list per area, the unplaced records`, () => {
    const land = htmlPageSizes(join(assetsSite, 'land'));
    // The land page, the shortlist, the rights page, the unplaced records and an area list per area.
    expect(land.length).toBeGreaterThan(3000);
    expect(land.map((p) => p.page)).toContain('index.html');
    expect(pagesOverBudget(join(assetsSite, 'land'))).toEqual([]);
  });
});
