/**
 * The text the browser's scripts write on a site whose interface speaks another language than its
 * data (tests/fixtures/build/content-language/: `nb-NO`, shown in the en-GB catalogue): every name,
 * title or noun of the data or the config that a script puts in a sentence or a label must be in
 * an element with `lang="nb-NO"` (WCAG 2.2 3.1.2), as the build's `<Sentence>` does, and a name
 * with `<script>` in it must stay text. Checked in Chromium, with axe.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';

// The fixture's names as the data gives them (the pages must show them as this text).
const SCHOOL = 'Skole <script>alert("x")</script> & barnehage';
const CENTRE = 'Sentrum <script>alert("bydel")</script> & havn';
const TITLE = 'Kommunale bygg & <anlegg>';

/** Each element under `selector` that has a `lang`, as `[lang, text]`. */
function marked(page: Page, selector: string): Promise<[string, string][]> {
  return page.$$eval(`${selector} [lang]`, (els) =>
    els.map((el) => [el.getAttribute('lang') ?? '', el.textContent ?? ''] as [string, string]),
  );
}

/** Elements made from a name's markup (never any) under `selector`: the page's JSON blocks are its own. */
function injected(page: Page, selector: string): Promise<number> {
  return page.$$eval(`${selector} script:not([type="application/json"]), ${selector} anlegg`, (els) => els.length);
}

describe('text that scripts write on a nb-NO site shown in en-GB', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  const opened: OpenedPage[] = [];
  const open = async (path: string): Promise<OpenedPage> => {
    const p = await openPage(browser, `${server.url}${path}`, { reducedMotion: 'reduce' });
    opened.push(p);
    return p;
  };
  const settled = async (p: OpenedPage, path: string): Promise<void> => {
    expect(formatViolations(await runAxe(p.page)), path).toBe('');
    expect(p.pageErrors, path).toEqual([]);
  };

  beforeAll(async () => {
    site = await buildSite({
      config: 'tests/fixtures/build/content-language/content-language.config.ts',
      name: 'content-language',
    });
    server = await serveStatic(site.siteDir, site.basePath);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const p of opened) await p.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it("marks the dataset's noun in the live count and the names, areas and titles in the list", async () => {
    const p = await open('land/');
    await p.page.locator('[data-finder][data-live]').waitFor({ timeout: 30_000 });
    await expect(p.page.innerHTML('[data-count]')).resolves.toContain('<span lang="nb-NO">eiendommer</span>');
    const list = await marked(p.page, '[data-list]');
    expect(list).toContainEqual(['nb-NO', SCHOOL]);
    expect(list).toContainEqual(['nb-NO', 'Madla']);
    expect(list).toContainEqual(['nb-NO', CENTRE]);
    expect(list).toContainEqual(['nb-NO', TITLE]);
    // "Show on map: <name>", read by screen readers, names the record in its language too.
    expect(list).toContainEqual(['nb-NO', 'Madla skole']);
    await expect(injected(p.page, '[data-finder]')).resolves.toBe(0);
    await settled(p, 'land/');
  });

  it("marks the noun in the shortlist's heading and caption, and the names and cells of its table", async () => {
    const p = await open('land/shortlist/');
    await p.page.locator('[data-shortlist][data-ready]').waitFor({ timeout: 30_000 });
    await expect(p.page.innerHTML('[data-title]')).resolves.toBe('Shortlist: 5 <span lang="nb-NO">eiendommer</span>');
    await expect(p.page.innerHTML('table.shortlist-table caption')).resolves.toContain(
      '<span lang="nb-NO">eiendommer</span>',
    );
    const names = await p.page.$$eval('table.shortlist-table tbody a', (as) =>
      as.map((a) => [a.getAttribute('lang'), a.textContent]),
    );
    expect(names).toContainEqual(['nb-NO', SCHOOL]);
    const cells = await marked(p.page, 'table.shortlist-table tbody');
    expect(cells).toContainEqual(['nb-NO', CENTRE]);
    expect(cells).toContainEqual(['nb-NO', TITLE]);
    // The site's title in the printed-from line.
    await expect(p.page.innerHTML('[data-printed-from]')).resolves.toContain(
      '<span lang="nb-NO">Bygg &amp; anlegg i Nordvik</span>',
    );
    // (The page's own inline script, which marks it as waiting, is not in the table.)
    await expect(injected(p.page, 'table.shortlist-table')).resolves.toBe(0);
    await settled(p, 'land/shortlist/');
  });

  it("marks the results' names and details on the search page and under the header's box", async () => {
    const p = await open('search/?q=skole');
    await p.page.locator('[data-search-page-results] li').first().waitFor({ timeout: 30_000 });
    const results = await marked(p.page, '[data-search-page-results]');
    expect(results).toContainEqual(['nb-NO', SCHOOL]);
    await expect(injected(p.page, '[data-search-page-results]')).resolves.toBe(0);
    await settled(p, 'search/');

    const box = p.page.locator('input[role="combobox"]');
    await box.fill('sentrum');
    await p.page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 30_000 });
    const options = await marked(p.page, '[role="listbox"]');
    expect(options).toContainEqual(['nb-NO', CENTRE]);
    // The area's layer in its detail line is the config's label, marked; its code is not.
    expect(options).toContainEqual(['nb-NO', 'Bydeler']);
    await expect(injected(p.page, '[role="listbox"]')).resolves.toBe(0);
  });

  it("marks the compared area's name in the picker's status line and list of chosen areas", async () => {
    const dir = join(site.siteDir, 'disease/smitte');
    const metric = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory())?.name ?? '';
    const p = await open(`disease/smitte/${metric}/B1/`);
    const input = p.page.locator('[data-pick]');
    await input.focus();
    await p.page.waitForFunction(() => (document.querySelector('[data-pick-list]')?.children.length ?? 0) > 0);
    await input.fill(CENTRE);
    await p.page.click('[data-add]');
    await p.page.locator('[data-chosen] li').first().waitFor();
    await expect(p.page.innerHTML('[data-pick-status]')).resolves.toBe(
      'Added <span lang="nb-NO">Sentrum &lt;script&gt;alert("bydel")&lt;/script&gt; &amp; havn</span>.',
    );
    await expect(marked(p.page, '[data-chosen]')).resolves.toEqual([['nb-NO', CENTRE]]);
    await expect(injected(p.page, '[data-compare-picker]')).resolves.toBe(0);
    await settled(p, 'disease area page');
  });

  it("marks the area's name in what the disease map says as the keyboard moves", async () => {
    const dir = join(site.siteDir, 'disease/smitte');
    const metric = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory())?.name ?? '';
    const p = await open(`disease/smitte/${metric}/`);
    await p.page.focus('[data-map-frame]');
    await p.page.keyboard.press('Home');
    await p.page.waitForFunction(() => (document.querySelector('[data-map-announce]')?.textContent ?? '') !== '');
    const said = await marked(p.page, '[data-map-announce]');
    expect(said.map(([lang]) => lang)).toContain('nb-NO');
    expect(said.map(([, text]) => text)).toContain('Madla');
    await p.page.keyboard.press('End');
    await p.page.waitForFunction(() => document.querySelector('[data-map-announce]')?.textContent?.includes('Sentrum'));
    await expect(marked(p.page, '[data-map-announce]')).resolves.toContainEqual(['nb-NO', CENTRE]);
    await expect(injected(p.page, '[data-map-announce]')).resolves.toBe(0);
    await settled(p, 'disease map page');
  });
});
