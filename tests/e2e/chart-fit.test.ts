/**
 * Charts that fit a phone, in Chromium on the demo: at 390 and 320 px a disease
 * area page, an indicator's overview and area page and an area profile do not
 * scroll sideways, every chart's drawing lies inside its container with its
 * text at 11 px or more (the narrow drawing on a phone, the wide one on a
 * desktop), and a chart redrawn in the browser is drawn at its container's
 * width. Each page is screenshotted to tests/e2e/screenshots/ for review.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './harness/browser.ts';
import { buildSite, repoRoot, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import type { Manifest } from '../../src/lib/manifest.ts';

/** What the page measures of one chart drawing on screen. */
interface ChartBox {
  id: string;
  variant: string | null;
  drawnWidth: number;
  left: number;
  right: number;
  holderLeft: number;
  holderRight: number;
  holderOverflow: number;
  /** Smallest rendered size (px) of the drawing's text: its font size scaled by shown width / drawn width. */
  textPx: number;
  shownPerHolder: number;
}

/** Every `[data-chart-svg]` holder's shown drawing, measured. */
function measureCharts(page: Page): Promise<ChartBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-chart-svg]')]
      .filter((h) => h.getClientRects().length > 0)
      .flatMap((h) => {
        const shown = [...h.querySelectorAll<SVGSVGElement>('svg[role="img"]')].filter(
          (s) => s.getClientRects().length > 0,
        );
        return shown.map((svg) => {
          const box = svg.getBoundingClientRect();
          const hb = h.getBoundingClientRect();
          const drawn = svg.viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
          return {
            id: svg.querySelector('title')?.id ?? '',
            variant: svg.getAttribute('data-variant'),
            drawnWidth: drawn,
            left: box.left,
            right: box.right,
            holderLeft: hb.left,
            holderRight: hb.right,
            holderOverflow: h.scrollWidth - h.clientWidth,
            textPx: (Math.min(...sizes) * box.width) / drawn,
            shownPerHolder: shown.length,
          };
        });
      }),
  );
}

describe('charts fit a phone: demo', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let pages: { name: string; path: string; charts: number }[];
  const opened: OpenedPage[] = [];
  const shots = join(repoRoot, 'tests/e2e/screenshots');
  const open = async (path: string, width: number) => {
    const o = await openPage(browser, `${server.url.replace(/\/$/, '')}${site.basePath}${path}`, {
      width,
      height: 844,
      reducedMotion: 'reduce',
    });
    opened.push(o);
    await o.page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    return o;
  };

  beforeAll(async () => {
    site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });
    const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
    const cases = manifest.datasets.find((d) => d.kind === 'cases');
    const indicator = manifest.datasets.find((d) => d.kind === 'indicator');
    const layer = manifest.layers[0];
    if (cases?.kind !== 'cases' || indicator?.kind !== 'indicator' || !layer) throw new Error('demo lacks a dataset');
    const metric = cases.metrics[0]?.key ?? '';
    const ind = indicator.series[0]?.slug ?? '';
    // Eastmere Central: the ward with rows in every demo dataset.
    const code = 'X05000005';
    pages = [
      { name: 'disease-area', path: `disease/${cases.id}/${metric}/${code}/`, charts: 2 },
      { name: 'indicator', path: `indicators/${indicator.id}/${ind}/`, charts: 1 },
      { name: 'indicator-area', path: `indicators/${indicator.id}/${ind}/${code}/`, charts: 1 },
      { name: 'area-profile', path: `areas/${layer.id}/${code}/`, charts: 0 },
    ];
    mkdirSync(shots, { recursive: true });
    server = await serveStatic(site.siteDir, site.basePath);
    browser = await launchBrowser({ webgl: false });
  }, 25 * 60_000);

  afterAll(async () => {
    const problems = opened.flatMap((o) => [...o.consoleErrors, ...o.pageErrors, ...o.foreignRequests]);
    for (const o of opened) await o.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    expect(problems).toEqual([]);
  });

  for (const width of [390, 320]) {
    it(`at ${width} px: no page scrolls sideways, and every chart is its narrow drawing, inside its container, text 11 px or more`, async () => {
      for (const p of pages) {
        const { page } = await open(p.path, width);
        await page.screenshot({ path: join(shots, `chart-fit-${p.name}-${width}.png`), fullPage: true });
        const scroll = await page.evaluate(() => [document.scrollingElement?.scrollWidth ?? 0, innerWidth]);
        expect(scroll[0], `${p.path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(scroll[1] ?? 0);
        const charts = await measureCharts(page);
        expect(charts.length, `${p.path}: charts shown`).toBe(p.charts);
        for (const c of charts) {
          const where = `${p.path} ${c.id} at ${width} px`;
          expect(c.shownPerHolder, `${where}: one drawing shown`).toBe(1);
          expect(c.variant, where).toBe('narrow');
          expect(c.left, `${where}: left edge`).toBeGreaterThanOrEqual(c.holderLeft - 0.5);
          expect(c.right, `${where}: right edge`).toBeLessThanOrEqual(c.holderRight + 0.5);
          expect(c.holderOverflow, `${where}: scrolls inside its container`).toBeLessThanOrEqual(0);
          expect(c.textPx, `${where}: text size`).toBeGreaterThanOrEqual(11);
        }
        // Other drawings (the profile's spine charts and trend lines) fit inside their own containers.
        const outside = await page.evaluate(() =>
          [...document.querySelectorAll('main svg')]
            .filter((s) => s.getClientRects().length > 0 && s.parentElement !== null)
            .filter((s) => {
              const b = s.getBoundingClientRect();
              const c = (s.parentElement as HTMLElement).getBoundingClientRect();
              return b.left < c.left - 0.5 || b.right > c.right + 0.5;
            })
            .map((s) => s.outerHTML.slice(0, 80)),
        );
        expect(outside, `${p.path}: drawings wider than their containers`).toEqual([]);
      }
    });
  }

  it('on a desktop shows the wide drawing, scaled no smaller than 11 px text', async () => {
    for (const p of pages.filter((q) => q.charts > 0)) {
      const { page } = await open(p.path, 1280);
      const charts = await measureCharts(page);
      expect(charts.length, p.path).toBe(p.charts);
      for (const c of charts) {
        expect(c.variant, p.path).toBe('wide');
        expect(c.drawnWidth, p.path).toBe(640);
        expect(c.right, p.path).toBeLessThanOrEqual(c.holderRight + 0.5);
        expect(c.textPx, p.path).toBeGreaterThanOrEqual(11);
      }
    }
  });

  it('redraws a chart in the browser at its container width, in the phone layout below 540 px', async () => {
    const disease = pages[0];
    if (!disease) throw new Error('no disease page');
    const { page } = await open(disease.path, 390);
    await page.locator('[data-control="range"][value="3m"]').first().check();
    const trend = page.locator('[data-chart="trend"] [data-chart-svg]');
    await trend.locator('svg[role="img"]:not([data-variant])').waitFor({ timeout: 15_000 });
    expect(await trend.locator('svg[role="img"]').count()).toBe(1);
    const [holderWidth, drawn, fontSize] = await trend.evaluate((h) => {
      const svg = h.querySelector<SVGSVGElement>('svg[role="img"]');
      return [h.clientWidth, svg?.viewBox.baseVal.width ?? 0, svg?.style.fontSize ?? ''];
    });
    expect(drawn).toBe(Math.floor(Number(holderWidth)));
    expect(fontSize).toBe('12.5px');
    await page.screenshot({ path: join(shots, 'chart-fit-disease-area-390-redrawn.png'), fullPage: true });
  });
});
