/**
 * A site whose area codes are names with letters outside ASCII (tests/fixtures/build/accents): every
 * area page's address is ASCII (folded, with a fingerprint) and its own, a plain code keeps its
 * address, and every link of every page leads to a page that was built, the site search's too. The
 * rows of no area ("Unknown") are counted beside the total and on the dataset's page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { crawlSite, extractLinks } from './harness/crawl.ts';
import { resolveSitePath, serveStatic, type StaticServer } from './harness/static-server.ts';
import { areaPageName } from '../../src/lib/area-page-name.ts';

const CODES = ['Dale', 'Ynys-Môn', 'Ærø', 'Łódź', 'Île-de-France', 'Sörmland'];
const BUILD_TIMEOUT_MS = 40 * 60_000;

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite({
    config: 'tests/fixtures/build/accents/accents.config.ts',
    name: 'accents',
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

describe('area page addresses', () => {
  it.each(['areas/districts', 'disease/cases/cases', 'indicators/rates/rates'])(
    '%s: one ASCII folder per area, the plain code as it is',
    (path) => {
      const areas = folders(path).filter((f) => !['areas', 'periods', 'list'].includes(f));
      expect(areas.sort()).toEqual(CODES.map(areaPageName).sort());
      for (const name of areas) expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
      expect(areas).toContain('Dale');
      expect(areas.find((a) => a.startsWith('Sormland-'))).toBeDefined();
    },
  );

  it('links only to pages and files that were built, from every page', () => {
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

  it('opens the area page the site search finds for an accented name', async () => {
    const base = `${server.url.replace(/\/$/, '')}${site.basePath}`;
    const opened = await openPage(browser, `${base}`, { width: 1280, height: 900 });
    const { page } = opened;
    const box = page.getByRole('combobox').first();
    await box.fill('Sörm');
    const option = page.getByRole('option', { name: /Sörmland/ }).first();
    await option.waitFor({ timeout: 10_000 });
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(/\/areas\/districts\/Sormland-[0-9a-z]{6}\/$/, { timeout: 10_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Sörmland/);
    expect(opened.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('rows placed in no area', () => {
  it('are counted beside the total of all areas and on the dataset page', () => {
    const text = (path: string): string =>
      readFileSync(join(site.siteDir, path, 'index.html'), 'utf8')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    // 7 days of "Unknown": 5 or 6 a day.
    expect(text('disease/cases/cases')).toMatch(/Not placed in an area: (38|39)\b/);
    expect(text('datasets/cases')).toMatch(/Not placed in an area: 28\b/);
    expect(text('datasets/cases')).toContain('Rows not placed in an area');
    expect(existsSync(join(site.siteDir, 'disease/cases/cases/Unknown'))).toBe(false);
  });
});
