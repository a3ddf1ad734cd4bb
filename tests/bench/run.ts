/**
 * `npm run bench`: the data step on real and generated inputs, each in a fresh
 * Node process capped at --max-old-space-size=256, printing rows/s, MB/s and
 * peak RSS. `--json` ends with one JSON line of all figures. Figures, not
 * pass/fail: see the README for the targets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { generateCases } from './generate-cases.ts';

interface Figures {
  rows: number;
  accepted: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  mbPerSecond: number;
  peakRssMb: number;
}

const json = process.argv.includes('--json');
const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.atlas/bench');
mkdirSync(work, { recursive: true });
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const sharedNyt = join(root, '../shared/data/disease/us_counties_covid19_nyt_live_daily_2020-05-14_2021-06-19.csv');

function measure(name: string, config: string, env: Record<string, string> = {}): Figures {
  // A fresh output folder each time: the data step skips files it wrote before.
  rmSync(join(work, `${name}-data`), { recursive: true, force: true });
  const out = execFileSync(
    process.execPath,
    [
      '--max-old-space-size=256',
      tsxCli,
      join(root, 'tests/bench/measure-child.ts'),
      config,
      join(work, `${name}-data`),
    ],
    { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const last = out.trim().split('\n').pop() ?? '{}';
  const m = JSON.parse(last) as Omit<Figures, 'rowsPerSecond' | 'mbPerSecond'>;
  return { ...m, rowsPerSecond: m.rows / m.seconds, mbPerSecond: m.bytes / 1e6 / m.seconds };
}

function print(name: string, f: Figures): void {
  const n = (v: number): string => Math.round(v).toLocaleString('en-GB');
  console.log(
    `${name.padEnd(16)} ${n(f.rows).padStart(10)} rows  ${(f.bytes / 1e6).toFixed(1).padStart(6)} MB  ${f.seconds.toFixed(2).padStart(6)} s  ` +
      `${n(f.rowsPerSecond).padStart(9)} rows/s  ${f.mbPerSecond.toFixed(1).padStart(5)} MB/s  peak RSS ${f.peakRssMb.toFixed(0)} MB`,
  );
}

const results: Record<string, Figures> = {};
if (existsSync(sharedNyt)) {
  results['nyt-counties'] = measure('nyt', join(root, 'tests/bench/configs/nyt-counties.config.ts'));
  print('nyt-counties', results['nyt-counties']);
} else {
  console.log('skipping nyt-counties: ../shared/data not found');
}
for (const rows of [1_000_000, 5_000_000]) {
  const file = join(work, `generated-${rows}.csv`);
  if (!existsSync(file) || statSync(file).size === 0) await generateCases(file, rows);
  const name = `generated-${rows / 1_000_000}M`;
  results[name] = measure(name, join(root, 'tests/bench/configs/generated.config.ts'), { ATLAS_BENCH_FILE: file });
  print(name, results[name]);
}
if (json) console.log(JSON.stringify(results));
