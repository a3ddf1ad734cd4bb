/**
 * Offline for meetings, in Chromium with the network switched off: an area profile, an
 * asset page and a dataset page kept with "Keep this page for offline use" open with
 * their styles, charts, tables and map; a page not kept shows the offline page listing
 * the kept ones; the list removes a page; a new release replaces the kept copies; the
 * site installs (web app manifest, icons) and its pages keep their JavaScript budget.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import type { AreaList, Manifest } from '../../src/lib/manifest.ts';
import { JS_BUDGET_KB, measurePage } from '../bench/page-weight.ts';
import { serviceWorkerCode } from '../../src/site/offline-integration.mjs';

describe('offline: demo', () => {
  let site: BuiltSite;
  let copy: string;
  let server: StaticServer;
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;
  let profile: string;
  let asset: string;
  let dataset: string;
  let notKept: string;
  const url = (p: string) => `${server.url}${p}`;

  beforeAll(async () => {
    site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });
    // A copy, because the release test changes its files.
    copy = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
    cpSync(site.siteDir, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
    const layer = manifest.layers[0];
    if (!layer) throw new Error('no layer');
    const areas = JSON.parse(readFileSync(join(site.dataDir, layer.files.areas), 'utf8')) as AreaList;
    profile = `areas/${layer.id}/X05000005/`;
    notKept = `areas/${layer.id}/${areas.areas.find((a) => a.code !== 'X05000005')?.code}/`;
    const assets = manifest.datasets.find((d) => d.kind === 'assets');
    if (!assets) throw new Error('no asset dataset');
    const first = readdirSync(join(site.siteDir, 'land', assets.id)).sort()[0];
    if (!first) throw new Error(`no asset pages in land/${assets.id}/`);
    asset = `land/${assets.id}/${first}/`;
    dataset = `datasets/${manifest.datasets.find((d) => d.kind === 'indicator')?.id}/`;
    server = await serveStatic(copy, site.basePath);
    browser = await launchBrowser({ webgl: false });
    opened = await openPage(browser, url(profile), { serviceWorkers: 'allow', reducedMotion: 'reduce' });
    page = opened.page;
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }, 25 * 60_000);

  afterAll(async () => {
    const problems = opened ? [...opened.pageErrors, ...opened.foreignRequests, ...opened.cspViolations] : [];
    await opened?.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
    expect(problems).toEqual([]);
  });

  const keep = async (path: string) => {
    await page.goto(url(path));
    const button = page.getByRole('button', { name: 'Keep this page for offline use' });
    await button.click();
    // Waits for the service worker's answer (the status line is role=status).
    await page.locator('[data-keep-status]', { hasText: /^(?!Keeping)./ }).waitFor();
    console.log(`${path}: ${await page.locator('[data-keep-status]').textContent()}`);
    expect(await page.locator('[data-keep-status]').textContent()).toMatch(
      /^Kept on this device: \d+ files, [\d.]+ (kB|MB)\. It opens without a network\.$/,
    );
    expect(await page.getByRole('button', { name: 'Remove from this device' }).isVisible()).toBe(true);
  };

  const headerColour = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.site-header') as Element).backgroundColor);

  it('is installable: a web app manifest of the site, with icons, start page and scope on its own origin', async () => {
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBe(`${site.basePath}manifest.webmanifest`);
    const app = (await (await fetch(url('manifest.webmanifest'))).json()) as {
      name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(app.start_url).toBe(site.basePath);
    expect(app.scope).toBe(site.basePath);
    expect(app.display).toBe('standalone');
    expect(app.icons.map((i) => i.sizes)).toEqual(['any', '192x192', '512x512']);
    for (const icon of app.icons) {
      const r = await fetch(new URL(icon.src, server.url));
      expect(r.status, icon.src).toBe(200);
      expect(r.headers.get('content-type'), icon.src).toBe(icon.type);
    }
    // The service worker controls the pages, under the base path.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
  });

  it('shows "Keep this page" as the page is parsed, so it does not push the page down when the scripts arrive', async () => {
    // The page's module scripts held back, as on a slow connection: the button and its place
    // are there already (revealed by a module, it moved the rest of the page 118 px at 390 px).
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, serviceWorkers: 'block' });
    try {
      const held = await context.newPage();
      await held.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      await held.goto(url(asset));
      const block = held.locator('[data-keep-offline]');
      expect(await block.isVisible()).toBe(true);
      expect(await held.getByRole('button', { name: 'Keep this page for offline use' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('keeps an area profile, an asset page and a dataset page, which then open offline with styles, charts, tables and map', async () => {
    await keep(profile);
    await keep(asset);
    await keep(dataset);
    const online = { colour: await headerColour() };
    await page.context().setOffline(true);
    try {
      await page.goto(url(profile));
      expect(await page.textContent('h1')).toBe('Eastmere Central');
      expect(await headerColour()).toBe(online.colour);
      expect(await page.locator('.spine svg').count()).toBeGreaterThan(0);
      expect(await page.locator('.spark path').count()).toBeGreaterThan(0);
      expect(await page.locator('#dis-h ~ .table-scroll tbody tr').count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Remove from this device' }).isVisible()).toBe(true);

      await page.goto(url(asset));
      expect(await page.locator('.mini-map svg path.area').count()).toBe(1);
      expect(await page.locator('.mini-map figcaption').textContent()).toContain('outline of the area');

      await page.goto(url(dataset));
      expect(await page.locator('main svg').count()).toBeGreaterThan(0);
      expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
      expect(formatViolations(await runAxe(page))).toBe('');
    } finally {
      await page.context().setOffline(false);
    }
  });

  it('shows a page not kept as the offline page, listing the pages that are kept', async () => {
    await page.context().setOffline(true);
    try {
      await page.goto(url(notKept));
      expect(await page.textContent('h1')).toBe('You are offline');
      expect(page.url()).toBe(url(notKept));
      await page.locator('[data-kept-items] li').nth(2).waitFor();
      expect(await page.locator('[data-kept-items] li').count()).toBe(3);
      expect(await page.locator('[data-kept-summary]').textContent()).toMatch(
        /^3 pages kept, [\d.]+ (kB|MB) in all\.$/,
      );
      expect(await page.locator('[data-kept-items] a').allTextContents()).toContain('Eastmere Central');
      expect(formatViolations(await runAxe(page))).toBe('');
      const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
      await page.setViewportSize({ width: 390, height: 800 });
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(width).toBeLessThanOrEqual(1280);
    } finally {
      await page.context().setOffline(false);
    }
  });

  it('lists kept pages and removes one, which then no longer opens offline', async () => {
    await page.goto(url('offline/'));
    await page.locator('[data-kept-items] li').nth(2).waitFor();
    expect(await page.locator('[data-kept-items] li').count()).toBe(3);
    await page.getByRole('button', { name: 'Remove Eastmere Central from this device' }).click();
    await page.locator('[data-kept-status]', { hasText: /./ }).waitFor();
    expect(await page.locator('[data-kept-status]').textContent()).toBe(
      'Eastmere Central was removed from this device.',
    );
    expect(await page.locator('[data-kept-items] li').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kept-h');
    await page.context().setOffline(true);
    try {
      await page.goto(url(profile));
      expect(await page.textContent('h1')).toBe('You are offline');
      // The files the other kept pages share (styles, scripts) are still there.
      await page.goto(url(asset));
      expect(await page.locator('.mini-map svg').count()).toBe(1);
      expect(await headerColour()).toBe('rgb(27, 27, 31)');
    } finally {
      await page.context().setOffline(false);
    }
  });

  it('replaces kept copies with the new release, and deletes the old caches', async () => {
    const before = await page.evaluate(async () => (await caches.keys()).sort());
    expect(before).toHaveLength(2);
    // A new release: the asset page changed, and the service worker has a new build id.
    const file = join(copy, asset, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '</h1><p data-release="2">Updated</p>'));
    writeFileSync(join(copy, 'sw.js'), await serviceWorkerCode('release-2'));
    await page.goto(url('offline/'));
    // The browser finds the new sw.js, installs it and activates it (old caches deleted in its activate step).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      // The navigation's own update check may already have installed the new worker, which is then
      // the active one; if no new worker came at all, the old caches below are still there and fail.
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      if (!worker) throw new Error('no service worker after the update');
      await new Promise<void>((resolve) => {
        const check = () => {
          if (worker.state === 'activated') resolve();
        };
        worker.addEventListener('statechange', check);
        check();
      });
    });
    const after = await page.evaluate(async () => (await caches.keys()).sort());
    expect(after).toEqual(['civic-atlas-kept-release-2', 'civic-atlas-shell-release-2']);
    await page.context().setOffline(true);
    try {
      await page.goto(url(asset));
      expect(await page.locator('[data-release="2"]').count()).toBe(1);
      await page.goto(url(dataset));
      expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
    } finally {
      await page.context().setOffline(false);
    }
  });

  it(`keeps the keep button's code out of the up-front JavaScript (≤ ${JS_BUDGET_KB} KB brotli)`, () => {
    for (const p of [profile, asset, dataset]) {
      const w = measurePage(site.siteDir, site.basePath, p);
      console.log(`${p}: ${w.eagerJsKb} KB JS up front, ${w.lazyJsKb} KB later (brotli)`);
      expect(w.eagerJsKb, p).toBeLessThanOrEqual(JS_BUDGET_KB);
      expect(w.lazyJsKb, `${p}: the keep button's module loads on use`).toBeGreaterThan(0);
    }
  });
});
