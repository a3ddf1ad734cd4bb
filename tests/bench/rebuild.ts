/**
 * The bench's rebuild section: how long the data step and the full build (`npm run build`: data
 * step, then Astro) take from nothing (cold) and again with nothing changed (warm), for the demo
 * and the UK configurations (skipped, saying so, without ../shared/data).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coldFolder } from './cold-folders.ts';
import { median, runChild } from './data-step.ts';

interface RebuildRun {
  seconds: number;
  datasets: number;
  cached: number;
  peakRssMb: number;
}

export interface RebuildFigures {
  /** The data step alone (`buildData`, in a fresh process; process start excluded), median of the runs. */
  dataCold: number;
  dataWarm: number;
  /** Warm over cold. */
  dataShare: number;
  /** Datasets the warm run reused, of all. */
  reused: string;
  /** `npm run build` wall-clock, one run each; null when skipped. */
  buildCold: number | null;
  buildWarm: number | null;
}

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.atlas/bench');
const shared = join(root, '../shared/data');

const CONFIGS: { name: string; config: string; needsShared: boolean }[] = [
  { name: 'demo', config: 'data/atlas.config.ts', needsShared: false },
  { name: 'uk-cases', config: 'tests/realdata/configs/uk-cases.config.ts', needsShared: true },
  { name: 'uk-assets', config: 'tests/realdata/configs/uk-assets.config.ts', needsShared: true },
];

/**
 * The data step of `config`: cold, each run into a new folder (see cold-folders.ts), then warm runs
 * reusing the last cold run's folder.
 */
function dataStep(config: string, name: string, runs: number): { cold: number[]; warm: RebuildRun[] } {
  const cold: number[] = [];
  const warm: RebuildRun[] = [];
  let dataDir = '';
  for (let i = 0; i < runs; i++) {
    dataDir = coldFolder(`rebuild-${name}`);
    cold.push(runChild<RebuildRun>('measure-child.ts', [config, dataDir], { heapMb: 256 }).seconds);
  }
  for (let i = 0; i < runs; i++) {
    warm.push(runChild<RebuildRun>('measure-child.ts', [config, dataDir, '--cached'], { heapMb: 256 }));
  }
  return { cold, warm };
}

/** Wall-clock seconds of `npm run build` for `config`, writing into the given data and site folders. */
function fullBuild(config: string, dataDir: string, siteDir: string): number {
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    env: { ...process.env, ATLAS_CONFIG: join(root, config), ATLAS_DATA_DIR: dataDir, ATLAS_SITE_DIR: siteDir },
    stdio: 'ignore',
  });
  return (performance.now() - started) / 1000;
}

/** The rebuild section of `npm run bench`; `site: false` leaves out the full builds (minutes each). */
export function benchRebuild(runs: number, site: boolean): Record<string, RebuildFigures> {
  mkdirSync(work, { recursive: true });
  const results: Record<string, RebuildFigures> = {};
  console.log(
    `\nRebuild: cold (empty output folder) vs warm (nothing changed); data step median of ${runs}, npm run build once each`,
  );
  for (const { name, config, needsShared } of CONFIGS) {
    if (needsShared && !existsSync(shared)) {
      console.log(`skipping ${name}: ${shared} not found`);
      continue;
    }
    const { cold, warm } = dataStep(join(root, config), name, runs);
    const last = warm[warm.length - 1] as RebuildRun;
    const dataCold = median(cold);
    const dataWarm = median(warm.map((r) => r.seconds));
    let buildCold: number | null = null;
    let buildWarm: number | null = null;
    if (site) {
      const siteData = coldFolder(`rebuild-${name}-site-data`);
      const siteDir = coldFolder(`rebuild-${name}-dist`);
      buildCold = fullBuild(config, siteData, siteDir);
      buildWarm = fullBuild(config, siteData, siteDir);
    }
    results[name] = {
      dataCold,
      dataWarm,
      dataShare: dataWarm / dataCold,
      reused: `${last.cached} of ${last.datasets}`,
      buildCold,
      buildWarm,
    };
    const s = (v: number): string => `${v.toFixed(2)} s`;
    console.log(
      `${name.padEnd(10)} data step cold ${s(dataCold)}, warm ${s(dataWarm)} (${((dataWarm / dataCold) * 100).toFixed(1)} %, ` +
        `${last.cached} of ${last.datasets} datasets reused)` +
        (buildCold !== null && buildWarm !== null ? `; npm run build cold ${s(buildCold)}, warm ${s(buildWarm)}` : ''),
    );
  }
  return results;
}
