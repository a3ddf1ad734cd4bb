/**
 * Opens the built demo site's pages in Chromium and checks what every page owes
 * a visitor: no errors, no third-party requests, WCAG A/AA per axe, one h1, a
 * title, a language, the fictional-data notice, and links that lead somewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, launchBrowser, openPage, runAxe } from './harness/browser.ts';
import { buildSite } from './harness/build-site.ts';
import { crawlSite, extractLinks, samplePages } from './harness/crawl.ts';
import { resolveSitePath, serveStatic, type StaticServer } from './harness/static-server.ts';

// Above this many pages, open a sample by route shape so the run stays near 3 minutes.
const MAX_PAGES = 150;
const PER_SHAPE = 10;
// Pages open in parallel: enough to hide network idle waits, few enough for 2 cores.
const CONCURRENCY = Number(process.env.ATLAS_E2E_CONCURRENCY ?? 3);

const site = await buildSite({ config: inject('demoConfig'), name: 'demo', runId: inject('e2eRunId') });
const manifest = JSON.parse(readFileSync(join(site.dataDir, 'manifest.json'), 'utf8')) as { site: { demo: boolean } };
const allPages = crawlSite(site.siteDir, site.basePath);
const sampled = allPages.length > MAX_PAGES;
const pages = sampled ? samplePages(allPages, site.basePath, PER_SHAPE) : allPages;
const scope = sampled
  ? `${pages.length} of ${allPages.length} built pages (more than ${MAX_PAGES}: every top-level page plus up to ${PER_SHAPE} per route shape)`
  : `all ${allPages.length} built pages`;

/** What one page showed in the browser. */
interface PageReport {
  loadError?: string;
  status: number | null;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
  /** The page's content security policy, from its <meta>. */
  csp: string;
  axe: string;
  h1Count: number;
  title: string;
  lang: string;
  demoNoticeVisible: boolean;
  links: string[];
}

async function inspect(browser: Browser, url: string): Promise<PageReport> {
  const empty = {
    status: null,
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    cspViolations: [],
    csp: '',
    axe: '',
    h1Count: 0,
    title: '',
    lang: '',
    demoNoticeVisible: false,
    links: [],
  };
  let opened;
  try {
    opened = await openPage(browser, url, { reducedMotion: 'reduce' });
  } catch (error) {
    return { ...empty, loadError: error instanceof Error ? error.message : String(error) };
  }
  const { page, consoleErrors, pageErrors, foreignRequests, cspViolations, status, close } = opened;
  try {
    // Let islands fetch their data before judging the page.
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    const violations = await runAxe(page);
    const facts = await page.evaluate(() => {
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        return (
          box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        );
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let demoNoticeVisible = false;
      for (let node = walker.nextNode(); node && !demoNoticeVisible; node = walker.nextNode()) {
        if (/fictional/i.test(node.textContent ?? '') && node.parentElement)
          demoNoticeVisible = visible(node.parentElement);
      }
      return {
        h1Count: document.querySelectorAll('h1').length,
        title: document.title.trim(),
        lang: document.documentElement.getAttribute('lang')?.trim() ?? '',
        demoNoticeVisible,
        // SVG <a> elements (map areas) have no string `href`: resolve the attribute itself.
        links: [...document.querySelectorAll('a[href]')].map(
          (a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href,
        ),
        csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
      };
    });
    return {
      status,
      consoleErrors,
      pageErrors,
      foreignRequests,
      cspViolations,
      axe: formatViolations(violations),
      ...facts,
    };
  } catch (error) {
    return {
      ...empty,
      status,
      consoleErrors,
      pageErrors,
      foreignRequests,
      cspViolations,
      loadError: error instanceof Error ? error.message : String(error),
    };
  } finally {
    await close();
  }
}

/** Runs `task` over `items`, `limit` at a time. */
async function eachLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Fails listing every page's problems, or passes if no page has any. */
function expectNoProblems(what: string, byPage: Iterable<[string, string[]]>, total = pages.length): void {
  const lines: string[] = [];
  let count = 0;
  for (const [path, all] of byPage) {
    const problems = all.filter(Boolean);
    if (problems.length === 0) continue;
    count++;
    lines.push(path, ...problems.map((p) => `  ${p.replaceAll('\n', '\n  ')}`));
  }
  if (count > 0) throw new Error(`${what} on ${count} of ${total} pages:\n${lines.join('\n')}`);
}

describe(`site-wide checks on ${scope}`, () => {
  let server: StaticServer;
  let browser: Browser;
  const reports = new Map<string, PageReport>();
  const origin = () => new URL(server.url).origin;
  const each = (problemsOf: (r: PageReport) => string[]) =>
    [...reports].sort(([a], [b]) => a.localeCompare(b)).map(([path, r]): [string, string[]] => [path, problemsOf(r)]);

  beforeAll(async () => {
    const started = Date.now();
    server = await serveStatic(site.siteDir, site.basePath);
    browser = await launchBrowser({ webgl: true });
    await eachLimit(pages, CONCURRENCY, async (path) => {
      reports.set(path, await inspect(browser, origin() + path));
    });
    console.log(`site-wide: opened ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds built pages', () => {
    expect(allPages).toContain(site.basePath);
  });

  it('loads every page with HTTP 200', () => {
    expectNoProblems(
      'Load failures',
      each((r) => [r.loadError ?? '', r.status === 200 ? '' : `HTTP ${r.status}`]),
    );
  });

  it('logs no console errors', () => {
    expectNoProblems(
      'Console errors',
      each((r) => r.consoleErrors),
    );
  });

  it('throws no uncaught errors', () => {
    expectNoProblems(
      'Page errors',
      each((r) => r.pageErrors),
    );
  });

  it('requests nothing from any host but its own', () => {
    expectNoProblems(
      'Requests to other hosts',
      each((r) => r.foreignRequests),
    );
  });

  it('carries a content security policy of its own origin only, and breaks none of it', () => {
    expectNoProblems(
      'Missing or loose content security policy',
      each((r) => [
        r.csp === '' ? 'no content security policy' : '',
        /unsafe-inline|unsafe-eval|https?:|\*/.test(r.csp) ? `policy allows more than its own origin: ${r.csp}` : '',
        r.csp !== '' && !r.csp.includes("default-src 'self'") ? "policy lacks default-src 'self'" : '',
      ]),
    );
    expectNoProblems(
      'Content security policy violations',
      each((r) => r.cspViolations),
    );
  });

  it('has no axe WCAG 2.x A/AA violations', () => {
    expectNoProblems(
      'axe violations',
      each((r) => [r.axe]),
    );
  });

  it('has exactly one h1, a title and a lang attribute', () => {
    expectNoProblems(
      'Document outline problems',
      each((r) => [
        r.h1Count === 1 ? '' : `${r.h1Count} h1 elements`,
        r.title ? '' : 'empty or missing <title>',
        r.lang ? '' : 'no lang on <html>',
      ]),
    );
  });

  it.runIf(manifest.site.demo)('shows a visible "fictional" notice on every page of the demo', () => {
    expectNoProblems(
      'No visible "fictional" demo notice',
      each((r) => [r.demoNoticeVisible ? '' : 'notice not visible']),
    );
  });

  it('links only to built files, on every built page', () => {
    const broken = new Map<string, string[]>();
    const check = (path: string, links: Iterable<string>) => {
      const bad: string[] = [];
      for (const link of links) {
        const found = resolveSitePath(site.siteDir, site.basePath, link);
        if (found.kind === 'not-found') bad.push(`${link}: no such file`);
        // trailingSlash: 'always': a slashless link works only where the host redirects.
        if (found.kind === 'redirect') bad.push(`${link}: missing trailing slash (${found.location})`);
      }
      broken.set(path, [...new Set([...(broken.get(path) ?? []), ...bad])]);
    };
    // The HTML of every built page, opened in the browser or not...
    for (const path of allPages) {
      const file = resolveSitePath(site.siteDir, site.basePath, path);
      if (file.kind !== 'file') throw new Error(`crawlSite listed ${path} but it does not resolve`);
      check(path, extractLinks(readFileSync(file.file, 'utf8'), `http://site.invalid${path}`));
    }
    // ...plus links that scripts added to the DOM of the pages opened.
    for (const [path, report] of reports) {
      const local = report.links.map((href) => new URL(href)).filter((u) => u.origin === origin());
      check(path, new Set(local.map((u) => u.pathname)));
    }
    expectNoProblems('Broken internal links', broken, allPages.length);
  });

  it('has no horizontal scroll on a 390 px wide phone, and table captions on screen (home page)', async () => {
    const { page, close } = await openPage(browser, server.url, { width: 390, height: 844, reducedMotion: 'reduce' });
    try {
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
      expect(scrollWidth).toBeLessThanOrEqual(390);
      // A table may scroll sideways in its box, but its caption must be readable without scrolling.
      const captions = await page.evaluate(() =>
        [...document.querySelectorAll('.table-scroll caption')].map((c) => {
          const box = c.getBoundingClientRect();
          return { text: (c.textContent ?? '').trim(), left: box.left, right: box.right };
        }),
      );
      expect(captions.length).toBeGreaterThan(0);
      for (const c of captions) {
        expect(c.left, c.text).toBeGreaterThanOrEqual(0);
        expect(c.right, c.text).toBeLessThanOrEqual(390);
      }
    } finally {
      await close();
    }
  });
});
