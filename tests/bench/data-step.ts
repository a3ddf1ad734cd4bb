/**
 * The bench's data-step section: our data step and DuckDB's `read_csv` + `GROUP BY` area and week
 * on the same file, each in a fresh Node process (ours capped at --max-old-space-size=256), run in
 * turn (ours, DuckDB, ours, …) so that both see the same load, median of `runs` runs each, and the
 * ratio of the medians, wall clock and CPU. Run alone: `npx tsx tests/bench/data-step.ts [runs]`.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coldFolder, discardColdFolders } from './cold-folders.ts';
import { generateCases } from './generate-cases.ts';

/** One run of our data step, as measure-child.ts reports it. */
export interface DataStepRun {
  rows: number;
  accepted: number;
  bytes: number;
  seconds: number;
  /** CPU seconds of every thread (steadier than the wall clock on a loaded machine). */
  cpuSeconds: number;
  /** The same, split: user and kernel (system) CPU seconds. */
  userSeconds: number;
  systemSeconds: number;
  peakRssMb: number;
}

/** One run of the DuckDB baseline, as duckdb-child.ts reports it. */
export interface DuckdbRun {
  seconds: number;
  cpuSeconds: number;
  rows: number;
  groups: number;
  threads: number;
  peakRssMb: number;
}

export interface DataStepFigures {
  rows: number;
  accepted: number;
  bytes: number;
  /** Median of the runs. */
  seconds: number;
  /** Every run, in order. */
  runs: number[];
  /** Median CPU seconds, and every run's. */
  cpuSeconds: number;
  cpuRuns: number[];
  /** Median user and kernel CPU seconds (kernel time moves with other I/O on the disk). */
  userSeconds: number;
  systemSeconds: number;
  rowsPerSecond: number;
  mbPerSecond: number;
  /** Largest peak RSS of the runs. */
  peakRssMb: number;
  duckdb: {
    seconds: number;
    runs: number[];
    cpuSeconds: number;
    cpuRuns: number[];
    threads: number;
    peakRssMb: number;
  } | null;
  /** Our median over DuckDB's median. */
  ratio: number | null;
  /** The same for CPU seconds. */
  cpuRatio: number | null;
  /** One-minute load average before the first run and after the last. */
  load: [number, number];
}

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.atlas/bench');
// Children run as `npm run data` runs the data step: bundled, under plain node (no TypeScript loader).
const runBundled = join(root, 'src/tools/run-bundled.mjs');
const nytFile = join(root, '../shared/data/disease/us_counties_covid19_nyt_live_daily_2020-05-14_2021-06-19.csv');

/** Runs a bench child script (bundled, see src/tools/run-bundled.mjs) and returns the JSON of its last line. */
export function runChild<T>(
  script: string,
  args: readonly string[],
  options: { heapMb?: number; env?: Record<string, string> } = {},
): T {
  const heap = options.heapMb === undefined ? [] : [`--max-old-space-size=${options.heapMb}`];
  const out = execFileSync(process.execPath, [...heap, runBundled, join(root, 'tests/bench', script), ...args], {
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Our data step on `config` (each run into a new output folder, nothing reused; see cold-folders.ts
 * for why no folder is deleted between runs) and DuckDB on `file`, in turn, `runs` times each.
 */
function inTurn(
  name: string,
  config: string,
  env: Record<string, string>,
  file: string,
  columns: [string, string, string],
  runs: number,
): DataStepFigures {
  const mine: DataStepRun[] = [];
  const theirs: DuckdbRun[] = [];
  const before = loadavg()[0] as number;
  for (let i = 0; i < runs; i++) {
    mine.push(runChild<DataStepRun>('measure-child.ts', [config, coldFolder(name)], { heapMb: 256, env }));
    theirs.push(runChild<DuckdbRun>('duckdb-child.ts', [file, ...columns]));
  }
  return figures(mine, theirs, [before, loadavg()[0] as number]);
}

function figures(mine: DataStepRun[], theirs: DuckdbRun[], load: [number, number]): DataStepFigures {
  const first = mine[0] as DataStepRun;
  const seconds = median(mine.map((r) => r.seconds));
  const cpuSeconds = median(mine.map((r) => r.cpuSeconds));
  const duck =
    theirs.length === 0
      ? null
      : {
          seconds: median(theirs.map((r) => r.seconds)),
          runs: theirs.map((r) => r.seconds),
          cpuSeconds: median(theirs.map((r) => r.cpuSeconds)),
          cpuRuns: theirs.map((r) => r.cpuSeconds),
          threads: theirs[0]?.threads ?? 0,
          peakRssMb: Math.max(...theirs.map((r) => r.peakRssMb)),
        };
  return {
    rows: first.rows,
    accepted: first.accepted,
    bytes: first.bytes,
    seconds,
    runs: mine.map((r) => r.seconds),
    cpuSeconds,
    cpuRuns: mine.map((r) => r.cpuSeconds),
    userSeconds: median(mine.map((r) => r.userSeconds)),
    systemSeconds: median(mine.map((r) => r.systemSeconds)),
    rowsPerSecond: first.rows / seconds,
    mbPerSecond: first.bytes / 1e6 / seconds,
    peakRssMb: Math.max(...mine.map((r) => r.peakRssMb)),
    duckdb: duck,
    ratio: duck === null ? null : seconds / duck.seconds,
    cpuRatio: duck === null ? null : cpuSeconds / duck.cpuSeconds,
    load,
  };
}

function print(name: string, f: DataStepFigures): void {
  const n = (v: number): string => Math.round(v).toLocaleString('en-GB');
  const s = (v: number): string => v.toFixed(2);
  console.log(
    `${name.padEnd(14)} ${n(f.rows).padStart(10)} rows ${(f.bytes / 1e6).toFixed(1).padStart(6)} MB  ` +
      `ours ${s(f.seconds).padStart(6)} s (${f.runs.map(s).join(', ')}), CPU ${s(f.cpuSeconds)} s (${f.cpuRuns.map(s).join(', ')}; ` +
      `user ${s(f.userSeconds)}, kernel ${s(f.systemSeconds)})  ` +
      `${f.mbPerSecond.toFixed(1).padStart(5)} MB/s  peak RSS ${f.peakRssMb.toFixed(0)} MB`,
  );
  if (f.duckdb !== null && f.ratio !== null && f.cpuRatio !== null) {
    console.log(
      `${''.padEnd(14)} DuckDB ${s(f.duckdb.seconds)} s (${f.duckdb.runs.map(s).join(', ')}), CPU ${s(f.duckdb.cpuSeconds)} s ` +
        `(${f.duckdb.cpuRuns.map(s).join(', ')}; ${f.duckdb.threads} threads)  ` +
        `ratio ours/DuckDB ${f.ratio.toFixed(2)} wall, ${f.cpuRatio.toFixed(2)} CPU  load average ${f.load.map((l) => l.toFixed(1)).join(' -> ')}`,
    );
  }
}

/**
 * The data-step section of `npm run bench`: the NYT counties file (skipped, saying so, without
 * ../shared/data) and generated 1M- and 5M-row files. Returns the figures by input name.
 */
export async function benchDataStep(runs: number): Promise<Record<string, DataStepFigures>> {
  mkdirSync(work, { recursive: true });
  const results: Record<string, DataStepFigures> = {};
  console.log(
    `Data step vs DuckDB read_csv + GROUP BY area, week (median of ${runs}; ours at --max-old-space-size=256)`,
  );
  if (existsSync(nytFile)) {
    const config = join(root, 'tests/bench/configs/nyt-counties.config.ts');
    results['nyt-counties'] = inTurn('nyt', config, {}, nytFile, ['fips', 'date', 'cases'], runs);
    print('nyt-counties', results['nyt-counties']);
  } else {
    console.log(`skipping nyt-counties: ${nytFile} not found (../shared/data is not beside the repository)`);
  }
  for (const rows of [1_000_000, 5_000_000]) {
    const file = join(work, `generated-${rows}.csv`);
    if (!existsSync(file) || statSync(file).size === 0) await generateCases(file, rows);
    const name = `generated-${rows / 1_000_000}M`;
    const config = join(root, 'tests/bench/configs/generated.config.ts');
    results[name] = inTurn(name, config, { ATLAS_BENCH_FILE: file }, file, ['area_code', 'date', 'cases'], runs);
    print(name, results[name]);
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? '3');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('usage: data-step.ts [runs]');
  try {
    await benchDataStep(runs);
  } finally {
    discardColdFolders();
  }
}
