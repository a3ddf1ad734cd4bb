/**
 * The disease pages in Chromium, on the demo and on the real UK lower-tier
 * configuration (skipped, visibly, without ../shared/data): cards show the
 * summary's numbers, the map renders and is keyboard-navigable, the table
 * matches the map, downloads hold the data shown, a shared URL restores the
 * view, no console errors, no foreign requests, no axe violations, and the
 * JavaScript and data budgets hold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, repoRoot, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import { sharedBuild } from '../realdata/shared-build.ts';
import { createFormatter } from '../../src/lib/format.ts';
import type { CasesDatasetEntry, Manifest } from '../../src/lib/manifest.ts';
import type { CasesSummary } from '../../src/lib/cases-files.ts';
import { DATA_BUDGET_KB, JS_BUDGET_KB, measurePage, measureViews, samplePages } from '../bench/page-weight.ts';
import { AREA_TABLE_ROWS } from '../../src/lib/cases/area-table-rows.ts';

const shared = existsSync(resolve(repoRoot, '../shared/data'));
if (!shared) console.warn('disease e2e: ../shared/data not found, the UK configuration is skipped');

const sites = [
  { name: 'demo', config: () => inject('demoConfig'), runId: () => inject('e2eRunId'), enabled: true },
  {
    name: 'uk-cases',
    config: () => 'tests/realdata/configs/uk-cases.config.ts',
    runId: () => undefined,
    enabled: shared,
    // The data the real-data tests of this run check, built once for both.
    sharedData: 'uk-cases.config.ts',
  },
];

for (const siteCase of sites) {
  describe.runIf(siteCase.enabled)(`disease pages: ${siteCase.name}`, () => {
    let site: BuiltSite;
    let server: StaticServer;
    let browser: Browser;
    let summary: CasesSummary;
    let overview: string;
    let areaCode: string;
    let areaPage: string;
    const opened: OpenedPage[] = [];
    const url = (path: string) => `${server.url.replace(/\/$/, '')}${site.basePath}${path}`;
    const open = async (path: string, width = 1280) => {
      const o = await openPage(browser, url(path), { width, height: 900, reducedMotion: 'reduce' });
      opened.push(o);
      await o.page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      return o;
    };

    beforeAll(async () => {
      const runId = siteCase.runId();
      const dataDir = siteCase.sharedData ? (await sharedBuild(siteCase.sharedData)).dataDir : undefined;
      site = await buildSite({
        config: siteCase.config(),
        name: siteCase.name,
        ...(runId ? { runId } : {}),
        ...(dataDir ? { dataDir } : {}),
      });
      const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
      const dataset = manifest.datasets.find((d): d is CasesDatasetEntry => d.kind === 'cases');
      if (!dataset) throw new Error('no cases dataset');
      // The metric with the most cases in its latest week: the most to check.
      const summaries = dataset.metrics.map((m) => ({
        m,
        s: JSON.parse(readFileSync(join(site.dataDir, dataset.files[m.summaryFile] ?? ''), 'utf8')) as CasesSummary,
      }));
      const latest = (s: CasesSummary): number =>
        typeof s.total.figures.latest === 'number' ? s.total.figures.latest : 0;
      summaries.sort((a, b) => latest(b.s) - latest(a.s));
      const chosen = summaries[0];
      if (!chosen) throw new Error('no metric');
      summary = chosen.s;
      overview = `disease/${dataset.id}/${chosen.m.key}/`;
      // An area with a published rate (Leeds on the UK data).
      const leeds = summary.areas.code.indexOf('E08000035');
      const at = leeds >= 0 ? leeds : summary.areas.rate.findIndex((r) => typeof r === 'number' && r >= 0);
      areaCode = summary.areas.code[at] ?? '';
      areaPage = `${overview}${areaCode}/`;
      server = await serveStatic(site.siteDir, site.basePath);
      browser = await launchBrowser({ webgl: true });
    }, 25 * 60_000);

    afterAll(async () => {
      const problems = opened.flatMap((o) => [
        ...o.consoleErrors,
        ...o.pageErrors,
        ...o.foreignRequests.map((r) => `foreign request ${r}`),
      ]);
      for (const o of opened) await o.close().catch(() => undefined);
      await browser?.close();
      await server?.close();
      expect(problems, 'console errors, page errors or foreign requests on the pages opened').toEqual([]);
    });

    it('shows the headline figures of the summary on the overview cards', async () => {
      const { page } = await open(overview);
      const fmt = createFormatter('en-GB');
      expect((await page.textContent('[data-figure="latest"]'))?.trim()).toBe(fmt.count(summary.total.figures.latest));
      expect((await page.textContent('[data-figure="rate"]'))?.trim()).toBe(fmt.decimal(summary.total.figures.rate, 1));
      expect(await page.textContent('[data-figure="date"]')).toContain(fmt.date(summary.completeUntil ?? ''));
      // The change reads as a sentence to a screen reader.
      expect(await page.textContent('[data-figure="change"] .visually-hidden')).toMatch(/previous 7 days/);
    });

    it('loads MapLibre only when the map is used, then renders it (canvas present and not blank), and the area table matches the map', async () => {
      const { page } = await open(overview);
      await page.locator('[data-rate-map]').scrollIntoViewIfNeeded();
      const maplibre = (): Promise<string[]> =>
        page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => r.name)
            .filter((n) => /maplibre/i.test(n)),
        );
      // In view but not used: the SVG drawn at build time, and no MapLibre.
      await expect(maplibre()).resolves.toEqual([]);
      expect(await page.locator('[data-map-gl] canvas').count()).toBe(0);
      await page.getByRole('button', { name: 'Show interactive map' }).click();
      await page.waitForSelector('[data-map-gl][data-ready="true"]', { timeout: 60_000 });
      const canvas = page.locator('[data-map-gl] canvas');
      expect(await canvas.count()).toBe(1);
      const shot = await canvas.screenshot();
      // A blank canvas compresses to a few KB; a drawn choropleth does not.
      expect(shot.length).toBeGreaterThan(8_000);
      // Table rows: one per area, figures equal to the latest week file the map draws.
      const week = JSON.parse(readFileSync(join(site.dataDir, summary.weeks.file.at(-1) ?? ''), 'utf8')) as {
        code: string[];
        rate: (number | null)[];
      };
      const rows = await page.$$eval('[data-area-table] tbody tr', (trs) =>
        (trs as HTMLTableRowElement[]).map((tr) => [tr.getAttribute('data-code'), tr.cells[2]?.getAttribute('data-v')]),
      );
      // Past AREA_TABLE_ROWS areas the table shows that many (every area is in areas.csv), saying how many there are.
      const capped = summary.areas.code.length > AREA_TABLE_ROWS;
      expect(rows).toHaveLength(capped ? AREA_TABLE_ROWS : summary.areas.code.length);
      expect(await page.getAttribute('[data-area-table]', 'data-area-count')).toBe(String(summary.areas.code.length));
      for (const [code, v] of rows) {
        const rate = week.rate[week.code.indexOf(code ?? '')] ?? null;
        expect(v, `rate of ${code}`).toBe(rate === null ? '' : String(rate));
      }
    });

    it('moves between areas with the keyboard, announcing the figures the table shows', async () => {
      const { page } = await open(overview);
      await page.focus('[data-map-frame]');
      const nameOf = (s: { code: string; name: string }) =>
        s.name || (summary.areas.name[summary.areas.code.indexOf(s.code)] ?? '');
      await page.keyboard.press('ArrowRight');
      const first = await selected(page);
      expect(first.code).not.toBe('');
      expect(first.announce).toContain(nameOf(first));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowLeft');
      const next = await selected(page);
      expect(next.code).not.toBe('');
      expect(next.announce).toContain(nameOf(next));
      if (next.rate !== 'suppressed' && next.rate !== 'no data') expect(next.announce).toContain(next.rate);
      // Selection follows into the URL, so a link restores it.
      expect(new URL(page.url()).searchParams.get('area')).toBe(next.code);
    });

    it('gives an area chosen with the keyboard its own marked row when the capped table does not hold it', async () => {
      const { page } = await open(overview);
      const capped = summary.areas.code.length > AREA_TABLE_ROWS;
      const shown = new Set(
        await page.$$eval('[data-area-table] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-code') ?? '')),
      );
      await page.focus('[data-map-frame]');
      // Step across the map until the choice is an area outside the table's first rows (or every step was inside).
      let code = '';
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'ArrowDown');
        code = await page.evaluate(
          () => document.querySelector('[data-rate-map] path.selected[data-code]')?.getAttribute('data-code') ?? '',
        );
        if (code !== '' && !shown.has(code)) break;
      }
      expect(code).not.toBe('');
      const rows = await page.$$eval('[data-area-table] tbody tr', (trs) =>
        (trs as HTMLTableRowElement[]).map((tr) => ({
          code: tr.getAttribute('data-code') ?? '',
          extra: tr.hasAttribute('data-chosen-extra'),
          selected: tr.classList.contains('selected'),
          rate: tr.cells[2]?.getAttribute('data-v') ?? '',
          head: tr.cells[0]?.textContent ?? '',
          // The words the row's link is described by (aria-describedby), as a screen reader reads them.
          described: (tr.cells[0]?.querySelector('a')?.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        })),
      );
      const caption = (await page.textContent('[data-area-table] caption')) ?? '';
      const n = summary.areas.code.length;
      const fmt = createFormatter('en-GB');
      if (!capped || shown.has(code)) {
        // Every area is in the table (or the walk stayed inside the window): no row is added.
        expect(rows.some((r) => r.extra)).toBe(false);
        expect(rows.find((r) => r.code === code)?.selected).toBe(true);
        return;
      }
      // The window keeps its rows and gains one, last, for the chosen area, marked and selected.
      expect(rows).toHaveLength(AREA_TABLE_ROWS + 1);
      const last = rows.at(-1);
      expect(last?.code).toBe(code);
      expect(last?.extra).toBe(true);
      expect(last?.selected).toBe(true);
      // Its name cell holds the area's name alone (the row's name, as the keyboard test reads it);
      // the mark is said as the link's description, and by the caption.
      const name = summary.areas.name[summary.areas.code.indexOf(code)] ?? '';
      expect(last?.head.trim()).toBe(name || code);
      expect(last?.described).toBe('chosen on the map');
      expect(rows.filter((r) => r.extra)).toHaveLength(1);
      // Its figures are the week's, as the map draws them.
      const week = JSON.parse(readFileSync(join(site.dataDir, summary.weeks.file.at(-1) ?? ''), 'utf8')) as {
        code: string[];
        rate: (number | null)[];
      };
      const rate = week.rate[week.code.indexOf(code)] ?? null;
      expect(last?.rate).toBe(rate === null ? '' : String(rate));
      // The caption still counts the window, and says the extra row is there.
      expect(caption).toContain(`the first ${fmt.count(AREA_TABLE_ROWS)} of ${fmt.count(n)}`);
      expect(caption).toContain('the area chosen on the map');
      // Choosing an area the window holds takes the added row away again.
      const inside = [...shown][0] ?? '';
      await page.locator(`[data-static-map] path[data-code="${inside}"]`).dispatchEvent('click');
      await page.waitForFunction(
        (c) => document.querySelector(`[data-area-table] tr.selected[data-code="${c}"]`) !== null,
        inside,
        { timeout: 15_000 },
      );
      expect(await page.locator('[data-area-table] [data-chosen-extra]').count()).toBe(0);
    });

    it('restores a shared view from the URL: range, scale, compared areas and week', async () => {
      const others = summary.areas.code
        .filter((c, i) => c !== areaCode && summary.areas.series[i] !== null)
        .slice(0, 2);
      const week = summary.weeks.end.at(-3) ?? '';
      const { page } = await open(`${areaPage}?range=3m&scale=log&areas=${others.join(',')}`);
      await page.waitForFunction(
        () =>
          !document.querySelector('[aria-busy="true"]') &&
          document.querySelectorAll('[data-compare-key] .key').length > 2,
        undefined,
        { timeout: 30_000 },
      );
      expect(await page.isChecked('#trend input[value="3m"]')).toBe(true);
      expect(await page.isChecked('#trend input[value="log"]')).toBe(true);
      // 91 days in the table, the same as drawn.
      expect(await page.locator('[data-trend-table] tbody tr').count()).toBe(91);
      const names = others.map((c) => summary.areas.name[summary.areas.code.indexOf(c)] ?? c);
      for (const n of names) expect(await page.textContent('[data-chosen]')).toContain(n);
      expect(await page.locator('[data-compare-table] thead th').count()).toBe(2 + 2 + 1);
      const map = await open(`${overview}?week=${week}`);
      await map.page.waitForFunction(
        (w) => (document.querySelector('[data-week-select]') as HTMLSelectElement | null)?.value === w,
        week,
        { timeout: 15_000 },
      );
      expect(await map.page.textContent('[data-week-caption]')).toBe(createFormatter('en-GB').date(week));
    });

    it('downloads a CSV holding exactly the rows the table shows', async () => {
      const { page } = await open(`${areaPage}?range=3m`);
      await page.waitForFunction(
        () => document.querySelectorAll('[data-trend-table] tbody tr').length === 91,
        undefined,
        { timeout: 30_000 },
      );
      await page.click('#trend-tab-download');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#trend [data-download="csv"]')]);
      const csv = readFileSync((await download.path()) ?? '', 'utf8')
        .trim()
        .split(/\r?\n/);
      const table = await page.$$eval('[data-trend-table] tbody tr', (trs) =>
        (trs as HTMLTableRowElement[]).map((tr) => [
          tr.getAttribute('data-date'),
          ...[...tr.cells].slice(1).map((c) => c.textContent?.trim()),
        ]),
      );
      expect(csv[0]).toBe('date,count,days_covered,average_7_day,rate_per_100k_7_day,incomplete');
      expect(csv).toHaveLength(table.length + 1);
      const fmt = createFormatter('en-GB');
      const asShown = (v: string | undefined, decimals: number) =>
        v === ''
          ? 'no data'
          : v === 'suppressed'
            ? 'suppressed'
            : decimals === 0
              ? fmt.count(Number(v))
              : fmt.decimal(Number(v), 1);
      // CSV is oldest first, the table newest first.
      csv
        .slice(1)
        .reverse()
        .forEach((line, k) => {
          const [date, count, , avg, rate] = line.split(',');
          expect([date, asShown(count, 0), asShown(avg, 1), asShown(rate, 1)]).toEqual(table[k]);
        });
      const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#trend [data-download="svg"]')]);
      expect(readFileSync((await svg.path()) ?? '', 'utf8')).toMatch(
        /^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/,
      );
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#trend [data-download="png"]')]);
      expect(
        readFileSync((await png.path()) ?? '')
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    });

    it('has no axe violations on the overview, an area page and the area list (desktop and phone)', async () => {
      for (const [path, width] of [
        [overview, 1280],
        [areaPage, 390],
        [`${overview}areas/`, 390],
        ['disease/', 1280],
      ] as const) {
        const { page } = await open(path, width);
        const violations = await runAxe(page);
        expect(formatViolations(violations), `${path} at ${width}px`).toBe('');
        if (width === 390)
          expect(
            await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0),
            `${path} scrolls sideways`,
          ).toBeLessThanOrEqual(390);
      }
    });

    it('filters the area list as you type, and lists every area without JavaScript', async () => {
      const html = readFileSync(join(site.siteDir, overview, 'areas/index.html'), 'utf8');
      expect(html.match(/<li data-name=/g)?.length).toBe(summary.areas.code.length);
      const { page } = await open(`${overview}areas/`);
      const name = summary.areas.name[summary.areas.code.indexOf(areaCode)] ?? '';
      await page.fill('[data-filter-input]', name);
      const visible = await page.$$eval('li[data-name]', (lis) =>
        lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.textContent ?? ''),
      );
      expect(visible.some((t) => t.includes(name))).toBe(true);
      expect(visible.length).toBeLessThan(summary.areas.code.length);
    });

    it('builds the chart tabs already tabbed: the tables take no layout until their tab is chosen or a link or find in page reaches them, and without JavaScript every panel shows with its heading', async () => {
      // As built: only the chart panels are shown; the others are hidden until found.
      const html = readFileSync(join(site.siteDir, overview, 'index.html'), 'utf8');
      expect(html.match(/data-tab-panel="table"[^>]*hidden="until-found"/g)?.length).toBe(2);
      expect(html).not.toMatch(/data-tab-panel="chart"[^>]*hidden/);

      const { page } = await open(overview, 390);
      const shown = (sel: string) =>
        page.$eval(sel, (el) => (el as HTMLElement).getBoundingClientRect().height > 0 && !el.closest('[hidden]'));
      expect(await page.isVisible('#trend [role="tablist"]')).toBe(true);
      expect(await shown('#trend-chart figure')).toBe(true);
      expect(await page.$eval('#trend-table', (el) => el.getBoundingClientRect().height)).toBe(0);
      expect(await page.locator('#trend-table tbody tr').count()).toBeGreaterThan(0);
      await page.click('#trend-tab-table');
      expect(await page.getAttribute('#trend-tab-table', 'aria-selected')).toBe('true');
      expect(await shown('#trend-table tbody tr')).toBe(true);
      expect(await page.getAttribute('#trend-chart', 'hidden')).toBe('until-found');
      // A link into a hidden panel reveals it, and its tab becomes the selected one.
      await page.evaluate(() => {
        location.hash = 'compare-caption';
      });
      await page.waitForFunction(
        () => document.querySelector('#compare-tab-table')?.getAttribute('aria-selected') === 'true',
      );
      expect(await shown('#compare-table tbody tr')).toBe(true);
      expect(await page.getAttribute('#compare-chart', 'hidden')).toBe('until-found');

      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      try {
        const noJs = await context.newPage();
        await noJs.goto(url(overview));
        expect(await noJs.isVisible('#trend [role="tablist"]')).toBe(false);
        for (const key of ['chart', 'table', 'download', 'about']) {
          const panel = noJs.locator(`#trend-${key}`);
          expect(await panel.isVisible(), `${key} panel without JavaScript`).toBe(true);
          const heading = await panel.locator('h3').boundingBox();
          expect(heading?.width ?? 0, `${key} heading without JavaScript`).toBeGreaterThan(10);
        }
        expect(await noJs.isVisible('#trend-table tbody tr >> nth=0')).toBe(true);
      } finally {
        await context.close();
      }
    });

    it(`keeps pages without a map under ${JS_BUDGET_KB} KB of JavaScript and views under ${DATA_BUDGET_KB} KB of data (brotli)`, () => {
      const lines: string[] = [];
      for (const { type, path } of samplePages(site.siteDir)) {
        const w = measurePage(site.siteDir, site.basePath, path);
        lines.push(`${type}: ${w.eagerJsKb} KB up front, ${w.lazyJsKb} KB later`);
        if (!w.hasMap) expect(w.eagerJsKb, `${type} JavaScript`).toBeLessThanOrEqual(JS_BUDGET_KB);
      }
      for (const v of measureViews(site.siteDir)) {
        lines.push(`${v.view}: ${v.dataKb} KB`);
        expect(v.dataKb, v.view).toBeLessThanOrEqual(DATA_BUDGET_KB);
      }
      console.log(`${siteCase.name} page weight:\n  ${lines.join('\n  ')}`);
    });
  });
}

async function selected(page: Page): Promise<{ code: string; name: string; rate: string; announce: string }> {
  return page.evaluate(() => {
    const tr = document.querySelector('[data-area-table] tr.selected') as HTMLTableRowElement | null;
    // A capped table (the largest rates first) may not hold the area chosen on the map: then the map's
    // outline says which area it is, and the announcement carries its figures.
    const path = document.querySelector('[data-rate-map] path.selected[data-code]');
    return {
      code: tr?.getAttribute('data-code') ?? path?.getAttribute('data-code') ?? '',
      name: tr?.cells[0]?.textContent?.trim() ?? '',
      rate: tr?.cells[2]?.textContent?.trim() ?? '',
      announce: document.querySelector('[data-map-announce]')?.textContent ?? '',
    };
  });
}

describe('disease map without WebGL', () => {
  it('keeps the static SVG map drawn at build time, coloured by the same week', async () => {
    const site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });
    const server = await serveStatic(site.siteDir, site.basePath);
    const browser = await launchBrowser({ webgl: false });
    try {
      const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
      const dataset = manifest.datasets.find((d): d is CasesDatasetEntry => d.kind === 'cases');
      const metric = dataset?.metrics[0];
      if (!dataset || !metric) throw new Error('no cases metric');
      const o = await openPage(
        browser,
        `${server.url.replace(/\/$/, '')}${site.basePath}disease/${dataset.id}/${metric.key}/`,
        { reducedMotion: 'reduce' },
      );
      try {
        await o.page.locator('[data-rate-map]').scrollIntoViewIfNeeded();
        await o.page.waitForTimeout(1500);
        expect(await o.page.locator('[data-map-gl] canvas').count()).toBe(0);
        expect(await o.page.isVisible('[data-static-map]')).toBe(true);
        const fills = await o.page.$$eval('[data-static-map] path[data-code]', (ps) =>
          ps.map((p) => p.getAttribute('fill')),
        );
        expect(fills.length).toBeGreaterThan(0);
        expect(fills.every((f) => f !== null && f !== '')).toBe(true);
        // Keyboard navigation works on the static map too.
        await o.page.focus('[data-map-frame]');
        await o.page.keyboard.press('ArrowRight');
        expect(await o.page.textContent('[data-map-announce]')).not.toBe('');
        expect([...o.consoleErrors, ...o.pageErrors, ...o.foreignRequests]).toEqual([]);
      } finally {
        await o.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
