/**
 * Where a page's main-thread time goes: loads each page of a built site in Chromium with the CPU
 * slowed 4x (as Lighthouse's mobile profile does), records a performance trace with the V8 sampling
 * profiler, and lists the long tasks (over 50 ms) with their blocking time (the part over 50 ms, as
 * total blocking time counts it) and the scripts and functions whose own time fills them. Figures,
 * not a test: they move with the machine's load, so compare before and after in the same run.
 *
 *   npx tsx tests/bench/long-tasks.ts [--site dist] [--base /] [--runs 1] [--top 12] [--settle 4000] <path> [<path> ...]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../e2e/harness/browser.ts';
import { serveStatic } from '../e2e/harness/static-server.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: {
        nodes?: {
          id: number;
          parent?: number;
          callFrame: { functionName?: string; url?: string; lineNumber?: number };
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
      url?: string;
      startTime?: number;
    };
  };
}

/** One page load's main-thread figures. */
export interface LongTaskFigures {
  /** Long tasks (over 50 ms) from navigation to the end of the settle time. */
  longTasks: number;
  /** Their total duration, ms. */
  longTaskMs: number;
  /** Sum over long tasks of the part over 50 ms, ms (total blocking time without the FCP bound). */
  blockingMs: number;
  /** All main-thread task time, ms. */
  taskMs: number;
  /** Own sampled time inside long tasks by `function (script:line)`, ms. */
  byFunction: Map<string, number>;
  /** Own sampled time inside long tasks by script. */
  byScript: Map<string, number>;
  /** Own time inside long tasks by trace event (style, layout, parsing, script), ms. */
  byActivity: Map<string, number>;
  /** Each long task: its start after the first task (ms), its length, and its three largest activities. */
  tasks: { at: number; ms: number; what: string }[];
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
].join(',');

async function record(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES.split(',') },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const shortUrl = (url: string): string => {
  if (url === '') return '(native)';
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return path.replace(/^.*\/_astro\//, '_astro/');
};

function analyse(events: TraceEvent[], pageUrl: string): LongTaskFigures {
  // The renderer's main thread: the one named CrRendererMain in the process that ran the page's scripts.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasksOf = (pid: number, tid: number) =>
    events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 0);
  // The page's thread is the main thread with the most task time.
  let main = mains[0];
  let best = -1;
  for (const m of mains) {
    const t = tasksOf(m.pid, m.tid).reduce((n, e) => n + (e.dur ?? 0), 0);
    if (t > best) [best, main] = [t, m];
  }
  if (main === undefined) throw new Error('the trace has no renderer main thread');
  const runTasks = tasksOf(main.pid, main.tid).sort((a, b) => a.ts - b.ts);
  // Top-level tasks only (a nested RunTask inside another is part of it).
  const top: TraceEvent[] = [];
  for (const t of runTasks) {
    const last = top[top.length - 1];
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(t);
  }
  // From the request for the page on: what came before is the browser opening a tab.
  const sent = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url === pageUrl);
  const from = sent?.ts ?? 0;
  const after = top.filter((t) => t.ts >= from);
  top.length = 0;
  top.push(...after);
  const long = top.filter((t) => (t.dur ?? 0) > 50_000);

  // Samples of the profiler on that thread, with their time.
  const nodes = new Map<number, { fn: string; url: string; line: number }>();
  const samples: { ts: number; node: number }[] = [];
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid) continue;
    if (e.name === 'Profile' && e.id !== undefined) profiles.set(e.id, e.args?.data?.startTime ?? e.ts);
  }
  const clock = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id === undefined || !profiles.has(e.id)) continue;
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? [])
      nodes.set(n.id, {
        fn: n.callFrame.functionName ?? '',
        url: n.callFrame.url ?? '',
        line: (n.callFrame.lineNumber ?? 0) + 1,
      });
    let t = clock.get(e.id) ?? (profiles.get(e.id) as number);
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
      t += deltas[i] ?? 0;
      samples.push({ ts: t, node });
    });
    clock.set(e.id, t);
  }
  samples.sort((a, b) => a.ts - b.ts);
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const task of long) {
    const end = task.ts + (task.dur ?? 0);
    const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
    inside.forEach((s, i) => {
      const next = inside[i + 1]?.ts ?? end;
      const ms = Math.max(0, next - s.ts) / 1000;
      const n = nodes.get(s.node);
      const fn = n === undefined ? '(unknown)' : n.fn || (n.url ? '(anonymous)' : '(program)');
      const where = n && n.url ? ` (${shortUrl(n.url)}:${n.line})` : '';
      add(byFunction, `${fn}${where}`, ms);
      add(byScript, n ? shortUrl(n.url) : '(unknown)', ms);
    });
  }
  // Own time of each trace event inside the long tasks: its duration less its children's.
  const byActivity = new Map<string, number>();
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: LongTaskFigures['tasks'] = [];
  for (const task of long) {
    const mine = new Map<string, number>();
    const end = task.ts + (task.dur ?? 0);
    const stack: { e: TraceEvent; own: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as { e: TraceEvent; own: number };
        if (top.e.ts + (top.e.dur ?? 0) > upTo) break;
        stack.pop();
        add(byActivity, top.e.name, top.own / 1000);
        add(mine, top.e.name, top.own / 1000);
      }
    };
    for (const e of spans) {
      if (e.ts < task.ts || e.ts >= end) continue;
      close(e.ts);
      const parent = stack[stack.length - 1];
      if (parent) parent.own -= e.dur ?? 0;
      stack.push({ e, own: e.dur ?? 0 });
    }
    close(Number.POSITIVE_INFINITY);
    const what = topOf(mine, 3)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
    tasks.push({ at: (task.ts - (top[0]?.ts ?? task.ts)) / 1000, ms: (task.dur ?? 0) / 1000, what });
  }
  const ms = (us: number) => us / 1000;
  return {
    byActivity,
    tasks,
    longTasks: long.length,
    longTaskMs: ms(long.reduce((n, t) => n + (t.dur ?? 0), 0)),
    blockingMs: ms(long.reduce((n, t) => n + (t.dur ?? 0) - 50_000, 0)),
    taskMs: ms(top.reduce((n, t) => n + (t.dur ?? 0), 0)),
    byFunction,
    byScript,
  };
}

const topOf = (m: Map<string, number>, n: number): [string, number][] =>
  [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      runs: { type: 'string', default: '1' },
      top: { type: 'string', default: '12' },
      settle: { type: 'string', default: '4000' },
      width: { type: 'string', default: '412' },
    },
  });
  const runs = Number(values.runs);
  const settle = Number(values.settle);
  const paths = positionals.length > 0 ? positionals : [''];
  const server = await serveStatic(resolve(values.site), values.base, { brotli: true });
  const browser = await launchBrowser();
  try {
    console.log(`Main thread, CPU 4x slower, ${values.width} px wide, ${settle} ms settle, ${server.url}`);
    for (const path of paths) {
      for (let r = 0; r < runs; r++) {
        const context = await browser.newContext({ viewport: { width: Number(values.width), height: 823 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const url = server.url + path.replace(/^\//, '');
        const events = await record(cdp, async () => {
          await page.goto(url, { waitUntil: 'load' });
          await page.waitForTimeout(settle);
        });
        const f = analyse(events, url);
        console.log(
          `\n/${path.replace(/^\//, '')}  run ${r + 1}: ${f.longTasks} long tasks, ${f.longTaskMs.toFixed(0)} ms long, ` +
            `${f.blockingMs.toFixed(0)} ms blocking, ${f.taskMs.toFixed(0)} ms all tasks`,
        );
        console.log('  long tasks (start ms, length ms: largest parts):');
        for (const t of f.tasks)
          console.log(`    ${t.at.toFixed(0).padStart(6)} ${t.ms.toFixed(0).padStart(5)}  ${t.what}`);
        console.log('  by activity (own time in long tasks):');
        for (const [k, v] of topOf(f.byActivity, 8)) console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
        console.log('  by script (sampled own time in long tasks):');
        for (const [k, v] of topOf(f.byScript, 6)) console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
        console.log('  by function:');
        for (const [k, v] of topOf(f.byFunction, Number(values.top)))
          console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
