/**
 * The indicator pages in Chromium, on the demo (both indicators) and on the
 * real UK recycling rates (skipped, visibly, without ../shared/data): the
 * summary, cards, table and map show the figures file's numbers, the map is a
 * keyboard path of links, period links go to that period, an area page's
 * trend table and CSV hold its figures, no console errors, no foreign
 * requests, no axe violations, no sideways scroll at 390 px, and the
 * JavaScript and data budgets hold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, repoRoot, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import { createFormatter } from '../../src/lib/format.ts';
import type { IndicatorDatasetEntry, Manifest } from '../../src/lib/manifest.ts';
import type { IndicatorFile } from '../../src/lib/indicator-files.ts';
import { periodSlugs } from '../../src/lib/indicators/period-slug.ts';
import { comparisonCell } from '../../src/lib/indicators/comparison-text.ts';
import { DATA_BUDGET_KB, JS_BUDGET_KB, measurePage } from '../bench/page-weight.ts';

const shared = existsSync(resolve(repoRoot, '../shared/data'));
if (!shared) console.warn('indicators e2e: ../shared/data not found, the UK recycling configuration is skipped');

const sites = [
  { name: 'demo', config: () => inject('demoConfig'), runId: () => inject('e2eRunId'), enabled: true },
  {
    name: 'uk-recycling',
    config: () => 'tests/realdata/configs/uk-recycling.config.ts',
    runId: () => undefined,
    enabled: shared,
  },
];

const fmt = createFormatter('en-GB');
const shown = (v: number | 's' | null, f: IndicatorFile) => {
  const t = fmt.decimal(v, f.decimals);
  return typeof v === 'number' && f.unit === '%' ? `${t}%` : t;
};

for (const siteCase of sites) {
  describe.runIf(siteCase.enabled)(`indicator pages: ${siteCase.name}`, () => {
    let site: BuiltSite;
    let server: StaticServer;
    let browser: Browser;
    let indicators: { base: string; figures: IndicatorFile; file: string }[];
    const figuresFile = (base: string) => indicators.find((i) => i.base === base)?.file ?? '';
    const opened: OpenedPage[] = [];
    const url = (path: string) => `${server.url.replace(/\/$/, '')}${site.basePath}${path}`;
    const open = async (path: string, width = 1280) => {
      const o = await openPage(browser, url(path), { width, height: 900, reducedMotion: 'reduce' });
      opened.push(o);
      await o.page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      return o;
    };
    // The indicator with confidence limits if there is one (the most to check), else the one with most areas.
    const main = () =>
      indicators.find((i) => i.figures.hasLimits) ??
      ([...indicators].sort((a, b) => b.figures.areas.length - a.figures.areas.length)[0] as (typeof indicators)[0]);

    beforeAll(async () => {
      const runId = siteCase.runId();
      site = await buildSite({ config: siteCase.config(), name: siteCase.name, ...(runId ? { runId } : {}) });
      const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
      indicators = manifest.datasets
        .filter((d): d is IndicatorDatasetEntry => d.kind === 'indicator')
        .flatMap((d) =>
          d.series.map((s) => ({
            base: `indicators/${d.id}/${s.slug}/`,
            file: d.files[s.file] ?? '',
            figures: JSON.parse(readFileSync(join(site.dataDir, d.files[s.file] ?? ''), 'utf8')) as IndicatorFile,
          })),
        );
      server = await serveStatic(site.siteDir, site.basePath);
      browser = await launchBrowser({ webgl: false });
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

    it('lists every indicator on the indicators page, each linking to its page', async () => {
      const { page } = await open('indicators/');
      const hrefs = await page.$$eval('main h3 a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(indicators.map((i) => `${site.basePath}${i.base}`));
    });

    it('shows the latest period: benchmark in the sentence and card, every area in the table with its figures', async () => {
      const { base, figures } = main();
      const last = figures.periods.length - 1;
      const { page } = await open(base);
      const b = figures.benchmarks[0];
      if (figures.benchmarks.length === 1 && b && b.values[last] != null) {
        // A benchmark the site computed is named as the mean, not read as a total.
        const method = b.method[last];
        const means: Record<string, string> = {
          mean: ' (the mean of the areas)',
          'population-weighted': ' (the mean of the areas, weighted by population)',
        };
        expect(await page.textContent('[data-summary]')).toContain(
          `${b.name} ${shown(b.values[last] ?? null, figures)}${(method && means[method]) ?? '.'}`,
        );
      }
      const rows = await page.$$eval('#ranked table[data-csv-table] tbody tr', (trs) =>
        (trs as HTMLTableRowElement[]).map((tr) => ({
          rank: tr.cells[0]?.getAttribute('data-value') ?? '',
          code: tr.cells[2]?.textContent ?? '',
          value: tr.cells[3]?.getAttribute('data-value') ?? '',
          compare: tr.cells[tr.cells.length - 1]?.textContent ?? '',
        })),
      );
      expect(rows).toHaveLength(figures.areas.length);
      for (const r of rows) {
        const a = figures.areas.find((x) => x.code === r.code);
        const v = a?.values[last] ?? null;
        expect(r.value, r.code).toBe(v === null ? '' : v === 's' ? 'suppressed' : String(v));
        expect(r.rank, r.code).toBe(String(a?.rank[last] ?? ''));
        const tested = a?.lower?.[last] != null && a.upper?.[last] != null;
        expect(r.compare, r.code).toBe(comparisonCell({ compare: a?.compare[last] ?? null, tested }));
      }
      // Ranked order: ranks never go down the table.
      const ranks = rows.map((r) => Number(r.rank || Infinity));
      expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
    });

    it('gives the grey bars of an indicator without limits one key entry, saying they were not tested', async () => {
      // One whose latest period has comparisons (the UK files' England benchmark has no value there).
      const untested = indicators.find(
        (i) => !i.figures.hasLimits && i.figures.areas.some((a) => a.compare.at(-1) != null),
      );
      if (siteCase.name === 'demo') expect(untested, 'the demo recycling rates').toBeDefined();
      if (!untested) return;
      const { page } = await open(untested.base);
      const entries = await page.$$eval('#ranked [data-chart-key] li', (lis) =>
        lis.map((li) => ({
          swatch: li.querySelector<HTMLElement>('.swatch')?.style.background ?? null,
          text: li.textContent?.trim() ?? '',
        })),
      );
      const swatches = entries.filter((e) => e.swatch !== null);
      expect(swatches).toHaveLength(1);
      expect(swatches[0]?.text).toMatch(
        /^Higher(, lower or the same as| or lower than) the benchmark \(not tested for significance\)$/,
      );
      const cells = await page.$$eval('#ranked table[data-csv-table] tbody tr td:last-child', (tds) =>
        tds.map((td) => td.textContent ?? ''),
      );
      for (const text of cells)
        expect(text).toMatch(/^(Higher|Lower|Same) \(not tested for significance\)$|^No comparison$/);
    });

    it('draws the map with one link per area with data, each naming its value; the keyboard moves between neighbours as on the disease map, marking the table', async () => {
      const { base, figures } = main();
      const last = figures.periods.length - 1;
      const { page } = await open(base);
      const labels = await page.$$eval('.static-map a', (as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
      expect(labels).toHaveLength(figures.areas.length);
      const a = figures.areas.find((x) => typeof x.values[last] === 'number');
      if (!a) throw new Error('no area with a value');
      const expected = `${a.name}: ${shown(a.values[last] ?? null, figures)}`;
      expect(
        labels.some((l) => l.startsWith(expected)),
        expected,
      ).toBe(true);
      // One Tab stop: after the skip link, Tab lands on the map's frame, not on each area.
      await page.focus('.indicator-map a.skip');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-map-frame'))).resolves.toBe(true);
      const state = () =>
        page.evaluate(() => ({
          path: document.querySelector('.indicator-map path.selected')?.getAttribute('data-code') ?? '',
          row: document.querySelector('#ranked-table tr.selected')?.getAttribute('data-code') ?? '',
          announce: document.querySelector('.indicator-map [data-map-announce]')?.textContent ?? '',
        }));
      // Home: the first area by name; its figures are spoken, and the table marks its row.
      await page.keyboard.press('Home');
      const byName = [...figures.areas].sort((x, y) => x.name.localeCompare(y.name, 'en'));
      const first = byName[0];
      if (!first) throw new Error('no areas');
      const home = await state();
      expect(home.path).toBe(first.code);
      expect(home.row).toBe(first.code);
      expect(home.announce.startsWith(`${first.name}: `)).toBe(true);
      // An arrow key moves to a neighbour (another area), or says there is none that way.
      const moves: string[] = [];
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        await page.keyboard.press(key);
        const s = await state();
        expect(s.row).toBe(s.path);
        if (!s.announce.startsWith('No area further')) moves.push(s.path);
      }
      expect(moves.length).toBeGreaterThan(0);
      expect(moves.some((c) => c !== first.code)).toBe(true);
      // Enter opens the selected area's page.
      const chosen = (await state()).path;
      await Promise.all([
        page.waitForURL(new RegExp(`/${encodeURIComponent(chosen)}/$`)),
        page.keyboard.press('Enter'),
      ]);
    });

    it('goes to an earlier period by its link, showing that period’s benchmark and ranks', async () => {
      const { base, figures } = main();
      if (figures.periods.length < 2) return;
      const p = figures.periods.length - 2;
      const { page } = await open(base);
      await Promise.all([
        page.waitForURL(`**/periods/${periodSlugs(figures.periods)[p] ?? ''}/`),
        page.click(`nav[data-periods] a >> text="${figures.periods[p]}"`),
      ]);
      expect(await page.textContent('h1')).toContain(figures.periods[p]);
      expect(await page.textContent('nav[data-periods] [aria-current="page"]')).toBe(figures.periods[p]);
      const first = figures.areas.find((a) => a.rank[p] === 1);
      expect((await page.textContent('#ranked tbody tr:first-child th'))?.trim()).toBe(first?.name);
    });

    it('area page: sentence, trend table per period, and a CSV download that holds the table', async () => {
      const { base, figures } = main();
      const area = figures.areas.find((a) => a.values.every((v) => typeof v === 'number')) ?? figures.areas[0];
      if (!area) throw new Error('no area');
      const last = figures.periods.length - 1;
      const { page } = await open(`${base}${area.code}/`);
      expect(await page.textContent('[data-summary]')).toContain(
        `${area.name}, ${figures.periods[last]}: ${shown(area.values[last] ?? null, figures)}`,
      );
      const table = await page.$$eval('#trend table tbody tr', (trs) =>
        (trs as HTMLTableRowElement[]).map((tr) =>
          [...tr.cells].map((c) => c.getAttribute('data-value') ?? c.textContent?.trim() ?? ''),
        ),
      );
      expect(table.map((r) => r[0])).toEqual(figures.periods);
      expect(table.map((r) => r[1])).toEqual(
        area.values.map((v) => (v === null ? '' : v === 's' ? 'suppressed' : String(v))),
      );
      await page.click('#trend-tab-download');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#trend [data-download="csv"]')]);
      const csv = readFileSync((await download.path()) ?? '', 'utf8')
        .trim()
        .split(/\r?\n/);
      expect(csv).toHaveLength(figures.periods.length + 1);
      expect(csv[1]?.split(',').slice(0, 2)).toEqual(table[0]?.slice(0, 2));
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#trend [data-download="png"]')]);
      expect(
        readFileSync((await png.path()) ?? '')
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    });

    it('area page: compares with up to 4 areas from the picker or the link, keeping the benchmark, chart and table in step', async () => {
      const { base, figures } = main();
      const published = (a: IndicatorFile['areas'][number]) => a.values.some((v) => typeof v === 'number');
      const [area, one, two] = figures.areas.filter(published);
      if (!area || !one || !two) throw new Error('fewer than 3 areas with values');
      const benchmark = figures.benchmarks.find((b) => b.code === area.benchmark);
      const raw = (a: IndicatorFile['areas'][number]) => a.values.map((v) => (typeof v === 'number' ? String(v) : ''));
      const column = (page: OpenedPage['page'], code: string) =>
        page.$$eval(`#trend tbody td[data-compared="${code}"]`, (tds) =>
          tds.map((td) => td.getAttribute('data-value')),
        );
      const keyNames = (page: OpenedPage['page']) =>
        page.$$eval('#trend [data-chart-key] li', (lis) => lis.map((li) => li.textContent?.trim() ?? ''));

      // A link naming an area draws it: a key entry, a line in the chart's description, a table column.
      const { page } = await open(`${base}${area.code}/?areas=${one.code}`);
      await page.waitForSelector(`#trend [data-chart-key] [data-compared="${one.code}"]`);
      expect(await keyNames(page)).toEqual(
        expect.arrayContaining([area.name, one.name, ...(benchmark ? [benchmark.name] : [])]),
      );
      expect(await page.textContent('#trend [data-chart-svg] svg desc')).toContain(`${one.name}:`);
      expect(await column(page, one.code)).toEqual(raw(one));
      expect(await page.textContent('#trend [data-chosen]')).toContain(one.name);

      // Added with the keyboard: its name typed in the box (suggestions loaded from the figures file),
      // then Enter; the URL holds both, in order.
      await page.focus('#trend-pick');
      await page.waitForFunction(() => (document.querySelector('#trend [data-pick-list]')?.children.length ?? 0) > 0);
      await page.keyboard.type(two.name);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`#trend [data-chart-key] [data-compared="${two.code}"]`);
      expect(new URL(page.url()).searchParams.get('areas')).toBe(`${one.code},${two.code}`);
      expect(await column(page, two.code)).toEqual(raw(two));
      expect(await page.textContent('#trend [data-pick-status]')).toBe(`Added ${two.name}.`);

      // Removed: its line, key entry and column go, the benchmark stays, the URL follows.
      await page.click(`#trend [data-chosen] button[aria-label="Remove ${one.name}"]`);
      await page.waitForFunction(
        (code) => document.querySelector(`#trend [data-compared="${code}"]`) === null,
        one.code,
      );
      expect(new URL(page.url()).searchParams.get('areas')).toBe(two.code);
      if (benchmark) expect(await keyNames(page)).toContain(benchmark.name);
      expect(await page.textContent('#trend [data-chart-svg] svg desc')).not.toContain(`${one.name}:`);

      // The CSV download holds the added column.
      await page.click('#trend-tab-download');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#trend [data-download="csv"]')]);
      const head = readFileSync((await download.path()) ?? '', 'utf8').split(/\r?\n/)[0] ?? '';
      expect(head).toContain(`${two.name} (${two.code})`);

      // The figures file is fetched only to compare; it stays within the data budget.
      const file = figuresFile(base);
      const kb = brotliCompressSync(readFileSync(join(site.siteDir, 'data', file))).length / 1024;
      console.log(`${siteCase.name} comparison data: ${file} ${kb.toFixed(1)} KB brotli`);
      expect(kb).toBeLessThanOrEqual(DATA_BUDGET_KB);
    });

    it('serves every area and period as CSV at a stable address', () => {
      const { base, figures } = main();
      const lines = readFileSync(join(site.siteDir, base, 'data.csv'), 'utf8')
        .trim()
        .split(/\r?\n/);
      const rows = figures.areas.reduce((n, a) => n + a.values.filter((v) => v !== null).length, 0);
      expect(lines).toHaveLength(rows + 1);
    });

    it('has no axe violations and no sideways scroll at 390 px (overview, earlier period, area page)', async () => {
      const { base, figures } = main();
      const pages = [
        'indicators/',
        base,
        ...(figures.periods.length > 1 ? [`${base}periods/${periodSlugs(figures.periods)[0] ?? ''}/`] : []),
        `${base}${figures.areas[0]?.code ?? ''}/`,
      ];
      for (const path of pages) {
        for (const width of [1280, 390]) {
          const { page } = await open(path, width);
          expect(formatViolations(await runAxe(page)), `${path} at ${width}px`).toBe('');
          if (width === 390)
            expect(
              await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0),
              `${path} scrolls sideways`,
            ).toBeLessThanOrEqual(390);
        }
      }
    }, 600_000);

    it(`keeps indicator pages under ${JS_BUDGET_KB} KB of JavaScript up front and ${DATA_BUDGET_KB} KB per view (brotli)`, () => {
      const { base, figures } = main();
      const lines: string[] = [];
      for (const path of ['indicators/', base, `${base}${figures.areas[0]?.code ?? ''}/`]) {
        const w = measurePage(site.siteDir, site.basePath, path);
        lines.push(`${path}: ${w.eagerJsKb} KB JS up front, ${w.lazyJsKb} KB later, ${w.htmlKb} KB HTML`);
        expect(w.eagerJsKb, `${path} JavaScript`).toBeLessThanOrEqual(JS_BUDGET_KB);
        // The figures are in the page itself: no data file is fetched, so the HTML is the view's data.
        expect(w.htmlKb, `${path} HTML`).toBeLessThanOrEqual(DATA_BUDGET_KB);
      }
      console.log(`${siteCase.name} indicator page weight:\n  ${lines.join('\n  ')}`);
    });
  });
}
