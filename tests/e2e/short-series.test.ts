/**
 * A real short series: AGES's COVID-19 cases per Bezirk (tests/fixtures/real/ages-covid-bezirke),
 * 15 days. Every time range but All would show those same 15 days, so the disease pages offer no
 * range group (the scale stays), and a shared link asking for a range (made when the data was
 * longer) shows All without an error: the whole table, All in the download's name, and no range
 * written back to the URL.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';

const BUILD_TIMEOUT_MS = 40 * 60_000;
const DAYS = 15;
// The metric "Fälle" folds by German's convention (ä → ae).
const OVERVIEW = 'disease/covid-19/faelle/';
const AREA = `${OVERVIEW}900/`;

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  site = await buildSite({
    config: 'tests/fixtures/real/ages-covid-bezirke/ages-bezirke.config.ts',
    name: 'ages-short',
  });
  server = await serveStatic(site.siteDir, site.basePath);
  browser = await launchBrowser({ webgl: false });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const o of opened) await o.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<OpenedPage> {
  const o = await openPage(browser, `${server.url.replace(/\/$/, '')}${site.basePath}${path}`, {
    width: 1280,
    height: 900,
    reducedMotion: 'reduce',
  });
  opened.push(o);
  await o.page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  return o;
}

describe('disease pages of a 15-day series', () => {
  it.each([OVERVIEW, AREA])('%s offers no time range, only the scale', async (path) => {
    const { page, consoleErrors, pageErrors } = await open(path);
    const controls = page.locator('[data-chart-controls]');
    expect(await controls.count()).toBeGreaterThan(0);
    for (const c of await controls.all()) {
      expect(await c.isVisible()).toBe(true);
      expect(await c.getAttribute('data-ranges')).toBe('all');
      expect(await c.locator('fieldset').count()).toBe(1);
    }
    expect(await page.locator('input[data-control="range"]').count()).toBe(0);
    expect(await page.locator('input[data-control="scale"]').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows All for a range in the URL that the page does not offer', async () => {
    const { page, consoleErrors, pageErrors } = await open(`${AREA}?range=6m`);
    expect(await page.locator('[data-trend-table] tbody tr').count()).toBe(DAYS);
    await page.click('#trend-tab-download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#trend [data-download="csv"]')]);
    expect(download.suggestedFilename()).toMatch(/-all\.csv$/);
    // Changing the scale writes the state: the range is All, the page's default, so the URL names none.
    await page.click('#trend-tab-chart');
    await page.check('#trend input[data-control="scale"][value="log"]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('scale') === 'log');
    expect(new URL(page.url()).searchParams.get('range')).toBeNull();
    expect(await page.locator('[data-trend-table] tbody tr').count()).toBe(DAYS);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
