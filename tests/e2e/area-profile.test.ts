/**
 * Area profiles in Chromium on the demo: the summary and every section show the
 * figures of the data files, each figure links to its dataset page, axe finds
 * nothing, no sideways scroll at 390 px, little JavaScript, and the page prints
 * as an A4 briefing (no navigation, page numbers, sources) of 1–3 pages.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import { createFormatter } from '../../src/lib/format.ts';
import type { AreaList, Manifest } from '../../src/lib/manifest.ts';
import { JS_BUDGET_KB, measurePage } from '../bench/page-weight.ts';

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('area profiles: demo', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let manifest: Manifest;
  let area: AreaList['areas'][number];
  let path: string;
  const opened: OpenedPage[] = [];
  const open = async (p: string, width = 1280) => {
    const o = await openPage(browser, `${server.url.replace(/\/$/, '')}${site.basePath}${p}`, {
      width,
      height: 900,
      reducedMotion: 'reduce',
    });
    opened.push(o);
    return o;
  };

  beforeAll(async () => {
    site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });
    manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
    const layer = manifest.layers[0];
    if (!layer) throw new Error('no layer');
    const areas = JSON.parse(readFileSync(join(site.dataDir, layer.files.areas), 'utf8')) as AreaList;
    // Eastmere Central: the measles outbreak ward, with every kind of dataset.
    area = areas.areas.find((a) => a.code === 'X05000005') ?? (areas.areas[0] as AreaList['areas'][number]);
    path = `areas/${layer.id}/${area.code}/`;
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

  it('summarises the area from its figures and shows every dataset with rows for it, linked to its pages', async () => {
    const { page } = await open(path);
    const fmt = createFormatter('en-GB');
    expect(await page.textContent('h1')).toBe(area.name);
    const summary = (await page.textContent('[data-profile-summary]')) ?? '';
    expect(summary).toContain(`with ${fmt.count(area.population)} people`);
    // The wards' parent has no layer; the indicator files' benchmark row names it (X04000001).
    expect(area.parent).toBe('X04000001');
    expect(summary).toContain('in Borough of Eastmere');
    expect(await page.locator('.place dd', { hasText: 'Borough of Eastmere' }).count()).toBe(1);
    const indicators = manifest.datasets.filter((d) => d.kind === 'indicator');
    expect(await page.locator('.indicators > li').count()).toBe(indicators.length);
    expect(await page.locator('.spine svg').count()).toBe(indicators.length);
    // A comparison beside the benchmark is in the indicator tables' words, never a bare "Higher".
    const versus = await page.locator('.indicators > li > p:not(.source)').allTextContents();
    expect(versus.join('\n')).toMatch(/ · (Higher|Lower) \(not tested for significance\)|Significantly (higher|lower)/);
    for (const line of versus) expect(line).not.toMatch(/ · (Higher|Lower|Same)(?! \()/);
    for (const d of indicators) {
      expect(await page.locator(`.indicators a[href*="indicators/${d.id}/"]`).count(), d.id).toBe(1);
    }
    const cases = manifest.datasets.find((d) => d.kind === 'cases');
    const metrics = cases?.kind === 'cases' ? cases.metrics.length : 0;
    expect(await page.locator('#dis-h ~ .table-scroll tbody tr').count()).toBe(metrics);
    expect(await page.locator('.spark path').count()).toBe(metrics);
    expect(await page.locator('#land-h').count()).toBe(1);
    // Neighbours link to their own profiles; sources list every dataset used.
    expect(await page.locator(`a[href*="areas/${manifest.layers[0]?.id}/"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('.sources li').count()).toBe(manifest.datasets.length + 1);
  });

  it('has no axe violations, no sideways scroll at 390 px, and little JavaScript', async () => {
    for (const width of [1280, 390]) {
      const { page } = await open(path, width);
      expect(formatViolations(await runAxe(page)), `${width}px`).toBe('');
      if (width === 390)
        expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(390);
    }
    const w = measurePage(site.siteDir, site.basePath, path);
    expect(w.eagerJsKb).toBeLessThanOrEqual(JS_BUDGET_KB);
    console.log(`area profile: ${w.eagerJsKb} KB JS up front, ${w.htmlKb} KB HTML (brotli)`);
  });

  it.runIf(hasPdftotext)(
    'prints as an A4 briefing: title, date of data, "Page k of N" on every page, every source and licence, no navigation',
    async () => {
      const { page } = await open(path);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header nav').isVisible()).toBe(false);
      expect(await page.locator('.crumbs').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const objects = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
      // pdftotext ends every page with a form feed.
      const pages = text.split('\f').slice(0, -1);
      const flat = (t: string) => t.replace(/\s+/g, ' ');
      console.log(`area profile PDF: ${pages.length} A4 page(s), ${pdf.length} bytes`);
      expect(pages.length).toBe(objects);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(3);

      // Title and date of data on the first page: the latest of the datasets' own dates.
      const fmt = createFormatter(manifest.site.locale);
      const dates = manifest.datasets.flatMap((d) => {
        const own = d.source.updated ? [d.source.updated] : [];
        if (d.kind !== 'cases') return own;
        return [
          ...own,
          ...d.metrics.flatMap((m) => {
            const s = JSON.parse(readFileSync(join(site.dataDir, d.files[m.summaryFile] ?? ''), 'utf8')) as {
              completeUntil: string | null;
            };
            return s.completeUntil ? [s.completeUntil] : [];
          }),
        ];
      });
      const asOf = dates.sort().at(-1) ?? '';
      const first = flat(pages[0] ?? '');
      expect(first).toContain(area.name);
      expect(first).toContain(`Latest data: ${fmt.date(asOf)}`);

      // Every page numbered in its footer (the last line of the page), in order.
      pages.forEach((p, k) => {
        const lines = p.split('\n').filter((l) => l.trim() !== '');
        expect(lines.at(-1)?.trim(), `page ${k + 1}`).toMatch(new RegExp(`Page ${k + 1} of ${pages.length}$`));
      });

      // Sources: every dataset with its publisher's licence, and the boundaries.
      const all = flat(pages.join(' '));
      expect(all).toContain('Sources');
      for (const d of manifest.datasets) {
        expect(all, d.id).toContain(d.title);
        expect(all, d.id).toContain(d.source.licence);
      }
      expect(all).toContain(`Boundaries: ${manifest.layers[0]?.label ?? ''}`);

      // No navigation chrome: no skip link, header menu, breadcrumbs or site footer.
      expect(all).not.toContain('Skip to main content');
      for (const label of ['Disease tracking', 'Buildings and land', 'Data and quality'])
        expect(all).not.toContain(label);
      expect(all).not.toContain('›');
      expect(all).not.toContain('No cookies, no tracking');
    },
  );
});
