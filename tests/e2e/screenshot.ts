/**
 * Screenshot (or print to PDF) one page of a built site, for engineers:
 *
 *   npx tsx tests/e2e/screenshot.ts <siteDir> <path> [--width 1280] [--height 900]
 *     [--full] [--out file.png] [--base /] [--print-pdf out.pdf] [--no-webgl]
 *
 * Serves the site locally, opens `<base><path>`, waits for network idle, writes the
 * PNG (default tests/e2e/screenshots/<path>-<width>x<height>.png) and prints its
 * path, the console errors and any requests to other hosts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, openPage } from './harness/browser.ts';
import { repoRoot } from './harness/build-site.ts';
import { normaliseBase, serveStatic } from './harness/static-server.ts';

const USAGE =
  'usage: npx tsx tests/e2e/screenshot.ts <siteDir> <path> [--width 1280] [--height 900] [--full] ' +
  '[--out file.png] [--base /] [--print-pdf out.pdf] [--no-webgl]';

/** Parsed command line of the screenshot tool. */
interface Args {
  siteDir: string;
  /** Page path relative to the base path. */
  rel: string;
  width: number;
  height: number;
  full: boolean;
  out: string;
  base: string;
  pdf: string | undefined;
  webgl: boolean;
}

function parse(argv: string[]): Args {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '900' },
      full: { type: 'boolean', default: false },
      out: { type: 'string' },
      base: { type: 'string', default: '/' },
      'print-pdf': { type: 'string' },
      'no-webgl': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [siteDir, path = '/'] = positionals;
  if (values.help || siteDir === undefined) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (!existsSync(siteDir)) {
    console.error(`${siteDir}: no such folder; build a site first (npm run build writes dist/)\n${USAGE}`);
    process.exit(2);
  }
  const width = Number(values.width);
  const height = Number(values.height);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    console.error(`--width and --height must be positive whole numbers of CSS pixels\n${USAGE}`);
    process.exit(2);
  }
  const base = normaliseBase(values.base);
  // `path` is taken relative to the base, with or without the base in front.
  const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/, '');
  // A name a person can find again: the page path with slashes turned into dashes.
  const slug = rel.replace(/\/+$/g, '').replace(/[^\w.-]+/g, '-') || 'home';
  const out =
    values.out ??
    join(repoRoot, 'tests/e2e/screenshots', `${slug}-${width}x${height}${values.full ? '-full' : ''}.png`);
  return {
    siteDir: resolve(siteDir),
    rel,
    width,
    height,
    full: values.full,
    out: resolve(out),
    base,
    pdf: values['print-pdf'] === undefined ? undefined : resolve(values['print-pdf']),
    webgl: !values['no-webgl'],
  };
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const server = await serveStatic(args.siteDir, args.base);
  const browser = await launchBrowser({ webgl: args.webgl });
  try {
    const url = new URL(args.rel, server.url).href;
    const opened = await openPage(browser, url, { width: args.width, height: args.height });
    const { page, consoleErrors, pageErrors, foreignRequests } = opened;
    await page
      .waitForLoadState('networkidle', { timeout: 15_000 })
      .catch(() => console.warn('network not idle after 15 s'));

    mkdirSync(dirname(args.out), { recursive: true });
    await page.screenshot({ path: args.out, fullPage: args.full });
    console.log(`${opened.status ?? '?'} ${url}`);
    console.log(`screenshot: ${args.out}`);
    if (args.pdf) {
      mkdirSync(dirname(args.pdf), { recursive: true });
      await page.pdf({ path: args.pdf, format: 'A4', printBackground: true });
      console.log(`pdf: ${args.pdf}`);
    }
    report('console errors', consoleErrors);
    report('page errors', pageErrors);
    report('requests to other hosts (blocked)', foreignRequests);
    await opened.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(what: string, items: string[]): void {
  console.log(`${what}: ${items.length}`);
  for (const item of items) console.log(`  ${item}`);
}

await main();
