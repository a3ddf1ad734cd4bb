/**
 * The comparison picker of a disease area page on the demo site, in Chromium: the page carries no
 * list of every area; typing part of a name offers suggestions loaded from the series index on
 * first use, Add (or Enter) puts the area in the comparison chart and the URL, an unknown name is
 * refused with a message, and without JavaScript a link leads to the A-to-Z list of areas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import type { CasesDatasetEntry, Manifest } from '../../src/lib/manifest.ts';
import type { CasesSummary } from '../../src/lib/cases-files.ts';

describe('comparison picker (demo)', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let summary: CasesSummary;
  let areaPage: string;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });
    const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
    const dataset = manifest.datasets.find((d): d is CasesDatasetEntry => d.kind === 'cases');
    const metric = dataset?.metrics[0];
    if (!dataset || !metric) throw new Error('the demo has no cases dataset');
    summary = JSON.parse(
      readFileSync(join(site.dataDir, dataset.files[metric.summaryFile] ?? ''), 'utf8'),
    ) as CasesSummary;
    areaPage = `disease/${dataset.id}/${metric.key}/${summary.areas.code[0] ?? ''}/`;
    server = await serveStatic(site.siteDir, site.basePath);
    browser = await launchBrowser();
  }, 30 * 60_000);

  afterAll(async () => {
    for (const o of opened) await o.close();
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string, javaScriptEnabled = true) => {
    const o = await openPage(browser, `${server.url.replace(/\/$/, '')}${site.basePath}${path}`, {
      width: 1280,
      height: 900,
    });
    opened.push(o);
    if (!javaScriptEnabled) return o;
    await o.page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    return o;
  };

  it('carries no option per area in the page', () => {
    const html = readFileSync(join(site.siteDir, areaPage, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<option value="X05/);
    expect(html).toContain('data-index-url=');
  });

  it('suggests areas from the index, adds the chosen one to the chart and the URL, and refuses unknown names', async () => {
    const { page, consoleErrors, pageErrors } = await open(areaPage);
    const other = summary.areas.series.findIndex((s, i) => i > 0 && s !== null);
    const name = summary.areas.name[other] ?? '';
    const code = summary.areas.code[other] ?? '';
    const input = page.locator('[data-pick]');
    await input.fill(name.slice(0, 4));
    // The suggestions come from the index, fetched on first use: every area with data but this one.
    await page.waitForFunction(() => (document.querySelector('[data-pick-list]')?.children.length ?? 0) > 0);
    const offered = await page.$$eval('[data-pick-list] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain(name);
    expect(offered).not.toContain(summary.areas.name[0]);
    await input.fill(name.toUpperCase());
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-compare-key] .key').length > 2, undefined, {
      timeout: 30_000,
    });
    expect(new URL(page.url()).searchParams.get('areas')).toBe(code);
    expect(await page.textContent('[data-chosen]')).toContain(name);
    expect(await page.textContent('[data-pick-status]')).toBe(`Added ${name}.`);
    await input.fill('No such place');
    await page.click('[data-add]');
    expect(await page.textContent('[data-pick-status]')).toContain('No area is called “No such place”');
    expect(new URL(page.url()).searchParams.get('areas')).toBe(code);
    expect([...consoleErrors, ...pageErrors]).toEqual([]);
  });

  it('links to the list of areas, which lists every area with a link to its page', async () => {
    const html = readFileSync(join(site.siteDir, areaPage, 'index.html'), 'utf8');
    const list = areaPage.replace(/[^/]+\/$/, 'areas/');
    expect(html).toContain(`href="${site.basePath}${list}"`);
    const { page } = await open(list, false);
    expect(await page.locator('li[data-name] a').count()).toBe(summary.areas.code.length);
  });
});
