/**
 * One data build per real-data config and test run, shared by the test files that need it (the
 * UK cases data was built by two real-data files and again for the e2e site; the UK assets data by
 * one and again for its e2e site): the first caller builds it into
 * `.atlas/test-builds/<name>/data` from scratch (`force`, so nothing from an earlier run or
 * dependency version is reused), later callers of the same run get its result from the marker
 * file beside it. A lock file keeps files running in parallel from building at the same time.
 * The run id comes from tests/vitest.config.ts (`env`), the same in every worker of both projects.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
/** Where shared test builds go; one folder per config. */
export const testBuildsRoot = join(repoRoot, '.atlas/test-builds');
const LOCK = join(testBuildsRoot, '.build.lock');
const WAIT_MS = 20 * 60_000;

export interface SharedBuild {
  /** The data folder the build wrote (manifest.json and every dataset's files). */
  dataDir: string;
  result: BuildResult;
}

interface Marker {
  runId: string;
  config: string;
  result?: BuildResult;
  error?: string;
}

/** The data build of `config` (a file under tests/realdata/configs/, e.g. `uk-cases.config.ts`) for this test run. */
export async function sharedBuild(config: string): Promise<SharedBuild> {
  const runId = process.env.ATLAS_TEST_RUN_ID ?? `pid-${process.pid}`;
  const configPath = resolve(import.meta.dirname, 'configs', config);
  const dir = join(testBuildsRoot, config.replace(/\.config\.ts$/, ''));
  const dataDir = join(dir, 'data');
  const markerFile = join(dir, 'built.json');
  const deadline = Date.now() + WAIT_MS;
  mkdirSync(testBuildsRoot, { recursive: true });
  for (;;) {
    const done = finished(markerFile, runId, configPath);
    if (done) return { dataDir, result: done };
    if (tryLock(runId, config)) break;
    if (Date.now() > deadline) throw new Error(`sharedBuild(${config}): gave up waiting for the build lock ${LOCK}`);
    await sleep(250);
  }
  try {
    // Another file may have finished this very build while we waited for the lock.
    const done = finished(markerFile, runId, configPath);
    if (done) return { dataDir, result: done };
    const marker: Marker = { runId, config: configPath };
    rmSync(dir, { recursive: true, force: true });
    try {
      marker.result = await buildData({ configPath, dataDir, force: true });
      return { dataDir, result: marker.result };
    } catch (error) {
      marker.error = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      mkdirSync(dir, { recursive: true });
      writeFileSync(markerFile, JSON.stringify(marker));
    }
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/** This run's finished build of `config`; re-throws a failed one. */
function finished(markerFile: string, runId: string, config: string): BuildResult | undefined {
  if (!existsSync(markerFile)) return undefined;
  const marker = JSON.parse(readFileSync(markerFile, 'utf8')) as Marker;
  if (marker.runId !== runId || marker.config !== config) return undefined;
  if (marker.error !== undefined) throw new Error(marker.error);
  return marker.result;
}

function tryLock(runId: string, config: string): boolean {
  try {
    const fd = openSync(LOCK, 'wx');
    writeSync(fd, JSON.stringify({ pid: process.pid, runId, config, since: new Date().toISOString() }));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A lock whose process is gone (a killed test run) is stale: take it over next round.
  try {
    const { pid } = JSON.parse(readFileSync(LOCK, 'utf8')) as { pid: number };
    if (!isAlive(pid)) rmSync(LOCK, { force: true });
  } catch {
    // Half-written or just removed: look again next round.
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
