/**
 * The buildings and land pages in Chromium, on three sites: the demo, the real
 * NLUD + Cheltenham configuration (when ../shared/data is present) and a tiny
 * fixture whose asset names hold HTML. Expected figures come from the built
 * data files, through the same shared code the pages use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, repoRoot, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import { sharedBuild } from '../realdata/shared-build.ts';
import type { AssetsDatasetEntry, Manifest } from '../../src/lib/manifest.ts';
import type { AssetsTable } from '../../src/lib/assets-files.ts';
import { assetAt, buildEstate, labelOf, slugOf, type Estate } from '../../src/lib/assets/estate.ts';
import { applyFilters, NO_FILTERS, type AssetFilters } from '../../src/lib/assets/filters.ts';
import { createFormatter } from '../../src/lib/format.ts';
import { formatAssetSize } from '../../src/lib/assets/asset-size.ts';
import { hasAssetPage } from '../../src/lib/assets/asset-page.ts';
import { DATASET_KIND_IDS, kindInfo } from '../../src/lib/dataset-kinds.ts';
import { latitudeOf, mercatorX, mercatorY } from '../../src/lib/geo/mercator-frame.ts';
import { ASSETS_PER_PAGE } from '../../src/lib/paging.ts';
import { AREA_TABLE_ROWS } from '../../src/lib/assets/area-counts.ts';
import {
  clusterIndex,
  type AssetClusterProps,
  type AssetPointProps,
  type ViewBox,
} from '../../src/lib/assets/asset-clusters.ts';

const shared = existsSync(
  resolve(repoRoot, '../shared/data/property/uk_nlud_previously_developed_land_sites_2012.csv'),
);
if (!shared)
  console.warn(
    'tests/e2e/assets.test.ts: the NLUD + Cheltenham site is skipped, ../shared/data is absent (it is present in CI).',
  );
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Rows the shortlist lists on screen before "Show all" (src/client/assets/shortlist-page.ts). */
const SHORTLIST_SCREEN_ROWS = 100;

interface SiteCase {
  name: string;
  config: () => string;
  skip: boolean;
  /** A config under tests/realdata/configs/ whose data the real-data tests of this run build too: built once for both. */
  sharedData?: string;
  /** Most bytes of HTML the land page may have (its map picture and table by area grow with the areas). */
  landHtmlBudget: number;
}

const SITES: SiteCase[] = [
  // 44 KB before the picture and table were written tightly, 33 KB after.
  { name: 'demo', config: () => inject('demoConfig'), skip: false, landHtmlBudget: 40 * 1024 },
  {
    name: 'uk-assets',
    config: () => 'tests/realdata/configs/uk-assets.config.ts',
    skip: !shared,
    sharedData: 'uk-assets.config.ts',
    // 382 area outlines and 100 of 172 areas by area: 238 KB before the picture and table were written
    // tightly, 126 KB after, 114 KB with the table capped at 100 areas.
    landHtmlBudget: 125 * 1024,
  },
  {
    name: 'assets-fixture',
    config: () => 'tests/e2e/fixtures/assets/assets.config.ts',
    skip: false,
    // 21 KB.
    landHtmlBudget: 28 * 1024,
  },
];

/** What the built data says, for expectations. */
interface Truth {
  manifest: Manifest;
  estate: Estate;
  fmt: ReturnType<typeof createFormatter>;
  match(f: Partial<AssetFilters>): number[];
}

function truthOf(site: BuiltSite): Truth {
  const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const datasets = manifest.datasets.filter((d): d is AssetsDatasetEntry => d.kind === 'assets');
  const estate = buildEstate(
    datasets.map((d) => ({
      id: d.id,
      title: d.title,
      table: JSON.parse(readFileSync(join(site.dataDir, d.files['assets'] ?? ''), 'utf8')) as AssetsTable,
    })),
  );
  return {
    manifest,
    estate,
    fmt: createFormatter(manifest.site.locale),
    match: (f) => Array.from(applyFilters(estate, { ...NO_FILTERS, ...f }).matches),
  };
}

/** Index of the area holding the most records (ties: lowest index), or -1. */
function mostRecordsArea(t: Truth): number {
  const counts = new Map<number, number>();
  for (const a of t.estate.area) if (a >= 0) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? -1;
}

/** A vacant asset placed on the map in the area with most vacant assets, and that area's code. */
function sampleVacant(t: Truth): { k: number; area: string } {
  const counts = new Map<number, number>();
  for (const k of t.match({ status: ['vacant'] })) {
    const a = t.estate.area[k] as number;
    if (a >= 0 && !Number.isNaN(t.estate.lon[k] as number)) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const [area] = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0] ?? [-1];
  const code = t.estate.dict.area[area]?.code ?? '';
  const k = t.match({ status: ['vacant'], area: [code] }).find((i) => !Number.isNaN(t.estate.lon[i] as number)) ?? -1;
  return { k, area: code };
}

/**
 * The WGS84 extent a picture shows: its viewBox (the frame of `bounds`, see src/lib/geo/mercator-frame.ts)
 * scaled to fit its w×h box and centred, as SVG's default preserveAspectRatio does.
 */
function shownBounds(p: { w: number; h: number; vb: number[]; bounds: number[] }): [number, number, number, number] {
  const [west, south, east, north] = p.bounds as [number, number, number, number];
  const [, , vw, vh] = p.vb as [number, number, number, number];
  const scale = Math.min(p.w / vw, p.h / vh);
  const extraX = (p.w / scale - vw) / 2;
  const extraY = (p.h / scale - vh) / 2;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const dx = ((x1 - x0) / vw) * extraX;
  const dy = ((y1 - y0) / vh) * extraY;
  return [(x0 - dx) * 360 - 180, latitudeOf(y1 + dy), (x1 + dx) * 360 - 180, latitudeOf(y0 - dy)];
}

function csvRows(text: string): string[][] {
  // Enough CSV for our own output: quoted fields with doubled quotes, CRLF rows.
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await dl.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: dl.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

for (const siteCase of SITES) {
  describe.skipIf(siteCase.skip)(`buildings and land: ${siteCase.name}`, () => {
    let site: BuiltSite;
    let server: StaticServer;
    let browser: Browser;
    let truth: Truth;
    const opened: OpenedPage[] = [];
    const url = (path: string): string => `${server.url}${path.replace(/^\//, '')}`;
    const open = async (path: string, opts: { width?: number } = {}): Promise<OpenedPage> => {
      const p = await openPage(browser, url(path), {
        reducedMotion: 'reduce',
        ...(opts.width ? { width: opts.width } : {}),
      });
      opened.push(p);
      return p;
    };
    // The count is in the built page before the script runs, so it alone does not say the finder
    // answers: a click then was lost (the export test timed out once in CI waiting for its download).
    const ready = async (page: Page): Promise<void> => {
      await page.locator('[data-finder][data-live]').waitFor({ state: 'attached', timeout: 30_000 });
      await page.locator('[data-count]').filter({ hasText: 'records match' }).waitFor({ timeout: 30_000 });
    };

    beforeAll(async () => {
      const dataDir = siteCase.sharedData ? (await sharedBuild(siteCase.sharedData)).dataDir : undefined;
      site = await buildSite({ config: siteCase.config(), name: siteCase.name, ...(dataDir ? { dataDir } : {}) });
      truth = truthOf(site);
      server = await serveStatic(site.siteDir, site.basePath);
      browser = await launchBrowser({ webgl: true });
    });

    afterAll(async () => {
      for (const p of opened) await p.close().catch(() => undefined);
      await browser?.close();
      await server?.close();
    });

    it('has assets to show', () => {
      expect(truth.estate.count).toBeGreaterThan(0);
    });

    it('builds a section, and links to it, only for the kinds of dataset the site has', () => {
      const kinds = new Set(truth.manifest.datasets.map((d) => d.kind));
      const home = readFileSync(join(site.siteDir, 'index.html'), 'utf8');
      for (const kind of DATASET_KIND_IDS) {
        const section = kindInfo(kind).section;
        if (section === undefined) continue;
        const has = kinds.has(kind);
        expect(existsSync(join(site.siteDir, section.route, 'index.html')), `${section.route}index.html`).toBe(has);
        expect(home.includes(`>${section.label}</a>`), `a link to ${section.label} on the home page`).toBe(has);
      }
    });

    it('opens with the map drawn at build time and the list working, and requests no MapLibre until the map is used', async () => {
      const p = await open('land/');
      await ready(p.page);
      const { fmt, estate } = truth;
      // The picture is in the page as built: a box of fixed size with the area outlines and the markers.
      const html = readFileSync(join(site.siteDir, 'land/index.html'), 'utf8');
      expect(html).toContain('data-map-picture');
      const drawn = await p.page.locator('[data-picture-markers] > *').count();
      expect(drawn).toBeGreaterThan(0);
      // The list and the counts work before MapLibre: filter by a status and the count follows.
      await p.page.locator('[data-list] > li').first().waitFor();
      await expect(p.page.locator('[data-list] > li').count()).resolves.toBe(Math.min(20, estate.count));
      const scripts = (): Promise<string[]> =>
        p.page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => r.name)
            .filter((n) => /maplibre/i.test(n)),
        );
      const pictured = (): Promise<number> =>
        p.page.evaluate(() =>
          [...document.querySelectorAll('[data-picture-markers] > *')].reduce(
            (sum, el) => sum + Number(el.getAttribute('data-n') ?? '1'),
            0,
          ),
        );
      const placed = (ks: number[]): number => ks.filter((k) => !Number.isNaN(estate.lon[k] as number)).length;
      await expect(pictured()).resolves.toBe(placed(truth.match({})));
      const vacant = truth.match({ status: ['vacant'] });
      const filtersBox = p.page.locator('details.filters-box');
      if (!(await filtersBox.evaluate((d) => (d as HTMLDetailsElement).open)))
        await filtersBox.locator('summary').click();
      await p.page.getByRole('checkbox', { name: /^Vacant/ }).check();
      await expect
        .poll(() => p.page.locator('[data-count]').textContent())
        .toContain(`${fmt.count(vacant.length)} of ${fmt.count(estate.count)} records match`);
      await expect.poll(pictured).toBe(placed(vacant));
      await expect(scripts()).resolves.toEqual([]);
      await expect(p.page.locator('.maplibregl-canvas').count()).resolves.toBe(0);
      expect(p.consoleErrors).toEqual([]);
      expect(p.pageErrors).toEqual([]);
    });

    it('keeps the land page light: the picture outlines every area in one path, and neither it nor the table by area repeats markup per element', () => {
      const html = readFileSync(join(site.siteDir, 'land/index.html'), 'utf8');
      expect(Buffer.byteLength(html), 'bytes of land/index.html').toBeLessThanOrEqual(siteCase.landHtmlBudget);
      const svg = /<svg class="map-picture"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
      expect(svg).not.toBe('');
      expect(svg.match(/<path class="outlines"/g) ?? []).toHaveLength(1);
      expect(svg.match(/<path /g) ?? []).toHaveLength(1 + truth.estate.categories.length);
      const table =
        /<section class="estate-glance" aria-labelledby="by-area-h"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      const rows = table.match(/<tr>/g)?.length ?? 0;
      // A header row and one row per area holding a record, at most AREA_TABLE_ROWS of them: the page does
      // not grow with the number of areas; a CSV has every area.
      const held = new Set(Array.from(truth.estate.area).filter((a) => a >= 0));
      expect(rows).toBe(1 + Math.min(AREA_TABLE_ROWS, held.size));
      expect(/href="[^"]*\/land\/areas\.csv"/.test(table), 'the table links the CSV of every area').toBe(
        held.size > AREA_TABLE_ROWS,
      );
      const csv = readFileSync(join(site.siteDir, 'land/areas.csv'), 'utf8').trimEnd().split('\r\n');
      expect(csv).toHaveLength(1 + held.size);
      const codes = csv.slice(1).map((line) => line.split(',')[0]?.replace(/^'/, '').replace(/^"|"$/g, ''));
      expect(new Set(codes)).toEqual(new Set([...held].map((a) => truth.estate.dict.area[a]?.code)));
      const totals = csv.slice(1).map((line) => Number(line.split(',').at(-1)));
      expect(totals.reduce((n, v) => n + v, 0)).toBe(Array.from(truth.estate.area).filter((a) => a >= 0).length);
      for (const part of [svg, table]) {
        expect(part).not.toContain('data-astro-cid');
        expect(part).not.toContain('<td class=');
      }
    });

    it('keeps the "Loading map" label clear of the zoom buttons on a phone (390 px) while the map loads', async () => {
      const p = await open('land/', { width: 390 });
      await ready(p.page);
      // Every frame from the click until the map has taken over: does the label overlap a map control?
      await p.page.evaluate(() => {
        const w = window as unknown as { overlap: { both: number; overlapping: number } };
        w.overlap = { both: 0, overlapping: 0 };
        const stage = document.querySelector('[data-map-stage]') as HTMLElement;
        const check = (): void => {
          const label = document.querySelector('[data-show-map]');
          const controls = [...document.querySelectorAll('.maplibregl-ctrl button')];
          if (label && controls.length > 0 && label.getBoundingClientRect().width > 0) {
            w.overlap.both += 1;
            const a = label.getBoundingClientRect();
            for (const c of controls) {
              const b = c.getBoundingClientRect();
              if (b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                w.overlap.overlapping += 1;
            }
          }
          if (!stage.classList.contains('gl-ready')) requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      await p.page.getByRole('button', { name: 'Show interactive map' }).click();
      await expect(p.page.locator('[data-show-map]').textContent()).resolves.toBe('Loading the interactive map…');
      await p.page.locator('[data-map-stage].gl-ready').waitFor({ timeout: 30_000 });
      const seen = await p.page.evaluate(
        () => (window as unknown as { overlap: { both: number; overlapping: number } }).overlap,
      );
      // The label and the zoom buttons were on screen together, and never on top of each other.
      expect(seen.both).toBeGreaterThan(0);
      expect(seen.overlapping).toBe(0);
      expect(p.pageErrors).toEqual([]);
    });

    it('brings the interactive map on request, at the extent of the picture it replaces, with the full list and no errors, foreign requests or axe violations', async () => {
      const p = await open('land/');
      await ready(p.page);
      const { fmt, estate } = truth;
      // What the picture shows: its viewBox fitted (meet) into the box, as WGS84 bounds.
      const picture = await p.page.evaluate(() => {
        const svg = document.querySelector('[data-map-picture]') as SVGSVGElement;
        const box = svg.getBoundingClientRect();
        const vb = svg.viewBox.baseVal;
        const config = JSON.parse((document.querySelector('[data-finder]') as HTMLElement).dataset['finder'] ?? '{}');
        return { w: box.width, h: box.height, vb: [vb.x, vb.y, vb.width, vb.height], bounds: config.picture.bounds };
      });
      // MapLibre warns of every marker or cluster badge it asked for and was not given (then left undrawn).
      const missingImages: string[] = [];
      p.page.on('console', (m) => {
        if (/could not be loaded/.test(m.text())) missingImages.push(m.text());
      });
      await p.page.getByRole('button', { name: 'Show interactive map' }).click();
      await expect
        .poll(() => p.page.locator('[data-map]').getAttribute('data-rendered'), { timeout: 30_000 })
        .toMatch(/^[1-9]\d*$/);
      await expect(p.page.locator('.maplibregl-canvas').count()).resolves.toBe(1);
      expect(missingImages).toEqual([]);
      await expect(p.page.locator('[data-map-picture]').isVisible()).resolves.toBe(false);
      const view = ((await p.page.locator('[data-map]').getAttribute('data-view')) ?? '').split(',').map(Number);
      const shown = shownBounds(picture);
      const [w, s, e, n] = shown as [number, number, number, number];
      expect(view).toHaveLength(4);
      // Within 1% of the span: MapLibre fitted the same bounds into the same box.
      for (const [i, v] of view.entries()) {
        const span = i % 2 === 0 ? e - w : n - s;
        expect(Math.abs(v - (shown[i] as number)), `side ${i} of ${view.join(',')} vs ${shown.join(',')}`).toBeLessThan(
          span * 0.01,
        );
      }
      const count = await p.page.locator('[data-count]').textContent();
      expect(count).toContain(`${fmt.count(estate.count)} of ${fmt.count(estate.count)} records match`);
      await expect(p.page.locator('[data-list] > li').count()).resolves.toBe(Math.min(20, estate.count));
      const violations = await runAxe(p.page);
      expect(formatViolations(violations)).toBe('');
      expect(p.consoleErrors).toEqual([]);
      expect(p.pageErrors).toEqual([]);
      expect(p.foreignRequests).toEqual([]);
    });

    it('clusters the map as the cluster index does: a click on a cluster zooms to where it splits, a click on an asset selects it and the list follows', async () => {
      const p = await open('land/');
      await ready(p.page);
      await p.page.getByRole('button', { name: 'Show interactive map' }).click();
      const canvas = p.page.locator('.maplibregl-canvas');
      // The view and zoom the map says it drew (written when the view's own clusters are drawn).
      const drawnAt = async (after: number | null): Promise<{ view: ViewBox; zoom: number }> => {
        await expect
          .poll(
            async () => {
              const zoom = Number(await p.page.locator('[data-map]').getAttribute('data-zoom'));
              return Number.isFinite(zoom) && zoom > 0 && (after === null || Math.abs(zoom - after) < 0.01);
            },
            { timeout: 30_000 },
          )
          .toBe(true);
        const view = ((await p.page.locator('[data-map]').getAttribute('data-view')) ?? '').split(',').map(Number);
        return { view: view as ViewBox, zoom: Number(await p.page.locator('[data-map]').getAttribute('data-zoom')) };
      };
      const index = clusterIndex(truth.estate, truth.match({}));
      /** The features of the view as the index gives them, at their pixels in the canvas, alone within 30 px. */
      const clickable = async (at: { view: ViewBox; zoom: number }) => {
        // Wholly on screen, so a click at a pixel lands on the map.
        await canvas.scrollIntoViewIfNeeded();
        const box = await canvas.boundingBox();
        if (box === null) throw new Error('no map canvas');
        const [w, s, e, n] = at.view;
        const all = index.view(at.view, at.zoom).features.map((f) => {
          const [lon, lat] = f.geometry.coordinates as [number, number];
          const x = ((mercatorX(lon) - mercatorX(w)) / (mercatorX(e) - mercatorX(w))) * box.width;
          const y = ((mercatorY(lat) - mercatorY(n)) / (mercatorY(s) - mercatorY(n))) * box.height;
          return { f, x, y, pageX: box.x + x, pageY: box.y + y };
        });
        return all.filter(
          (a) =>
            a.x > 40 &&
            a.y > 40 &&
            a.x < box.width - 40 &&
            a.y < box.height - 40 &&
            // Clear of the zoom buttons (top right).
            !(a.x > box.width - 80 && a.y < 120) &&
            all.every((b) => b === a || Math.hypot(b.x - a.x, b.y - a.y) > 30),
        );
      };
      let at = await drawnAt(null);
      const first = await clickable(at);
      // The demo opens on clusters; a small fixture may have too few close records for one.
      const hasClusters = first.some((a) => 'point_count' in a.f.properties);
      if (siteCase.name === 'demo') expect(hasClusters, 'the demo map opens with a cluster to click').toBe(true);
      let zoomedIn = 0;
      for (let step = 0; step < 8; step++) {
        const targets = await clickable(at);
        const point = targets.find((a) => !('point_count' in a.f.properties));
        if (point !== undefined && (zoomedIn > 0 || !hasClusters)) {
          const k = (point.f.properties as AssetPointProps).k;
          const { table, index: i } = assetAt(truth.estate, k);
          await p.page.mouse.click(point.pageX, point.pageY);
          await expect.poll(() => p.page.locator('[data-selected] h3').textContent()).toBe(labelOf(table, i));
          expect(new URL(p.page.url()).searchParams.get('asset')).toBe(`${table.dataset}/${slugOf(table, i)}`);
          await expect(
            p.page.locator('[data-list] > li[aria-current="true"] .result-name').textContent(),
          ).resolves.toBe(labelOf(table, i));
          if (hasClusters) expect(zoomedIn).toBeGreaterThan(0);
          expect(p.pageErrors).toEqual([]);
          return;
        }
        const cluster = targets.find((a) => 'point_count' in a.f.properties);
        if (cluster === undefined) break;
        const expected = index.expansionZoom((cluster.f.properties as AssetClusterProps).cluster_id);
        expect(expected).not.toBeNull();
        await p.page.mouse.click(cluster.pageX, cluster.pageY);
        at = await drawnAt(expected);
        zoomedIn++;
      }
      throw new Error(`no asset to click on the map after ${zoomedIn} cluster clicks`);
    });

    it('changes the counts, list, map and URL when a filter changes, and the URL restores the view', async () => {
      const { fmt, estate } = truth;
      const vacant = truth.match({ status: ['vacant'] });
      const p = await open('land/');
      await ready(p.page);
      await p.page.getByRole('checkbox', { name: /^Vacant/ }).check();
      await expect
        .poll(() => p.page.locator('[data-count]').textContent())
        .toContain(`${fmt.count(vacant.length)} of ${fmt.count(estate.count)} records match`);
      expect(new URL(p.page.url()).searchParams.get('status')).toBe('vacant');
      const statuses = await p.page.locator('[data-list] > li .status-badge').allTextContents();
      expect(statuses.every((s) => s.trim() === 'Vacant')).toBe(true);
      // Live counts: each area shows how many vacant assets it holds.
      const { area } = sampleVacant(truth);
      const areaName = estate.dict.area.find((a) => a.code === area)?.name ?? '';
      const inArea = truth.match({ status: ['vacant'], area: [area] });
      if (area !== '') {
        const box = p.page.locator('details.facet-area');
        if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
        const option = p.page.locator('details.facet-area label').filter({ hasText: areaName }).first();
        await expect(option.locator('.count').textContent()).resolves.toBe(`(${fmt.count(inArea.length)})`);
        await option.locator('input').check();
        await expect
          .poll(() => p.page.locator('[data-count]').textContent())
          .toContain(`${fmt.count(inArea.length)} of`);
        expect(new URL(p.page.url()).searchParams.get('area')).toBe(area);
      }
      // The same address in a fresh page shows the same view.
      const again = await open(
        new URL(p.page.url()).pathname.replace(new URL(server.url).pathname, '') + new URL(p.page.url()).search,
      );
      await ready(again.page);
      await expect(again.page.getByRole('checkbox', { name: /^Vacant/ }).isChecked()).resolves.toBe(true);
      await expect(again.page.locator('[data-count]').textContent()).resolves.toContain(
        `${fmt.count(area === '' ? vacant.length : inArea.length)} of`,
      );
    });

    it('restores a selected asset from the URL and syncs it with the list; the list works from the keyboard', async () => {
      const { k, area } = sampleVacant(truth);
      expect(k).toBeGreaterThanOrEqual(0);
      const { table, index } = assetAt(truth.estate, k);
      const p = await open(
        `land/?status=vacant&area=${encodeURIComponent(area)}&asset=${table.dataset}/${slugOf(table, index)}`,
      );
      await ready(p.page);
      await expect(p.page.locator('[data-selected] h3').textContent()).resolves.toBe(labelOf(table, index));
      await expect(p.page.locator('[data-list] > li[aria-current="true"] .result-name').textContent()).resolves.toBe(
        labelOf(table, index),
      );
      // Keyboard: clear, then choose another asset with Tab and Enter on its "Show on map" button.
      await p.page.getByRole('button', { name: 'Clear selection' }).click();
      expect(new URL(p.page.url()).searchParams.get('asset')).toBeNull();
      // From the first listed asset's name, Tab reaches its "Show on map" button.
      await p.page.locator('[data-list] .result-name').first().focus();
      await p.page.keyboard.press('Tab');
      await expect(p.page.evaluate(() => document.activeElement?.classList.contains('show-on-map'))).resolves.toBe(
        true,
      );
      await p.page.keyboard.press('Enter');
      await expect.poll(() => p.page.locator('[data-selected] h3').count()).toBe(1);
      expect(new URL(p.page.url()).searchParams.get('asset')).not.toBeNull();
    });

    it('exports exactly the filtered rows as CSV and GeoJSON, with the filters in the file names', async () => {
      const { area } = sampleVacant(truth);
      const filters = { status: ['vacant' as const], ...(area ? { area: [area] } : {}) };
      const expected = truth.match(filters).map((k) => {
        const { table, index } = assetAt(truth.estate, k);
        return `${table.dataset}/${table.id[index]}`;
      });
      const p = await open(`land/?status=vacant${area ? `&area=${encodeURIComponent(area)}` : ''}`);
      await ready(p.page);
      const csv = await download(p.page, () => p.page.locator('[data-export="csv"]').click());
      expect(csv.name).toMatch(/^assets_status-vacant.*\.csv$/);
      if (area) expect(csv.name).toContain(`area-${area}`);
      const rows = csvRows(csv.text);
      expect(rows[0]?.slice(0, 3)).toEqual(['dataset', 'id', 'uprn']);
      expect(
        rows
          .slice(1)
          .map((r) => `${r[0]}/${r[1]}`)
          .sort(),
      ).toEqual([...expected].sort());
      const gj = await download(p.page, () => p.page.locator('[data-export="geojson"]').click());
      expect(gj.name).toMatch(/\.geojson$/);
      const features = (JSON.parse(gj.text) as { features: { properties: { dataset: string; id: string } }[] })
        .features;
      expect(features.map((f) => `${f.properties.dataset}/${f.properties.id}`).sort()).toEqual([...expected].sort());
      expect(p.foreignRequests).toEqual([]);
    });

    it('shows a size with the digits the register gives, a whole number with no ".0", on the asset page and in the shortlist', async () => {
      const sized = [...Array(truth.estate.count).keys()].find((k) => {
        const { table, index } = assetAt(truth.estate, k);
        const size = table.size[index];
        return size != null && Number.isInteger(size) && hasAssetPage(table, index);
      });
      if (sized === undefined) return;
      const { table, index } = assetAt(truth.estate, sized);
      const size = table.size[index] as number;
      const text = formatAssetSize(createFormatter(truth.manifest.site.locale), size, table.sizeUnit);
      expect(text).not.toMatch(/[.,]0+ /);
      const p = await open(`land/${table.dataset}/${slugOf(table, index)}/`);
      await expect(p.page.locator('.lede').textContent()).resolves.toContain(text);
      await expect(p.page.locator('dl, table').first().textContent()).resolves.toContain(text);
      const list = await open('land/shortlist/?q=' + encodeURIComponent(table.id[index] ?? ''));
      const row = list.page
        .locator('table tbody tr')
        .filter({ hasText: table.id[index] ?? '' })
        .first();
      await row.waitFor({ timeout: 30_000 });
      await expect(row.locator('td.num').textContent()).resolves.toBe(text);
    });

    it('lays the asset page out for A4 and prepares a nomination draft with the asset’s details, in the browser', async () => {
      const { k } = sampleVacant(truth);
      const { table, index } = assetAt(truth.estate, k);
      const label = labelOf(table, index);
      const p = await open(`land/${table.dataset}/${slugOf(table, index)}/`);
      await expect(p.page.locator('h1').textContent()).resolves.toBe(label);
      await expect(p.page.locator('.mini-map svg').count()).resolves.toBe(1);
      expect(formatViolations(await runAxe(p.page))).toBe('');
      await p.page.emulateMedia({ media: 'print' });
      await expect(p.page.locator('.site-header nav').isVisible()).resolves.toBe(false);
      await expect(p.page.locator('.take-action').isVisible()).resolves.toBe(false);
      const pdf = await p.page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(4);
      if (hasPdftotext) {
        const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
        expect(text).toContain('What the register says');
        expect(text).toContain(table.id[index] ?? '');
      }
      await p.page.emulateMedia({ media: 'screen' });
      const sections = truth.manifest.site.communityRights?.nominationSections ?? [];
      if (sections.length > 0) {
        const [popup] = await Promise.all([
          p.page.context().waitForEvent('page'),
          p.page.getByRole('button', { name: /Prepare a nomination/ }).click(),
        ]);
        await popup.waitForLoadState();
        expect(popup.url()).toMatch(/^blob:/);
        const body = (await popup.locator('body').textContent()) ?? '';
        expect(body).toContain(label);
        expect(body).toContain(table.id[index] ?? '');
        for (const s of sections) expect(body).toContain(s.heading);
        // Names with markup stay text in the draft too.
        await expect(popup.locator('body script, body img').count()).resolves.toBe(0);
        await popup.close();
        const txt = await download(p.page, () => p.page.getByRole('button', { name: /\.txt/ }).click());
        expect(txt.text).toContain(label);
        for (const s of sections) expect(txt.text).toContain(s.heading.toUpperCase());
      }
      expect(p.foreignRequests).toEqual([]);
      expect(p.pageErrors).toEqual([]);
    });

    it('prints a shortlist of exactly the filtered records', async () => {
      const { area } = sampleVacant(truth);
      const vacant = truth.match({ status: ['vacant'], ...(area ? { area: [area] } : {}) });
      const p = await open(`land/shortlist/?status=vacant${area ? `&area=${encodeURIComponent(area)}` : ''}`);
      await p.page.locator('[data-shortlist][data-ready]').waitFor({ timeout: 30_000 });
      const rows = p.page.locator('table.shortlist-table tbody tr');
      await expect(rows.count()).resolves.toBe(Math.min(vacant.length, SHORTLIST_SCREEN_ROWS));
      if (vacant.length > SHORTLIST_SCREEN_ROWS) {
        await p.page.getByRole('button', { name: `Show all ${truth.fmt.count(vacant.length)}` }).click();
        await expect(rows.count()).resolves.toBe(vacant.length);
      }
      await expect(p.page.locator('h1').textContent()).resolves.toBe(
        `Shortlist: ${truth.fmt.count(vacant.length)} ${vacant.length === 1 ? 'record' : 'records'}`,
      );
      expect(formatViolations(await runAxe(p.page))).toBe('');
      const pdf = await p.page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(1000);
      expect(p.foreignRequests).toEqual([]);
    });

    it('leaves out of the shortlist the area, size and owner columns no listed record has', async () => {
      const k = [...Array(truth.estate.count).keys()].find((i) => (truth.estate.area[i] ?? -1) < 0);
      if (k === undefined) return;
      const { table, index } = assetAt(truth.estate, k);
      const q = table.id[index] ?? '';
      const listed = truth.match({ q });
      const p = await open(`land/shortlist/?q=${encodeURIComponent(q)}`);
      await p.page.locator('[data-shortlist][data-ready]').waitFor({ timeout: 30_000 });
      const headers = await p.page.locator('table.shortlist-table thead th').allTextContents();
      const has = (f: (t: AssetsTable, i: number) => boolean): boolean =>
        listed.some((j) => {
          const at = assetAt(truth.estate, j);
          return f(at.table, at.index);
        });
      expect(headers.includes('Area')).toBe(listed.some((j) => (truth.estate.area[j] ?? -1) >= 0));
      expect(headers.includes('Size')).toBe(has((t, i) => t.size[i] != null));
      expect(headers.includes('Owner')).toBe(has((t, i) => (t.owner[i] ?? -1) >= 0));
      const cells = await p.page.locator('table.shortlist-table tbody tr').first().locator('td').count();
      expect(cells).toBe(headers.length);
    });

    it('lists a long shortlist a screen at a time, and prints every record', async () => {
      // Laid out at once, thousands of rows held a phone's main thread for seconds.
      const all = truth.estate.count;
      const p = await open('land/shortlist/');
      await p.page.locator('[data-shortlist][data-ready]').waitFor({ timeout: 30_000 });
      const rows = p.page.locator('table.shortlist-table tbody tr');
      await expect(rows.count()).resolves.toBe(Math.min(all, SHORTLIST_SCREEN_ROWS));
      const more = p.page.getByRole('button', { name: `Show all ${truth.fmt.count(all)}` });
      await expect(more.count()).resolves.toBe(all > SHORTLIST_SCREEN_ROWS ? 1 : 0);
      if (all > SHORTLIST_SCREEN_ROWS) {
        await expect(p.page.locator('[data-more-text]').textContent()).resolves.toBe(
          `The first ${SHORTLIST_SCREEN_ROWS} are listed here; printing lists all ${truth.fmt.count(all)}.`,
        );
        // The browser's own print command (not only the page's button) gets every row.
        await p.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await expect(rows.count()).resolves.toBe(all);
        await expect(rows.last().locator('td').first().textContent()).resolves.toBe(String(all));
        await expect(more.isVisible()).resolves.toBe(false);
      }
      expect(p.pageErrors).toEqual([]);
    });

    it('gives the shortlist a header row no taller than its headings, on a phone and a desktop', async () => {
      // At 390 px "Tenure / holding type" wrapped onto three lines in its narrow column, so the
      // header row was three lines tall and the headings in view sat over a blank band 55 px high.
      for (const width of [390, 1280]) {
        const p = await open('land/shortlist/', { width });
        await p.page.locator('[data-shortlist][data-ready]').waitFor({ timeout: 30_000 });
        const cells = await p.page.locator('table.shortlist-table thead th').evaluateAll((ths) =>
          ths.map((th) => {
            const range = document.createRange();
            range.selectNodeContents(th);
            const style = getComputedStyle(th);
            const inner =
              th.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
            return { text: th.textContent, spare: Math.round(inner - range.getBoundingClientRect().height) };
          }),
        );
        expect(cells.length).toBe(8);
        // Every heading fills the row as the tallest does (its line's leading under the text): none
        // has lines more than another.
        const least = Math.min(...cells.map((c) => c.spare));
        expect(
          cells.filter((c) => c.spare > least + 2),
          `${width} px`,
        ).toEqual([]);
        expect(p.pageErrors).toEqual([]);
      }
    });

    it('lays the shortlist out before its script runs where it stays, and shows a filtered address no other list’s count', async () => {
      // The module scripts held back, as on a slow connection, then let go: the lines above the
      // table (the count, the filters, the long-list note, the buttons) were filled in by the
      // script and pushed the table down (Lighthouse CLS 0.059 on the UK register at 390 px: its
      // three-line long-list note took the one-line loading message's place, 88 px lower; the
      // demo's and the fixture's short lists have no such note).
      const context = await browser.newContext({ viewport: { width: 390, height: 900 }, serviceWorkers: 'block' });
      try {
        for (const path of ['land/shortlist/', 'land/shortlist/?status=vacant']) {
          const page = await context.newPage();
          let release = (): void => undefined;
          const released = new Promise<void>((r) => (release = r));
          await page.route(/\/_astro\/.*\.js$/, async (route) => {
            await released;
            await route.continue();
          });
          await page.goto(url(path), { waitUntil: 'commit' });
          await page.locator('footer').waitFor({ state: 'attached' });
          await page.waitForFunction(() =>
            [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null),
          );
          const box = (selector: string): Promise<{ top: number; height: number }> =>
            page.locator(selector).evaluate((e) => {
              const r = e.getBoundingClientRect();
              return { top: r.top, height: r.height };
            });
          const before = await box('[data-table-wrap]');
          expect(await page.locator('[data-shortlist]').getAttribute('data-ready')).toBeNull();
          if (path.includes('?')) {
            // The build's lines are for the address without filters: they wait, unseen, and the
            // heading does not claim the whole register's count.
            await expect(page.locator('h1').textContent()).resolves.toBe('Shortlist');
            await expect(
              page.locator('[data-filters-used]').evaluate((e) => getComputedStyle(e).visibility),
            ).resolves.toBe('hidden');
          } else {
            await expect(page.locator('h1').textContent()).resolves.toBe(
              `Shortlist: ${truth.fmt.count(truth.estate.count)} records`,
            );
            await expect(page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(true);
          }
          release();
          await page.locator('[data-shortlist][data-ready]').waitFor({ timeout: 30_000 });
          if (!path.includes('?')) {
            const after = await box('[data-table-wrap]');
            expect(after.top).toBeCloseTo(before.top, 0);
            // The table's first row is inside the place kept for it, below its caption and header.
            const row = await box('table.shortlist-table tbody tr:first-child');
            expect(row.top).toBeGreaterThan(before.top);
            expect(row.top).toBeLessThan(before.top + 900);
          } else {
            await expect(
              page.locator('[data-filters-used]').evaluate((e) => getComputedStyle(e).visibility),
            ).resolves.toBe('visible');
            const vacant = truth.match({ status: ['vacant'] }).length;
            await expect(page.locator('h1').textContent()).resolves.toBe(
              `Shortlist: ${truth.fmt.count(vacant)} ${vacant === 1 ? 'record' : 'records'}`,
            );
          }
          // Screen readers hear that the list is there: the live line says the heading's count.
          await expect(page.locator('[data-status]').textContent()).resolves.toBe(
            await page.locator('h1').textContent(),
          );
          await page.close();
        }
      } finally {
        await context.close();
      }
    });

    it('keeps every asset reachable without JavaScript: lists by area and the records not on the map', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      try {
        const page = await context.newPage();
        await page.goto(url('land/'));
        // The map picture drawn at build time stays; the controls that need a script are hidden.
        await expect(page.locator('[data-finder-ui] details.filters-box').isVisible()).resolves.toBe(false);
        await expect(page.locator('[data-finder-ui] [data-list]').isVisible()).resolves.toBe(false);
        await expect(page.locator('[data-show-map]').isVisible()).resolves.toBe(false);
        if ((await page.locator('[data-map-picture]').count()) > 0)
          await expect(page.locator('[data-map-picture]').isVisible()).resolves.toBe(true);
        const areaLinks = page.locator('#by-area-h ~ .table-scroll tbody a');
        // The area with the most records: listed in the table by area however many areas there are.
        const a = mostRecordsArea(truth);
        const area = truth.estate.dict.area[a]?.code ?? '';
        if (a >= 0) {
          // Follow the link by its address, so the count below is never read from the page being left.
          const link = areaLinks.filter({ hasText: truth.estate.dict.area[a]?.name ?? '' }).first();
          const href = await link.getAttribute('href');
          const first = new URL(href ?? '', page.url()).href;
          await page.goto(first);
          // A long list is paged (ASSETS_PER_PAGE rows a page): every page together lists the area's assets.
          const parts = await page.$$eval('nav.pages a', (as) => as.map((x) => (x as HTMLAnchorElement).href));
          let rows = 0;
          for (const part of parts.length > 0 ? [...new Set(parts)] : [first]) {
            await page.goto(part);
            const n = await page.locator('table.asset-table tbody tr').count();
            expect(n).toBeLessThanOrEqual(ASSETS_PER_PAGE);
            rows += n;
          }
          expect(rows).toBe(truth.match({ area: [area] }).length);
        }
        await page.goto(url('land/unplaced/'));
        const unplaced = truth.estate.count - Array.from(truth.estate.lon).filter((v) => !Number.isNaN(v)).length;
        await expect(page.locator('table.asset-table tbody tr').count()).resolves.toBe(unplaced);
      } finally {
        await context.close();
      }
    });

    it('fits a phone screen (390 px) without sideways scrolling, and the rights page reads from config', async () => {
      const p = await open('land/', { width: 390 });
      await ready(p.page);
      await expect(p.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
      const rights = truth.manifest.site.communityRights;
      const r = await open('land/rights/', { width: 390 });
      await expect(r.page.locator('h1').textContent()).resolves.toBe(rights?.heading ?? 'Community rights');
      for (const para of rights?.paragraphs ?? [])
        await expect(r.page.getByText(para, { exact: true }).count()).resolves.toBe(1);
      expect(formatViolations(await runAxe(r.page))).toBe('');
    });

    it('lays the row as published out on a phone (390 px) with its values, not its longest column name, taking the width', async () => {
      const { table, index } = assetAt(truth.estate, sampleVacant(truth).k);
      const p = await open(`land/${table.dataset}/${slugOf(table, index)}/`, { width: 390 });
      const widths = await p.page.$$eval('.source-row tbody tr', (rows) =>
        rows.map((r) => [
          r.querySelector('th')?.getBoundingClientRect().width ?? 0,
          r.querySelector('td')?.getBoundingClientRect().width ?? 0,
        ]),
      );
      expect(widths.length).toBeGreaterThan(0);
      for (const [name, value] of widths) expect(value).toBeGreaterThanOrEqual(name ?? 0);
      await expect(p.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    });

    it('shows asset names holding HTML as text everywhere', async () => {
      const withMarkup: number[] = [];
      for (let k = 0; k < truth.estate.count; k++) {
        const { table, index } = assetAt(truth.estate, k);
        if (/[<>&"]/.test(table.name[index] ?? '')) withMarkup.push(k);
      }
      if (siteCase.name === 'assets-fixture') expect(withMarkup.length).toBe(4);
      for (const k of withMarkup.slice(0, 3)) {
        const { table, index } = assetAt(truth.estate, k);
        const name = table.name[index] ?? '';
        const p = await open(`land/${table.dataset}/${slugOf(table, index)}/`);
        await expect(p.page.locator('h1').textContent()).resolves.toBe(name);
        await expect(p.page.locator('main img, main script:not([type]):not([src])').count()).resolves.toBe(0);
        expect(p.pageErrors).toEqual([]);
        // On the map page: the list and the selected summary.
        const m = await open(
          `land/?q=${encodeURIComponent(table.id[index] ?? '')}&asset=${table.dataset}/${slugOf(table, index)}`,
        );
        await ready(m.page);
        await expect(m.page.locator('[data-list] .result-name').first().textContent()).resolves.toBe(name);
        await expect(m.page.locator('[data-selected] h3').textContent()).resolves.toBe(name);
        await expect(m.page.locator('main img').count()).resolves.toBe(0);
        expect(m.pageErrors).toEqual([]);
      }
    });

    it.runIf(siteCase.name === 'assets-fixture')(
      'shows the register’s free text as text, links only its web addresses, on the asset page, the shortlist and the CSV',
      async () => {
        const about =
          "Two-storey library, closed in 2023.\n<script>alert('t')</script> Fish & chips <b>not bold</b>\n\nSee https://example.org/library?id=1&x=2.";
        const texts = (path: string, width: number) =>
          open(path, { width }).then(async (p) => ({
            p,
            dt: await p.page.locator('.asset-texts dt').allTextContents(),
            dd: await p.page.locator('.asset-texts dd').allTextContents(),
            links: await p.page
              .locator('.asset-texts a')
              .evaluateAll((as) => as.map((a) => `${a.getAttribute('href')} ${a.getAttribute('rel')}`)),
            wide: await p.page.evaluate(() => document.documentElement.scrollWidth),
          }));
        // Markup, & and line breaks as written (three blank lines made one); the address a link, the
        // full stop after it not; javascript: only words.
        const a1 = await texts('land/register/a-1/', 390);
        expect(a1.dt).toEqual(['About the building', 'Contact']);
        expect(a1.dd).toEqual([about, 'javascript:alert(1)']);
        expect(a1.links).toEqual(['https://example.org/library?id=1&x=2 noopener']);
        await expect(a1.p.page.locator('main script:not([type]):not([src]), main b').count()).resolves.toBe(0);
        // The text keeps its line breaks on screen.
        await expect(
          a1.p.page
            .locator('.asset-texts dd')
            .first()
            .evaluate((e) => (e as HTMLElement).innerText.split('\n').length),
        ).resolves.toBe(4);
        // 2,000 characters and a 350-letter word wrap within a phone's width, on screen and on paper.
        const a2 = await texts('land/register/a-2/', 390);
        expect(a2.dd[0]?.length).toBeGreaterThan(2000);
        expect(a2.links).toEqual(['https://example.org/hall noopener']);
        expect(a2.wide).toBeLessThanOrEqual(390);
        if (hasPdftotext) {
          const pdf = await a2.p.page.pdf({ format: 'A4' });
          const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, '');
          expect(text).toContain('Gemeinschaftszentrumsverwaltungsvereinbarung'.repeat(8));
        }
        // Empty cells show nothing: no heading for an asset with no text.
        const a3 = await texts('land/register/a-3/', 390);
        await expect(a3.p.page.locator('#texts-h').count()).resolves.toBe(0);
        // Spaces a spreadsheet left are gone.
        expect((await texts('land/register/a-4/', 1280)).dd).toEqual(['Changing rooms, tea bar']);

        // The shortlist: under each record's name, the same texts and links, and no sideways page.
        const s = await open('land/shortlist/', { width: 390 });
        await s.page.locator('[data-shortlist][data-ready]').waitFor({ timeout: 30_000 });
        const lists = s.page.locator('table.shortlist-table dl.texts');
        await expect(lists.count()).resolves.toBe(3);
        const a1Row = s.page.locator('table.shortlist-table tbody tr', { hasText: 'Old Library' });
        await expect(a1Row.locator('dl.texts dd').allTextContents()).resolves.toEqual([about, 'javascript:alert(1)']);
        await expect(
          lists.locator('a').evaluateAll((as) => as.map((a) => `${a.getAttribute('href')} ${a.getAttribute('rel')}`)),
        ).resolves.toEqual(['https://example.org/library?id=1&x=2 noopener', 'https://example.org/hall noopener']);
        await expect(s.page.locator('main tbody script, main tbody b').count()).resolves.toBe(0);
        await expect(s.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
        expect(s.pageErrors).toEqual([]);

        // The CSV of the list: a column per text, headed by its label, with the text whole.
        const m = await open('land/');
        await ready(m.page);
        const csv = csvRows((await download(m.page, () => m.page.locator('[data-export="csv"]').click())).text);
        const header = csv[0] ?? [];
        expect(header.slice(-2)).toEqual(['about_the_building', 'contact']);
        const byId = new Map(csv.slice(1).map((r) => [r[1], r]));
        expect(byId.get('A/1')?.slice(-2)).toEqual([about, 'javascript:alert(1)']);
        expect(byId.get('A/3')?.slice(-2)).toEqual(['', '']);
        expect(m.pageErrors).toEqual([]);
      },
    );

    it('made no request to any other host on any page it opened', () => {
      expect(opened.flatMap((p) => p.foreignRequests)).toEqual([]);
    });
  });
}
