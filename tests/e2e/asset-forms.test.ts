/**
 * A site whose land and buildings come in the forms councils publish beyond a CSV with two
 * coordinate columns (tests/e2e/fixtures/asset-forms/): GeoJSON polygons, a WKT column, a
 * "(lat, lon)" column with ids from block + lot. Checked in Chromium: the map page, an asset
 * drawn with its own outline, the list of records not on the map, the dataset page; no console
 * errors, no request to another host, no axe violations. Expected figures come from the built
 * data files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import type { AssetsDatasetEntry, Manifest } from '../../src/lib/manifest.ts';
import type { AssetsTable } from '../../src/lib/assets-files.ts';
import { slugOf } from '../../src/lib/assets/estate.ts';

describe('buildings and land from GeoJSON, WKT and combined coordinate columns', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let manifest: Manifest;
  const opened: OpenedPage[] = [];
  const tables = new Map<string, AssetsTable>();

  const open = async (path: string): Promise<OpenedPage> => {
    const p = await openPage(browser, `${server.url}${path}`, { reducedMotion: 'reduce' });
    opened.push(p);
    return p;
  };
  const clean = async (p: OpenedPage): Promise<void> => {
    expect(formatViolations(await runAxe(p.page))).toBe('');
    expect(p.consoleErrors).toEqual([]);
    expect(p.pageErrors).toEqual([]);
    expect(p.foreignRequests).toEqual([]);
  };
  const pageOf = (dataset: string, id: string): string => {
    const t = tables.get(dataset) as AssetsTable;
    return `land/${dataset}/${slugOf(t, t.id.indexOf(id))}/`;
  };

  beforeAll(async () => {
    site = await buildSite({ config: 'tests/e2e/fixtures/asset-forms/asset-forms.config.ts', name: 'asset-forms' });
    manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
    for (const d of manifest.datasets) {
      if (d.kind !== 'assets') continue;
      const file = (d as AssetsDatasetEntry).files['assets'] ?? '';
      tables.set(d.id, JSON.parse(readFileSync(join(site.dataDir, file), 'utf8')) as AssetsTable);
    }
    server = await serveStatic(site.siteDir, site.basePath);
    browser = await launchBrowser({ webgl: true });
  });

  afterAll(async () => {
    for (const p of opened) await p.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('reads every row of every form: 4 features, 3 WKT rows, 4 notices', () => {
    const q = Object.fromEntries(manifest.datasets.map((d) => [d.id, [d.quality.rowsIn, d.quality.accepted]]));
    expect(q).toEqual({ parcels: [4, 4], sites: [3, 3], notices: [4, 4] });
    expect(tables.get('notices')?.id).toEqual(['0012-004', '0012-005', '0040-001A', '0041-002']);
    expect(tables.get('parcels')?.dict.tenure).toEqual(['Freehold', 'Leasehold']);
  });

  it('shows all 11 records on the map page, with no errors, foreign requests or axe violations', async () => {
    const p = await open('land/');
    await p.page.locator('[data-count]').filter({ hasText: 'records match' }).waitFor({ timeout: 30_000 });
    await expect(p.page.locator('[data-count]').textContent()).resolves.toContain('11 of 11 records match');
    await p.page.getByRole('button', { name: 'Show interactive map' }).click();
    await expect
      .poll(() => p.page.locator('[data-map]').getAttribute('data-rendered'), { timeout: 30_000 })
      .toMatch(/^[1-9]\d*$/);
    await clean(p);
  });

  it('draws a polygon asset with its own outline inside its ward, and its name as text', async () => {
    const p = await open(pageOf('parcels', 'P-1'));
    await expect(p.page.locator('h1').textContent()).resolves.toContain('Former <em>allotment</em> plot');
    await expect(p.page.locator('h1 em').count()).resolves.toBe(0);
    await expect(p.page.locator('.mini-map path.asset-outline').count()).resolves.toBe(1);
    await expect(p.page.locator('.mini-map path.area').count()).resolves.toBe(1);
    await expect(p.page.locator('.mini-map title').textContent()).resolves.toContain('with its own outline drawn');
    await expect(p.page.locator('main').textContent()).resolves.toContain('Freehold');
    await clean(p);
  });

  it("uses the dataset's own words and date labels on an asset page", async () => {
    const p = await open(pageOf('notices', '0012-004'));
    const facts = (await p.page.locator('.asset-facts').textContent()) ?? '';
    expect(facts).toContain('Block and lot');
    expect(facts).toContain('0012-004');
    const dates = (await p.page.locator('.dates').textContent()) ?? '';
    expect(dates).toContain('Vacant building notice served');
    await expect(p.page.locator('.dates time').getAttribute('datetime')).resolves.toBe('2016-03-10');
    await clean(p);
  });

  it('lists the three records not on the map, each with its reason', async () => {
    const p = await open('land/unplaced/');
    const main = (await p.page.locator('main').textContent()) ?? '';
    expect(main).toContain('3 records are not on the map');
    for (const reason of ['no coordinates', 'geometry could not be read', 'not inside any of the wards']) {
      expect(main).toContain(reason);
    }
    await expect(p.page.locator('main table tbody tr').count()).resolves.toBe(3);
    expect(main).toContain('Vacant building notices (block and lot): 1 vacant building not on the map');
    await clean(p);
  });

  it('says on the dataset page that a GeoJSON file was read feature by feature, and names the downloads', async () => {
    const p = await open('datasets/parcels/');
    const main = (await p.page.locator('main').textContent()) ?? '';
    expect(main).toContain('4 features (GeoJSON or TopoJSON, one row per feature)');
    expect(main).toContain('The whole dataset, as a spreadsheet');
    expect(main).toContain('Outlines of assets given as shapes');
    expect(main).not.toContain('assets-csv');
    await clean(p);
  });
});
