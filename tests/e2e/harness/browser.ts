/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core, pages that
 * record console errors, page errors and requests to other hosts, and axe checks.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Result as AxeResult, RunOptions as AxeRunOptions, run as axeRun } from 'axe-core';

// Without the background-networking flags Chromium keeps calling Google's hosts,
// which this closed network refuses by the hundred; --no-sandbox because CI runs as root.
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

// Headless Chromium 156 still falls back to SwiftShader by itself, but that automatic
// fallback is deprecated; these flags ask for software WebGL explicitly.
const WEBGL_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

/** Options for `launchBrowser`. */
export interface LaunchOptions {
  /**
   * `true`: software WebGL (SwiftShader) explicitly, for MapLibre maps.
   * `false`: WebGL switched off, to test what pages do without it.
   * Default: Chromium's own behaviour.
   */
  webgl?: boolean;
}

/** Finds Chromium: `chromium` or `chromium-browser` on PATH, else /usr/bin/chromium. */
export function findChromium(): string {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser']) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium found (looked for chromium and chromium-browser on PATH, and /usr/bin/chromium): ' +
      "install Debian's chromium: apt-get install -y chromium",
  );
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Launches headless Debian Chromium with flags fit for a closed network. */
export async function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  const args = [...BASE_ARGS];
  if (opts.webgl === true) args.push(...WEBGL_ARGS);
  if (opts.webgl === false) args.push('--disable-webgl', '--disable-webgl2');
  return chromium.launch({ executablePath: findChromium(), headless: true, args });
}

/** Options for `openPage`; the viewport defaults to 1280×900. */
export interface PageOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Load state `goto` waits for; default `load`. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /** Navigation timeout in ms; default 30 000. */
  timeout?: number;
  /** `allow` lets the site's service worker run (offline tests); default `block`. */
  serviceWorkers?: 'allow' | 'block';
}

/** A page opened by `openPage`, with what it did wrong so far. */
export interface OpenedPage {
  page: Page;
  /** Text of every `console.error` and failed resource load the page reported. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** URLs of requests to any host but the page's own server (blocked, never sent). */
  foreignRequests: string[];
  /** Content security policy violations the page (or a tab it opened) reported: directive and what was blocked. */
  cspViolations: string[];
  /** HTTP status of the navigation response (null if none). */
  status: number | null;
  /** Closes the page's private browser context. */
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh context of `browser` and records console errors, page
 * errors and foreign requests from the start. Foreign requests are aborted so a
 * test never reaches the network, but still recorded.
 */
export async function openPage(browser: Browser, url: string, opts: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    // Fixed locale and time zone so dates render as they do in CI.
    locale: 'en-GB',
    timezoneId: 'UTC',
    serviceWorkers: opts.serviceWorkers ?? 'block',
  });
  const recorded = await recordProblems(context, new URL(url).host);
  const page = await context.newPage();
  let response;
  try {
    response = await page.goto(url, { waitUntil: opts.waitUntil ?? 'load', timeout: opts.timeout ?? 30_000 });
  } catch (error) {
    await context.close();
    throw error;
  }
  return { page, ...recorded, status: response?.status() ?? null, close: () => context.close() };
}

async function recordProblems(context: BrowserContext, localHost: string) {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  const isForeign = (url: URL) => !['data:', 'blob:', 'about:'].includes(url.protocol) && url.host !== localHost;

  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
  });
  context.on('weberror', (error) => pageErrors.push(error.error().stack ?? String(error.error())));
  // `request` also fires for requests of dedicated workers (MapLibre fetches tiles in one).
  context.on('request', (request) => {
    if (isForeign(new URL(request.url()))) foreignRequests.push(request.url());
  });
  // Every document of the context reports its policy violations from its first script on.
  await context.exposeBinding('__atlasCspViolation', (_source, text: string) => void cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __atlasCspViolation: (t: string) => void }).__atlasCspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || e.documentURI}:${e.lineNumber})`,
      );
    });
  });
  // Routing must be in place before the first navigation, hence the await.
  await context.route(isForeign, (route) => route.abort('blockedbyclient'));
  return { consoleErrors, pageErrors, foreignRequests, cspViolations };
}

/** WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Options for `runAxe`. */
export interface AxeOptions {
  /** Limit the check to these selectors (default: the whole document). */
  include?: string[];
  /** Selectors to leave out, e.g. a third-party widget under test elsewhere. */
  exclude?: string[];
  /** Rule ids to switch off, each with a reason in the calling test. */
  disableRules?: string[];
}

let axeSource: string | undefined;

/** Runs axe-core on the page's current DOM against WCAG A+AA tags; returns the violations. */
export async function runAxe(page: Page, opts: AxeOptions = {}): Promise<AxeResult[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated, not added as an inline <script>: the page's content security policy refuses those.
  if (!loaded) await page.evaluate(axeSource);
  const options: AxeRunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
    rules: Object.fromEntries((opts.disableRules ?? []).map((id) => [id, { enabled: false }])),
  };
  const context = { include: opts.include ?? ['html'], exclude: opts.exclude ?? [] };
  return page.evaluate(
    async ([ctx, options]) => {
      const axe = (window as unknown as { axe: { run: typeof axeRun } }).axe;
      const results = await axe.run(ctx, options);
      return results.violations;
    },
    [context, options] as const,
  );
}

/** Formats axe violations for a test failure: id, impact, help, and each target selector. */
export function formatViolations(violations: readonly AxeResult[], maxNodes = 10): string {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, maxNodes).map((node) => `    at ${node.target.map(String).join(' >> ')}`);
      if (v.nodes.length > maxNodes) targets.push(`    … and ${v.nodes.length - maxNodes} more`);
      return [`  ${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})`, ...targets].join('\n');
    })
    .join('\n');
}
