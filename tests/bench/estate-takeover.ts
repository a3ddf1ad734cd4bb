/**
 * What the land page's main thread does when MapLibre takes over a large estate, measured in
 * Chromium (software WebGL): the built land page is opened, the estate loads (its worker), then
 * "Show interactive map" is pressed and the figures run from that press until the map is idle and
 * its markers are drawn, then on through one facet change (a status ticked) until the map is
 * idle again. Main-thread long tasks come from a PerformanceObserver ('longtask'), bytes from the
 * responses' encoded sizes (the server sends brotli, quality 11), the heap from CDP (the page's
 * main thread; workers have their own), the main thread's script from a CPU profile of each
 * phase (JavaScript and garbage collection; the rest of a long task is the browser's own work,
 * here mostly waiting for software WebGL to draw a frame). Run at full speed and with the CPU
 * slowed 4x (CDP Emulation.setCPUThrottlingRate: the page's main thread only). Figures, not a test.
 *
 *   npx tsx tests/bench/estate-takeover.ts [--site .atlas/bench/national-assets-site-none] [--runs 1]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/harness/browser.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';

const root = resolve(import.meta.dirname, '../..');

/** Main-thread long tasks in a window: how many, their total and the longest, ms. */
export interface LongTasks {
  count: number;
  totalMs: number;
  longestMs: number;
}

export interface TakeoverFigures {
  cpuSlowdown: number;
  /** Page load until the list shows the estate's count (the estate worker's part), ms. */
  estateMs: number;
  /** The press on "Show interactive map" until the map is idle with its markers drawn, ms. */
  idleMs: number;
  /** Markers and clusters drawn when idle. */
  rendered: number;
  /** Long tasks from the press until idle (plus a settle of 500 ms). */
  takeover: LongTasks;
  /** Main-thread script (JavaScript and garbage collection) in that time, sampled, ms. */
  takeoverScriptMs: number;
  /** A status ticked (only its records shown) until the map is idle again, ms, and the long tasks in that time. */
  filterMs: number;
  filter: LongTasks;
  filterScriptMs: number;
  /** Encoded (brotli) bytes of the responses: the page load (with the estate), the takeover. */
  loadKb: number;
  takeoverKb: number;
  /** The page's main-thread JS heap when the map is idle, MB. */
  heapMb: number;
}

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

function tasksBetween(all: { start: number; duration: number }[], from: number, to: number): LongTasks {
  const inside = all.filter((t) => t.start >= from && t.start <= to);
  return {
    count: inside.length,
    totalMs: inside.reduce((n, t) => n + t.duration, 0),
    longestMs: inside.reduce((n, t) => Math.max(n, t.duration), 0),
  };
}

/** Waits, in the page, until the map is next idle after `after`; returns when (performance.now()). */
function mapIdle(page: Page, after: number, timeout: number): Promise<number> {
  return page
    .waitForFunction(
      (since) => {
        const el = document.querySelector<HTMLElement>('[data-map]');
        const at = Number(el?.dataset['idleAt'] ?? 0);
        return at > since ? at : false;
      },
      after,
      { timeout, polling: 50 },
    )
    .then((h) => h.jsonValue() as Promise<number>);
}

/** Starts the CPU profiler; the function it returns stops it and gives the script time sampled, ms. */
async function profileScript(cdp: CDPSession): Promise<() => Promise<number>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    // Everything sampled but idle time and the browser's own (native) work.
    const skip = new Set(['(idle)', '(program)', '(root)']);
    const script = new Set(profile.nodes.filter((n) => !skip.has(n.callFrame.functionName)).map((n) => n.id));
    const deltas = profile.timeDeltas ?? [];
    return (profile.samples ?? []).reduce((ms, id, i) => (script.has(id) ? ms + (deltas[i] ?? 0) / 1000 : ms), 0);
  };
}

async function once(browser: Browser, url: string, cpuSlowdown: number): Promise<TakeoverFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const bytes: { at: number; size: number }[] = [];
  let phase = 0;
  const sizes: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    const at = phase;
    sizes.push(request.sizes().then((s) => void bytes.push({ at, size: s.responseBodySize })));
  });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // When the map was last idle, stamped as the page's own idle handler writes data-rendered.
    new MutationObserver((records) => {
      for (const r of records)
        if (r.attributeName === 'data-rendered')
          (r.target as HTMLElement).dataset['idleAt'] = String(performance.now());
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const timeout = 120_000 * cpuSlowdown;
  await page.goto(url, { waitUntil: 'load', timeout });
  // The estate is in when the list has rows.
  await page.waitForSelector('[data-list] li', { timeout });
  const estateMs = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  phase = 1;
  const takeoverScript = await profileScript(cdp);
  const pressed = await page.evaluate(() => {
    const at = performance.now();
    document.querySelector<HTMLButtonElement>('[data-show-map]')?.click();
    return at;
  });
  const idle = await mapIdle(page, pressed, timeout);
  await page.waitForTimeout(500);
  const takeoverScriptMs = await takeoverScript();
  const rendered = Number(await page.locator('[data-map]').getAttribute('data-rendered'));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  phase = 2;
  const filterScript = await profileScript(cdp);
  // One facet change: the first status ticked (the list, counts and map follow).
  const unticked = await page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('[data-facets] input[type="checkbox"]');
    if (box === null) throw new Error('no status checkbox on the land page');
    const at = performance.now();
    box.click();
    return at;
  });
  const refiltered = await mapIdle(page, unticked, timeout);
  await page.waitForTimeout(500);
  const filterScriptMs = await filterScript();
  const tasks = await page.evaluate(() => window.__longTasks);
  // Every finished response's size, read before the context goes.
  await Promise.all(sizes);
  await context.close();
  const kb = (p: number) => bytes.filter((b) => b.at === p).reduce((n, b) => n + b.size, 0) / 1024;
  return {
    cpuSlowdown,
    estateMs,
    idleMs: idle - pressed,
    rendered,
    takeover: tasksBetween(tasks, pressed, idle + 500),
    takeoverScriptMs,
    filterMs: refiltered - unticked,
    filter: tasksBetween(tasks, unticked, refiltered + 500),
    filterScriptMs,
    loadKb: kb(0),
    takeoverKb: kb(1),
    heapMb: heap.usedSize / 1e6,
  };
}

/** The takeover at full speed and with the CPU 4x slower, `runs` times each, on the built site `siteDir`. */
export async function measureEstateTakeover(siteDir: string, runs = 1): Promise<TakeoverFigures[]> {
  const server = await serveStatic(siteDir, '/', { brotli: true });
  const browser = await launchBrowser({ webgl: true });
  const out: TakeoverFigures[] = [];
  try {
    // A first run unmeasured: the server compresses each file on its first request (brotli 11 of
    // the estate takes seconds), which is not what a visitor to a host with compressed files waits for.
    await once(browser, `${server.url}land/`, 1);
    for (const slowdown of [1, 4])
      for (let r = 0; r < runs; r++) out.push(await once(browser, `${server.url}land/`, slowdown));
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const tasksText = (t: LongTasks) =>
  `${t.count} long tasks, ${t.totalMs.toFixed(0)} ms in all, longest ${t.longestMs.toFixed(0)} ms`;

export function printEstateTakeover(figures: TakeoverFigures[]): void {
  for (const f of figures) {
    console.log(
      `${''.padEnd(16)} map takeover, CPU ${f.cpuSlowdown}x: idle after ${f.idleMs.toFixed(0)} ms (${f.rendered} markers and clusters), ` +
        `${tasksText(f.takeover)}, script ${f.takeoverScriptMs.toFixed(0)} ms; ${f.takeoverKb.toFixed(0)} KB fetched (page and estate ${f.loadKb.toFixed(0)} KB, ` +
        `list after ${f.estateMs.toFixed(0)} ms); heap ${f.heapMb.toFixed(0)} MB`,
    );
    console.log(
      `${''.padEnd(16)}   a status ticked: map idle after ${f.filterMs.toFixed(0)} ms, ${tasksText(f.filter)}, script ${f.filterScriptMs.toFixed(0)} ms`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: resolve(root, '.atlas/bench/national-assets-site-none') },
      runs: { type: 'string', default: '1' },
    },
  });
  const site = resolve(values.site);
  if (!existsSync(resolve(site, 'land/index.html')))
    throw new Error(`${site}: no land page; build it first (tests/bench/national-scale.ts, assetPages none)`);
  printEstateTakeover(await measureEstateTakeover(site, Number(values.runs)));
}
