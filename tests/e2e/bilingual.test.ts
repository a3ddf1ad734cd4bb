/**
 * The demo council as a bilingual site (data/demo-bilingual.config.ts: Welsh at the root, English
 * under /en/): both languages built from one data step with one copy of the data, `lang` and
 * `hreflang` right on pages of every kind, the language switch going to the same page with the
 * view (`?areas=`) kept, the note on a config text with no English (beside a title or paragraph, once
 * per page for short labels such as category names, each marked with `lang`), a sitemap listing both,
 * pages kept offline listed each in its own language and removed one at a time, each language's
 * web app manifest, offline pages and not-found page (the root one saying it in English too), the
 * map's zoom controls, the keep button and the kept-pages list in Welsh and working, and
 * in Chromium no axe violations in either language, no sideways scroll at 390 px in Welsh, and
 * the JavaScript budget of a page without a map in both.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe } from './harness/browser.ts';
import { buildSite, type BuiltSite } from './harness/build-site.ts';
import { crawlSite, samplePages } from './harness/crawl.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import { JS_BUDGET_KB, measurePage } from '../bench/page-weight.ts';
import { enGB } from '../../src/lib/i18n/messages/en-GB/index.ts';
import { translatorFor } from '../../src/lib/i18n/catalogues.ts';
import { readPage } from './harness/page-text.ts';

const cy = translatorFor('cy');
const en = translatorFor('en-GB');

const HOST = 'https://eastmere.example';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

describe('bilingual demo (cy + en-GB)', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let welsh: string[];
  let english: string[];
  const html = (path: string) => readFileSync(join(site.siteDir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    site = await buildSite({ config: 'data/demo-bilingual.config.ts', name: 'bilingual' });
    const pages = crawlSite(site.siteDir, '/').filter((p) => !p.endsWith('.html'));
    english = pages.filter((p) => p.startsWith('/en/'));
    welsh = pages.filter((p) => !p.startsWith('/en/'));
    server = await serveStatic(site.siteDir, '/');
    browser = await launchBrowser({ webgl: false });
  }, 30 * 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds every page in both languages, Welsh at the root and English under /en/', () => {
    expect(welsh.length).toBeGreaterThan(100);
    expect(english.map((p) => p.slice('/en'.length))).toEqual(welsh);
  });

  it('keeps one copy of the data, which the English pages read from the root', () => {
    expect(existsSync(join(site.siteDir, 'data', 'manifest.json'))).toBe(true);
    expect(existsSync(join(site.siteDir, 'en', 'data'))).toBe(false);
    const dataFiles = new Set(filesUnder(join(site.siteDir, 'data')).map((f) => f.split('/').pop()));
    const copies = filesUnder(join(site.siteDir, 'en')).filter(
      (f) => /\.(json|csv|geojson)$/.test(f) && !f.startsWith('search/') && dataFiles.has(f.split('/').pop()),
    );
    expect(copies).toEqual([]);
    for (const p of samplePages(english, '/en/', 2))
      expect(readFileSync(join(site.siteDir, p, 'index.html'), 'utf8')).not.toContain('/en/data/');
  });

  it('marks every sampled page with its language and links it to itself in both, x-default Welsh', () => {
    const sample = samplePages(welsh, '/', 2);
    expect(sample.length).toBeGreaterThan(15);
    for (const p of sample) {
      const rel = p.slice(1);
      for (const [path, lang] of [
        [rel, 'cy'],
        [`en/${rel}`, 'en-GB'],
      ] as const) {
        const page = html(path);
        expect(page.match(/<html lang="([^"]+)"/)?.[1], path).toBe(lang);
        const alternates = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
          (m) => `${m[1]} ${m[2]}`,
        );
        expect(alternates, path).toEqual([`cy ${HOST}/${rel}`, `en-GB ${HOST}/en/${rel}`, `x-default ${HOST}/${rel}`]);
      }
    }
  });

  it('lists every page in both languages in the sitemap, each with its alternates', () => {
    const xml = readFileSync(join(site.siteDir, 'sitemap.xml'), 'utf8');
    expect((xml.match(/<url>/g) ?? []).length).toBe(welsh.length + english.length);
    expect(xml).toContain(
      `<url><loc>${HOST}/en/datasets/</loc><xhtml:link rel="alternate" hreflang="cy" href="${HOST}/datasets/"/><xhtml:link rel="alternate" hreflang="en-GB" href="${HOST}/en/datasets/"/><xhtml:link rel="alternate" hreflang="x-default" href="${HOST}/datasets/"/></url>`,
    );
  });

  it('shows a config text with no English in Welsh on the English page, marked and with a note', () => {
    const note = enGB.messages['languages.fallback.note']
      .replace('{language}', enGB.messages['languages.name.enGB'])
      .replace('{fallback}', enGB.messages['languages.name.cy']);
    const page = html('en/datasets/physical-activity');
    expect(page).toMatch(/<span lang="cy"[^>]*>Cyfran yr oedolion sy’n gwneud o leiaf 150 munud/);
    expect(page).toContain(`(${note})`);
    expect(page).toMatch(/<h1[^>]*>Physically active adults<\/h1>/);
    // Translated texts carry no note, and the Welsh page (the default language) never does.
    expect(html('en/datasets/recycling')).not.toContain(note);
    expect(html('datasets/physical-activity')).not.toContain('class="translation-note');
  });

  it('marks a config text with no English inside an English sentence with its lang, and the page notes it once', () => {
    const labels = enGB.messages['languages.fallback.labels']
      .replace('{language}', enGB.messages['languages.name.enGB'])
      .replace('{fallback}', enGB.messages['languages.name.cy']);
    const welshBenchmark = '<span lang="cy">Arolwg y fwrdeistref gyfan</span>';
    const summaryOf = (page: string) => /<p class="summary"[^>]*>(.*?)<\/p>/s.exec(page)?.[1] ?? '';
    // The indicator's area page and the area profile compare with the survey's benchmark, named in
    // Welsh only: the sentence is English, the name inside it is marked, and the page has the note.
    for (const p of ['en/indicators/physical-activity/physical-activity/X05000001', 'en/areas/wards/X05000001']) {
      const page = html(p);
      const summary = summaryOf(page);
      expect(summary, p).toContain(welshBenchmark);
      expect(summary, p).toMatch(
        / (similar to|significantly (better|worse) than|higher than|lower than) <span lang="cy">/,
      );
      expect(page, p).toContain(labels);
      // Where markup is impossible (the meta description) the text is the same sentence, unmarked.
      expect(page, p).toMatch(/<meta name="description" content="[^"<]*Arolwg y fwrdeistref gyfan[^"<]*"/);
    }
    // In Welsh the same sentences are all Welsh: nothing is marked.
    for (const p of ['indicators/physical-activity/physical-activity/X05000001', 'areas/wards/X05000001']) {
      const summary = summaryOf(html(p));
      expect(summary, p).toContain('Arolwg y fwrdeistref gyfan');
      expect(summary, p).not.toContain('lang=');
    }
    // No private-use mark the sentence builder uses is ever left on a page.
    for (const p of samplePages(english, '/en/', 2))
      expect(readFileSync(join(site.siteDir, p, 'index.html'), 'utf8')).not.toMatch(/[\uE000-\uE004]/);
  });

  it('marks each kind of fallback: a rights paragraph with its note beside it, a category label with lang and one note on the page', () => {
    const t = (key: 'languages.fallback.note' | 'languages.fallback.labels') =>
      enGB.messages[key]
        .replace('{language}', enGB.messages['languages.name.enGB'])
        .replace('{fallback}', enGB.messages['languages.name.cy']);
    const beside = t('languages.fallback.note');
    const labels = t('languages.fallback.labels');
    const notes = (page: string) =>
      [...page.matchAll(/class="[^"]*(?:translation-note|labels-note)[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);

    // Prose: the untranslated paragraph in Welsh, marked, with the note beside it; the translated ones without.
    const rights = html('en/land/rights');
    expect(rights).toMatch(
      /<p[^>]*><span lang="cy"[^>]*>Nid oes rhestr o asedau o werth cymunedol[^<]*<\/span> <span class="translation-note"[^>]*>\(/,
    );
    expect(notes(rights)).toEqual([`(${beside})`]);
    expect(rights).toMatch(/<p[^>]*>Community asset transfer\. /);
    expect(rights).toMatch(/<h1[^>]*>Community rights over land and buildings in Wales<\/h1>/);

    // Short labels: the Welsh category name carries lang wherever it is drawn, and the page has one note, not one per label.
    const land = html('en/land');
    // Every element whose text is the label, and the tag that opens it: each must carry lang="cy".
    const tagsOf = (page: string, text: string) =>
      [...page.matchAll(new RegExp(`(<[^<>]+>)${text}<`, 'gi'))].map((m) => m[1] ?? '');
    const tags = tagsOf(land, 'Statws heb ei nodi');
    expect(tags.length).toBeGreaterThanOrEqual(3);
    expect(tags.filter((tag) => !/ lang="cy"/.test(tag))).toEqual([]);
    expect(notes(land)).toEqual([labels]);
    // ... and is handed to the list's script with its language.
    expect(land).toContain(
      '&#34;label&#34;:&#34;Statws heb ei nodi&#34;,&#34;colour&#34;:&#34;#4a4f57&#34;,&#34;shape&#34;:&#34;circle&#34;,&#34;available&#34;:false,&#34;lang&#34;:&#34;cy&#34;',
    );
    const assetDir = join(site.siteDir, 'en/land/land-and-assets');
    const unknown = readdirSync(assetDir).find((id) =>
      html(`en/land/land-and-assets/${id}`).includes('>Statws heb ei nodi<'),
    );
    expect(unknown, 'an asset of unknown status').toBeDefined();
    const asset = html(`en/land/land-and-assets/${unknown}`);
    expect(asset).toMatch(
      /<span class="status-badge"[^>]*>.*?<span lang="cy"[^>]*>Statws heb ei nodi<\/span><\/span>/s,
    );
    expect(notes(asset)).toEqual([labels]);

    // The indicator pages read their label and description from the data step's file, written in
    // Welsh: in English they are translated, and the Welsh-only description is marked with its note.
    expect(html('en/indicators/recycling/recycling')).toMatch(/<h1[^>]*>Household waste recycling rate<\/h1>/);
    const activity = html('en/indicators/physical-activity/physical-activity');
    expect(activity).toMatch(/<h1[^>]*>Physically active adults<\/h1>/);
    expect(activity).toMatch(/<span lang="cy"[^>]*>Cyfran yr oedolion sy’n gwneud o leiaf 150 munud/);
    expect(activity).toContain(`(${beside})`);

    // Fully translated pages have no note, and the Welsh pages never do.
    for (const p of [
      'en/',
      'en/datasets/',
      'en/datasets/recycling',
      'en/indicators/recycling/recycling',
      'land',
      'land/rights',
      `land/land-and-assets/${unknown}`,
    ]) {
      expect(notes(html(p)), p).toEqual([]);
    }
    expect(tagsOf(html('land'), 'Statws heb ei nodi').filter((tag) => / lang=/.test(tag))).toEqual([]);
  });

  it('names a disease in its chart headings in the page language; one with no English in Welsh, marked, with one note', () => {
    // Measles has no English name in the demo: "Y frech goch" on the English pages, with its lang.
    const measles = 'en/disease/notifications/y-frech-goch';
    for (const path of [measles, `${measles}/X05000001`]) {
      const text = html(path);
      expect(text, path).toMatch(/<h2 id="trend-h"[^>]*>Daily <span lang="cy">Y frech goch<\/span> in /);
      expect(text.match(/class="[^"]*labels-note/g)?.length, path).toBe(1);
    }
    // Norovirus has both: each language's own name, never the Welsh one on an English page.
    expect(html('en/disease/notifications/norofeirws')).toMatch(
      /<h2 id="trend-h"[^>]*>Daily norovirus in all 18 wards,/,
    );
    expect(html('en/disease/notifications/norofeirws/X05000001')).not.toMatch(/>[^<]*\bnorofeirws\b/i);
    expect(html('disease/notifications/norofeirws')).toMatch(/<h2 id="trend-h"[^>]*>norofeirws bob dydd/);
  });

  it('names the total of all areas in the page language, in lower case inside a sentence', () => {
    for (const path of welsh.filter((p) => p.startsWith('/disease/'))) {
      expect(html(path.slice(1)), path).not.toMatch(/\bAll \d+ (areas|wards|wardiau)\b/);
    }
    const area = 'disease/notifications/norofeirws/X05000001';
    expect(html(`en/${area}`)).toContain('Alderwick compared with all 18 wards');
    // The layer's Welsh forms: the singular after a number, "18 ward", not "18 wardiau".
    expect(html(area)).toMatch(/Alderwick o’i chymharu â p[^<]* o’r 18 ward\b/);
    expect(html(area)).not.toContain('â Pob un');
  });

  it("says the land register's count with its own noun, in the plural form of each language", () => {
    const lede = (path: string) => /<p class="lede"[^>]*>\s*([^<]*)/.exec(html(path))?.[1] ?? '';
    expect(lede('land')).toMatch(/^[\d,]+ eiddo o un ffynhonnell/);
    expect(lede('en/land')).toMatch(/^[\d,]+ properties from one source/);
  });

  it('never calls the register’s properties records on the land page, the area lists, the shortlist or the unplaced list, in either language', () => {
    // The interface's own word for a record, which a register that names its records never shows.
    const interfaceNoun = { '': /\bcofnod(ion)?\b|\bgofnod(ion)?\b/i, 'en/': /\brecords?\b/i };
    for (const [prefix, noun] of Object.entries(interfaceNoun)) {
      const areaLists = readdirSync(join(site.siteDir, prefix, 'land', 'areas')).map((a) => `${prefix}land/areas/${a}`);
      expect(areaLists.length, prefix).toBeGreaterThan(3);
      for (const path of [`${prefix}land`, `${prefix}land/shortlist`, `${prefix}land/unplaced`, ...areaLists]) {
        // What the page shows and says (text, labels, description), not the messages handed to its
        // scripts: those hold both wordings, and the script picks the register's.
        const said = readPage(html(path)).texts.filter((p) => !p.where.startsWith('script'));
        const found = said.filter((p) => noun.test(p.text)).map((p) => `${p.where}: ${p.text}`);
        expect(found, path).toEqual([]);
      }
    }
  });

  it(
    'counts the land records with the same noun once the finder runs: the count line, an export and the shortlist',
    async () => {
      // A status filter in the address: the count line is then the script's, not the build's.
      const cases = [
        { prefix: '', t: cy, count: /^[\d,]+ eiddo: [\d,]+ yn cyfateb \(/, saved: /\([\d,]+ eiddo\)\.$/ },
        {
          prefix: 'en/',
          t: en,
          count: /^[\d,]+ of [\d,]+ properties match \(/,
          saved: /\([\d,]+ propert(y|ies)\)\.$/,
        },
      ];
      for (const { prefix, t, count, saved } of cases) {
        const land = await openPage(browser, new URL(`${prefix}land/?status=vacant`, server.url).href);
        try {
          const page = land.page;
          await page.locator('[data-finder][data-live]').waitFor({ state: 'attached', timeout: 30_000 });
          const line = (await page.locator('[data-count]').textContent()) ?? '';
          expect(line, prefix).toMatch(count);
          expect(line, prefix).not.toMatch(/cofnod|records/);
          // Nothing the live finder shows or labels calls them records either.
          const shown = await page.evaluate(() =>
            [
              document.body.innerText,
              ...Array.from(document.querySelectorAll('[aria-label]'), (e) => e.getAttribute('aria-label')),
            ].join('\n'),
          );
          expect(shown, prefix).not.toMatch(/\bcofnod(ion)?\b|\bgofnod(ion)?\b|\brecords?\b/i);
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: t.t('assets.finder.exportCsv') }).click(),
          ]);
          await download.cancel();
          expect((await page.locator('[data-status]').textContent()) ?? '', prefix).toMatch(saved);
          expect(land.pageErrors).toEqual([]);
        } finally {
          await land.close();
        }
        const shortlist = await openPage(browser, new URL(`${prefix}land/shortlist/?status=vacant`, server.url).href);
        try {
          await shortlist.page.locator('table.shortlist-table').waitFor({ timeout: 30_000 });
          const heading = (await shortlist.page.locator('[data-title]').textContent()) ?? '';
          const caption = (await shortlist.page.locator('table.shortlist-table caption').textContent()) ?? '';
          expect(heading, prefix).toMatch(
            prefix === '' ? /^Rhestr fer: [\d,]+ eiddo$/ : /^Shortlist: [\d,]+ propert(y|ies)$/,
          );
          expect(caption, prefix).toMatch(prefix === '' ? /^[\d,]+ eiddo: / : /^[\d,]+ propert(y|ies): /);
          expect(await shortlist.page.evaluate(() => document.body.innerText), prefix).not.toMatch(
            /\bcofnod(ion)?\b|\bgofnod(ion)?\b|\brecords?\b/i,
          );
          expect(shortlist.pageErrors).toEqual([]);
        } finally {
          await shortlist.close();
        }
      }
    },
    3 * 60_000,
  );

  it('switches to the same page in the other language, keeping the areas and the fragment in the URL', async () => {
    const path = '/indicators/recycling/recycling/X05000001/';
    const opened = await openPage(browser, new URL(`${path.slice(1)}?areas=X05000002#trend`, server.url).href);
    try {
      const link = opened.page.locator('a[data-language-switch]');
      expect(await link.getAttribute('hreflang')).toBe('en-GB');
      await Promise.all([opened.page.waitForURL(/\/en\//), link.click()]);
      const url = new URL(opened.page.url());
      expect(`${url.pathname}${url.search}${url.hash}`).toBe(`/en${path}?areas=X05000002#trend`);
      expect(await opened.page.getAttribute('html', 'lang')).toBe('en-GB');
      // And back, from the English page's own switch.
      const back = opened.page.locator('a[data-language-switch]');
      expect(await back.textContent()).toContain('Cymraeg');
      await Promise.all([opened.page.waitForURL((u) => !u.pathname.startsWith('/en/')), back.click()]);
      expect(new URL(opened.page.url()).search).toBe('?areas=X05000002');
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('lists pages kept in either language each in its own language, and removes one without the other', async () => {
    const path = 'datasets/recycling/';
    const opened = await openPage(browser, new URL(path, server.url).href, {
      serviceWorkers: 'allow',
      reducedMotion: 'reduce',
    });
    const page = opened.page;
    try {
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      for (const p of [path, `en/${path}`]) {
        await page.goto(new URL(p, server.url).href);
        await page.locator('[data-keep-offline] button').click();
        await page.locator('[data-keep-offline][data-kept="true"]').waitFor();
      }
      await page.goto(new URL('en/offline/', server.url).href);
      await page.locator('[data-kept-items] li').nth(1).waitFor();
      const listed = () =>
        page.locator('[data-kept-items] a').evaluateAll((links) =>
          links.map(
            // The title's language as a screen reader takes it: its own lang, else the list's.
            (a) =>
              `${new URL((a as HTMLAnchorElement).href).pathname} ${a.closest('[lang]')?.getAttribute('lang')} ${a.textContent}`,
          ),
        );
      expect(await listed()).toEqual([
        `/${path} cy Cyfradd ailgylchu gwastraff cartref`,
        `/en/${path} en-GB Household waste recycling rate`,
      ]);
      await page.getByRole('button', { name: 'Remove Household waste recycling rate from this device' }).click();
      await page.locator('[data-kept-status]', { hasText: /./ }).waitFor();
      expect(await listed()).toEqual([`/${path} cy Cyfradd ailgylchu gwastraff cartref`]);
      // Offline, the Welsh copy still opens and the English one, removed, gives the offline page.
      await page.context().setOffline(true);
      try {
        await page.goto(new URL(path, server.url).href);
        expect(await page.textContent('h1')).toBe('Cyfradd ailgylchu gwastraff cartref');
        await page.goto(new URL(`en/${path}`, server.url).href);
        expect(await page.textContent('h1')).toBe(enGB.messages['offline.page.title']);
      } finally {
        await page.context().setOffline(false);
      }
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('gives each language its own web app manifest, offline pages and not-found page, the root one saying it in English too', () => {
    const manifest = (path: string) =>
      JSON.parse(readFileSync(join(site.siteDir, path), 'utf8')) as Record<string, unknown>;
    const welshApp = manifest('manifest.webmanifest');
    const englishApp = manifest('en/manifest.webmanifest');
    expect(welshApp).toMatchObject({ lang: 'cy', start_url: '/', scope: '/', name: 'Atlas Dinesig Eastmere' });
    expect(englishApp).toMatchObject({ lang: 'en-GB', start_url: '/en/', scope: '/en/', name: 'Eastmere Civic Atlas' });
    // No site.shortName in the demo: each title cut at the last whole word within 12 characters.
    expect(welshApp['short_name']).toBe('Atlas');
    expect(englishApp['short_name']).toBe('Eastmere');
    const council = { cy: 'Bwrdeistref Eastmere (ffuglennol)', en: 'Borough of Eastmere (fictional)' };
    expect(welshApp['description']).toBe(cy.t('offline.app.description', { council: council.cy }));
    expect(englishApp['description']).toBe(en.t('offline.app.description', { council: council.en }));
    const file = (path: string) => readFileSync(join(site.siteDir, path), 'utf8');
    const h1 = (text: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(text)?.[1];
    for (const [prefix, lang, t] of [
      ['', 'cy', cy],
      ['en/', 'en-GB', en],
    ] as const) {
      for (const page of ['', 'offline/', 'offline/not-kept/', '404.html', 'datasets/recycling/']) {
        const text = file(page.endsWith('.html') ? `${prefix}${page}` : `${prefix}${page}index.html`);
        expect(text, `${prefix}${page}`).toContain(`<link rel="manifest" href="/${prefix}manifest.webmanifest">`);
        expect(text, `${prefix}${page}`).toContain(`<html lang="${lang}"`);
      }
      expect(h1(file(`${prefix}offline/index.html`))).toBe(t.t('offline.list.title'));
      expect(h1(file(`${prefix}offline/not-kept/index.html`))).toBe(t.t('offline.page.title'));
      expect(h1(file(`${prefix}404.html`))).toBe(t.t('notFound.title'));
    }
    // Hosts serve the root 404.html for every missing address, /en/… too: it says so in English as well.
    const notFound = file('404.html');
    const english = /<section lang="en-GB"[^>]*>([\s\S]*?)<\/section>/.exec(notFound)?.[1] ?? '';
    expect(english).toContain(`>${en.t('notFound.title')}</h2>`);
    expect(english).toMatch(new RegExp(`<a href="/en/" hreflang="en-GB"[^>]*>\\s*${en.t('notFound.home')}\\s*</a>`));
    expect(file('en/404.html')).not.toContain('<section lang=');
    // Its language switch and alternates go to the other language's not-found page, which exists.
    expect(notFound).toMatch(/<a href="\/en\/404\.html" hreflang="en-GB"/);
    expect(notFound).toContain('<link rel="alternate" hreflang="en-GB" href="https://eastmere.example/en/404.html">');
    expect(file('en/404.html')).toMatch(/<a href="\/404\.html" hreflang="cy"/);
  });

  it(
    'says the map controls, the keep button and the kept-pages list in Welsh, and they work: zoom, keep, list, remove',
    async () => {
      const webgl = await launchBrowser({ webgl: true });
      try {
        const land = await openPage(webgl, new URL('land/', server.url).href, { reducedMotion: 'reduce' });
        try {
          const page = land.page;
          await page.getByRole('button', { name: cy.t('assets.finder.showMap') }).click();
          await expect
            .poll(() => page.locator('[data-map]').getAttribute('data-rendered'), { timeout: 30_000 })
            .toMatch(/^[1-9]\d*$/);
          const controls = await page
            .locator('.maplibregl-ctrl button')
            .evaluateAll((buttons) => buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('title')]));
          expect(controls).toEqual([
            [cy.t('common.map.zoomIn'), cy.t('common.map.zoomIn')],
            [cy.t('common.map.zoomOut'), cy.t('common.map.zoomOut')],
          ]);
          // The Welsh names are the ones a screen reader gets, and the buttons zoom.
          const span = async () => {
            const [w, , e] = ((await page.locator('[data-map]').getAttribute('data-view')) ?? '')
              .split(',')
              .map(Number);
            return (e as number) - (w as number);
          };
          const before = await span();
          await page.getByRole('button', { name: cy.t('common.map.zoomIn'), exact: true }).click();
          await expect.poll(span, { timeout: 10_000 }).toBeLessThan(before * 0.75);
          await page.getByRole('button', { name: cy.t('common.map.zoomOut'), exact: true }).click();
          await expect.poll(span, { timeout: 10_000 }).toBeGreaterThan(before * 0.75);
          expect(land.pageErrors).toEqual([]);
        } finally {
          await land.close();
        }
      } finally {
        await webgl.close();
      }

      const path = 'areas/wards/X05000001/';
      const opened = await openPage(browser, new URL(path, server.url).href, {
        serviceWorkers: 'allow',
        reducedMotion: 'reduce',
      });
      const page = opened.page;
      try {
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
        });
        await page.reload();
        const title = ((await page.textContent('h1')) ?? '').trim();
        const keep = page.locator('[data-keep-offline]');
        await page.getByRole('button', { name: cy.t('offline.keep.button') }).click();
        await page.locator('[data-keep-offline][data-kept="true"]').waitFor();
        await page.locator('[data-keep-status]', { hasText: /./ }).waitFor();
        expect(await page.locator('[data-keep-status]').textContent()).toMatch(
          /^Wedi’i chadw ar y ddyfais hon: \d+ ffeil, [\d.,]+\s?(kB|MB)\. Mae’n agor heb rwydwaith\.$/,
        );
        expect(await page.getByRole('button', { name: cy.t('offline.keep.remove') }).isVisible()).toBe(true);
        expect((await keep.locator('.keep-note').textContent())?.trim()).toBe(cy.t('offline.keep.kept'));

        await page.getByRole('link', { name: cy.t('offline.keep.list') }).click();
        await page.waitForURL(/\/offline\/$/);
        expect(await page.textContent('h1')).toBe(cy.t('offline.list.title'));
        await page.locator('[data-kept-items] li').first().waitFor();
        expect(await page.locator('[data-kept-items] a').allTextContents()).toEqual([title]);
        expect(await page.locator('[data-kept-summary]').textContent()).toMatch(
          /^1 dudalen wedi’i chadw, [\d.,]+\s?(kB|MB) i gyd\.$/,
        );
        await page.getByRole('button', { name: cy.t('offline.list.removeLabel', { title }) }).click();
        await page.locator('[data-kept-status]', { hasText: /./ }).waitFor();
        expect(await page.locator('[data-kept-status]').textContent()).toBe(cy.t('offline.list.removed', { title }));
        expect(await page.locator('[data-kept-items] li').count()).toBe(0);
        expect(await page.locator('main').textContent()).toContain(cy.t('offline.list.empty'));
        // Removed: offline, the page now gives the Welsh offline page.
        await page.context().setOffline(true);
        try {
          await page.goto(new URL(path, server.url).href);
          expect(await page.textContent('h1')).toBe(cy.t('offline.page.title'));
        } finally {
          await page.context().setOffline(false);
        }
        expect(opened.pageErrors).toEqual([]);
      } finally {
        await opened.close();
      }
    },
    5 * 60_000,
  );

  const sample = [
    '',
    'datasets/',
    'datasets/physical-activity/',
    'areas/wards/X05000001/',
    'indicators/recycling/recycling/',
    '404.html',
  ];

  it(
    'has no axe violations in either language, and no sideways scroll at 390 px in Welsh',
    async () => {
      for (const p of sample) {
        for (const prefix of ['', 'en/']) {
          for (const width of prefix === '' ? [1280, 390] : [1280]) {
            const opened = await openPage(browser, new URL(`${prefix}${p}`, server.url).href, {
              width,
              reducedMotion: 'reduce',
            });
            try {
              const violations = await runAxe(opened.page);
              expect(violations, `/${prefix}${p} at ${width}px\n${formatViolations(violations)}`).toEqual([]);
              if (width === 390) {
                const scroll = await opened.page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
                expect(scroll, `/${p} scrolls sideways at 390 px`).toBeLessThanOrEqual(390);
              }
            } finally {
              await opened.close();
            }
          }
        }
      }
    },
    10 * 60_000,
  );

  it(
    'reflows at 320 CSS px (WCAG 1.4.10) in Welsh, the longer language: the land page and its shortlist',
    async () => {
      // The sort menu is as wide as its longest Welsh option, and the shortlist's eight columns
      // are wider than any phone: both once made the whole page scroll sideways.
      for (const p of ['land/', 'land/shortlist/', 'en/land/shortlist/']) {
        const opened = await openPage(browser, new URL(p, server.url).href, { width: 320, height: 800 });
        try {
          if (p.endsWith('shortlist/')) {
            await opened.page.locator('table.shortlist-table').waitFor({ timeout: 30_000 });
            // The table scrolls inside a region a keyboard can reach, named by its caption.
            const region = opened.page.locator('[data-table-wrap]');
            await expect(region.getAttribute('role')).resolves.toBe('region');
            await expect(region.getAttribute('tabindex')).resolves.toBe('0');
            await expect(region.getAttribute('aria-label')).resolves.toBe(
              await opened.page.locator('table.shortlist-table caption').textContent(),
            );
          }
          const scroll = await opened.page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
          expect(scroll, `/${p} scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
          expect(opened.pageErrors).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    },
    3 * 60_000,
  );

  it(`keeps a page without a map under ${JS_BUDGET_KB} KB of JavaScript up front (brotli) in both languages`, () => {
    for (const p of ['datasets/', 'en/datasets/', 'datasets/physical-activity/', 'en/datasets/physical-activity/']) {
      const w = measurePage(site.siteDir, '/', p);
      expect(w.hasMap).toBe(false);
      expect(w.eagerJsKb, p).toBeLessThanOrEqual(JS_BUDGET_KB);
      console.log(`bilingual ${p}: ${w.eagerJsKb} KB JS up front (brotli)`);
    }
  });
});
