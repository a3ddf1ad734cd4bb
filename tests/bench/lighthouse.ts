/**
 * Lighthouse scores of pages of a built site, served on localhost with brotli as a
 * static host would, in Debian's Chromium: Lighthouse's default mobile profile
 * (emulated phone, simulated slow 4G and 4x CPU slowdown). Figures, not a test: scores
 * move with the machine's load, so each page is measured several times and the median
 * is printed.
 *
 *   npx tsx tests/bench/lighthouse.ts [--site dist] [--base /] [--runs 3] [--json] [--breakdown] <path> [<path> ...]
 *
 * e.g. `npx tsx tests/bench/lighthouse.ts land/ disease/notifications/measles/`. `--breakdown`
 * also prints, for each run, where Lighthouse saw the main thread's time go: by activity
 * (mainthread-work-breakdown), by script (bootup-time) and its long tasks, and which elements
 * moved (layout-shifts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../e2e/harness/browser.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';

/** One page's figures from one Lighthouse run. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  /** Largest contentful paint, ms (simulated). */
  lcp: number;
  /** Total blocking time, ms (simulated). */
  tbt: number;
  /** Cumulative layout shift. */
  cls: number;
  /** Main-thread time by activity, script and long task (simulated ms), for `--breakdown`. */
  breakdown: string[];
}

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] as number;
};

async function measure(url: string, port: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.message}`);
  const num = (id: string): number => audits[id]?.numericValue ?? Number.NaN;
  type Row = Record<string, unknown>;
  const rows = (id: string): Row[] => ((audits[id]?.details as { items?: Row[] } | undefined)?.items ?? []) as Row[];
  const ms = (v: unknown): string => String(Math.round(Number(v))).padStart(6);
  const short = (url: unknown): string => String(url).replace(/^https?:\/\/[^/]+/, '');
  const breakdown = [
    '    by activity: ' +
      rows('mainthread-work-breakdown')
        .map((r) => `${String(r['groupLabel'] ?? r['group'])} ${Math.round(Number(r['duration']))}`)
        .join(', '),
    ...rows('bootup-time').map(
      (r) =>
        `    script ${ms(r['total'])} ms (eval ${ms(r['scripting'])}, parse ${ms(r['scriptParseCompile'])})  ${short(r['url'])}`,
    ),
    ...rows('long-tasks').map(
      (r) => `    long task at ${ms(r['startTime'])} ms: ${ms(r['duration'])} ms  ${short(r['url'])}`,
    ),
    // What moved, by the element whose shift weighed most (layout-shifts), to find a CLS's cause.
    ...rows('layout-shifts').map((r) => {
      const node = (r['node'] ?? {}) as { selector?: string; snippet?: string };
      return `    layout shift ${Number(r['score']).toFixed(3)}  ${node.selector ?? '?'}  ${(node.snippet ?? '').slice(0, 90)}`;
    }),
  ];
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    lcp: Math.round(num('largest-contentful-paint')),
    tbt: Math.round(num('total-blocking-time')),
    cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
    breakdown,
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      runs: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      breakdown: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number from 1');
  const paths = positionals.length > 0 ? positionals : [''];
  const server = await serveStatic(resolve(values.site), values.base, { brotli: true });
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS });
  try {
    console.log(`Lighthouse ${runs} run(s) per page, mobile profile, brotli, ${server.url}`);
    console.log('page'.padEnd(48), 'perf  a11y   LCP ms  TBT ms    CLS   (median; perf min-max)');
    for (const path of paths) {
      const figures: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) figures.push(await measure(server.url + path.replace(/^\//, ''), chrome.port));
      const m = (k: Exclude<keyof LighthouseFigures, 'breakdown'>) => median(figures.map((f) => f[k]));
      const perf = figures.map((f) => f.performance);
      console.log(
        `/${path.replace(/^\//, '')}`.padEnd(48),
        String(m('performance')).padStart(4),
        String(m('accessibility')).padStart(5),
        String(m('lcp')).padStart(8),
        String(m('tbt')).padStart(7),
        m('cls').toFixed(3).padStart(6),
        `  (${Math.min(...perf)}-${Math.max(...perf)})`,
      );
      if (values.breakdown)
        for (const [i, f] of figures.entries())
          console.log(`  run ${i + 1}: TBT ${f.tbt} ms\n${f.breakdown.join('\n')}`);
      if (values.json) console.log(JSON.stringify({ path, runs: figures.map(({ breakdown: _breakdown, ...f }) => f) }));
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

await main();
