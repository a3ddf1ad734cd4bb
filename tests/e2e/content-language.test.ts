/**
 * A site whose locale has no message catalogue (Stavanger kommune's register, `nb-NO`,
 * tests/fixtures/real/stavanger-kommunale-bygg/): the interface is the en-GB catalogue's, the
 * config's text and the data are Norwegian. The page's `lang` must be the interface's, so a
 * screen reader reads it in an English voice, and the Norwegian text must carry `lang="nb-NO"`
 * where it stands in an element of its own (WCAG 2.2 3.1.1 and 3.1.2). Checked in the built HTML
 * and, with axe, in Chromium.
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

describe('a nb-NO site shown in the en-GB catalogue', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let table: AssetsTable;
  const opened: OpenedPage[] = [];

  const html = (path: string): string => readFileSync(join(site.siteDir, path, 'index.html'), 'utf8');
  const assetPath = (id: string): string => `land/kommunale-bygg/${slugOf(table, table.id.indexOf(id))}/`;
  const open = async (path: string): Promise<OpenedPage> => {
    const p = await openPage(browser, `${server.url}${path}`, { reducedMotion: 'reduce' });
    opened.push(p);
    return p;
  };

  beforeAll(async () => {
    site = await buildSite({
      config: 'tests/fixtures/real/stavanger-kommunale-bygg/stavanger-bygg.config.ts',
      name: 'stavanger-bygg',
    });
    const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as Manifest;
    const entry = manifest.datasets[0] as AssetsDatasetEntry;
    table = JSON.parse(readFileSync(join(site.dataDir, entry.files['assets'] ?? ''), 'utf8')) as AssetsTable;
    server = await serveStatic(site.siteDir, site.basePath);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const p of opened) await p.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it("gives every page the interface's language, en-GB, not the locale's", () => {
    for (const path of ['', 'land/', 'datasets/', 'datasets/kommunale-bygg/', assetPath('28')]) {
      expect(html(path), path || '/').toMatch(/^<!DOCTYPE html><html lang="en-GB"[ >]/i);
    }
  });

  it("marks the config's titles and the data's names nb-NO where they stand alone", () => {
    // Astro adds its scoped-style attributes (data-astro-cid-…) to some elements.
    const marked = (tag: string, text: string): RegExp =>
      new RegExp(`<${tag}[^>]*>\\s*<span lang="nb-NO"[^>]*>${text}</span>\\s*</${tag}>`);
    expect(html('')).toMatch(marked('h1', 'Kommunale bygg i Stavanger'));
    expect(html('datasets/kommunale-bygg/')).toMatch(marked('h1', 'Kommunale bygg med publikumstjenester'));
    expect(html(assetPath('28'))).toMatch(/<h1 lang="nb-NO"[^>]*>Landbrukskontoret<\/h1>/);
    // The register's free text (its services) and its label from the config.
    expect(html(assetPath('28'))).toMatch(
      /<dt lang="nb-NO"[^>]*>Tjenester<\/dt><dd lang="nb-NO"[^>]*>Avløserordninger, /,
    );
    // The site's name in the header of every page.
    expect(html('land/')).toMatch(
      /<span class="brand-title"[^>]*><span lang="nb-NO"[^>]*>Kommunale bygg i Stavanger<\/span>/,
    );
  });

  it('has no axe violations on the land page and an asset page', async () => {
    for (const path of ['land/', assetPath('28')]) {
      const p = await open(path);
      await expect(p.page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
      if (path === 'land/') {
        // The list the script draws marks each building's name too.
        const names = p.page.locator('[data-list] .result-name');
        await names.first().waitFor({ timeout: 30_000 });
        await expect(names.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).resolves.toEqual(
          Array.from({ length: await names.count() }, () => 'nb-NO'),
        );
      }
      expect(formatViolations(await runAxe(p.page)), path).toBe('');
      expect(p.pageErrors, path).toEqual([]);
      expect(p.consoleErrors, path).toEqual([]);
    }
  });

  it('marks the free texts the shortlist draws nb-NO, with their labels', async () => {
    const p = await open('land/shortlist/');
    await p.page.locator('[data-shortlist][data-ready]').waitFor({ timeout: 30_000 });
    const marks = await p.page
      .locator('table.shortlist-table dl.texts > *')
      .evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
    // Every one of the 12 buildings lists its services.
    expect(marks).toEqual(Array.from({ length: 24 }, () => 'nb-NO'));
    expect(formatViolations(await runAxe(p.page))).toBe('');
    expect(p.pageErrors).toEqual([]);
  });
});
