/**
 * The config's text and the data's inside interface sentences on a site whose interface speaks
 * another language than its data (tests/fixtures/build/content-language/: `nb-NO`, shown in the
 * en-GB catalogue): "3 eiendommer in Madla" must say "eiendommer" and "Madla" in elements of their
 * own with `lang="nb-NO"` (WCAG 2.2 3.1.2), built from the message's parts, never by joining HTML:
 * names with markup and an ampersand in them stay text. Attributes and titles, which cannot hold
 * an element, keep the plain sentence. Checked in the built HTML and, with axe, in Chromium.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe, type OpenedPage } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';

const NB = '<span lang="nb-NO">';
// The fixture's names as HTML text: markup escaped, never a tag.
const SCHOOL = 'Skole &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; barnehage';
const CENTRE = 'Sentrum &lt;script&gt;alert(&quot;bydel&quot;)&lt;/script&gt; &amp; havn';
const TITLE = 'Kommunale bygg &amp; &lt;anlegg&gt;';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

describe('config and data text inside interface sentences on a nb-NO site shown in en-GB', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  const opened: OpenedPage[] = [];
  // Astro adds scoped-style attributes to some elements: drop them, so the sentences read as written.
  const html = (path: string): string =>
    readFileSync(join(site.siteDir, path, 'index.html'), 'utf8').replace(/ data-astro-cid-\w+/g, '');

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

  it("marks the dataset's noun and the area's name inside the sentences of an area's list", () => {
    const page = html('land/areas/b1');
    expect(page).toContain(`<h1>Public land and buildings in ${NB}Madla</span></h1>`);
    expect(page).toMatch(new RegExp(`3 ${NB}eiendommer</span>`));
    // The page's title and description are attributes and a <title>: the plain sentence.
    expect(page).toContain('<title>Public land and buildings in Madla');
  });

  it('marks the names on an asset page, its area, its mini map and its source', () => {
    const page = html('land/kommunale-bygg/1');
    expect(page).toContain(`<h2 id="area-h">The area: ${NB}Madla</span></h2>`);
    expect(page).toContain(`3 ${NB}eiendommer</span> in ${NB}Madla</span>`);
    expect(page).toMatch(
      new RegExp(`<figcaption>${NB}Madla</span>: outline of the area, with ${NB}Madla skole</span> marked\\.`),
    );
    expect(page).toContain(`published by ${NB}Nordvik kommune</span> under`);
  });

  it('keeps names with markup and an ampersand as text, marked, in every sentence', () => {
    const asset = html('land/kommunale-bygg/4');
    expect(asset).toContain(`<h2 id="area-h">The area: ${NB}${CENTRE}</span></h2>`);
    expect(asset).toContain(`with ${NB}${SCHOOL}</span> marked.`);
    const profile = html('areas/bydeler/B2');
    // The fixture's districts have populations (for its disease pages): the sentence says it.
    expect(profile).toContain(`${NB}${CENTRE}</span> is one of the 2 ${NB}bydeler</span>, with `);
    expect(profile).toContain(`${NB}${TITLE}</span>: 1 in the area`);
    // No page has the names' markup as elements (in an attribute it is the attribute's text), nor
    // a mark of the parts left in it.
    for (const file of htmlFiles(site.siteDir)) {
      const text = readFileSync(file, 'utf8');
      const { document } = new JSDOM(text).window;
      expect(document.querySelectorAll('anlegg').length, file).toBe(0);
      // A script's JSON block holds the name as JSON text (`<` escaped), which is not markup.
      const ran = [...document.scripts].filter(
        (s) => s.type !== 'application/json' && s.textContent?.includes('alert('),
      );
      expect(ran.length, file).toBe(0);
      expect(text, file).not.toMatch(/[\uE000-\uE004]/);
    }
  });

  it('marks the council and the site in the sentences every page has', () => {
    expect(html('')).toContain(`Open data published by ${NB}Nordvik kommune</span>`);
    expect(html('land')).toMatch(new RegExp(`${NB}Bygg &amp; anlegg i Nordvik</span> is built with Civic Atlas`));
    expect(html('land/unplaced')).toContain(`Not on the map: 1 ${NB}eiendom</span>.`);
  });

  it('has no axe violations on an area list, an asset page and an area profile', async () => {
    for (const path of ['land/areas/b1/', 'land/kommunale-bygg/4/', 'areas/bydeler/B2/']) {
      const p = await openPage(browser, `${server.url}${path}`, { reducedMotion: 'reduce' });
      opened.push(p);
      await expect(p.page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
      expect(formatViolations(await runAxe(p.page)), path).toBe('');
      expect(p.pageErrors, path).toEqual([]);
    }
  });
});
