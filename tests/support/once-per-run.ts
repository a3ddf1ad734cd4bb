/**
 * Runs an expensive build once per test run, however many test files (in however many worker
 * processes) ask for it: the first caller takes a lock file and builds, the others wait and then
 * read the outcome from a marker file written beside the build. A failed build is re-thrown to
 * every caller of the same run instead of being retried by each. Used by the shared real-data
 * builds (tests/realdata/shared-build.ts) and the e2e site builds (tests/e2e/harness/build-site.ts).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the marker file records about one build. */
export interface RunMarker<T> {
  runId: string;
  /** What was built (a config path): a marker for another key is not reused. */
  key: string;
  value?: T;
  error?: string;
}

export interface OncePerRunOptions<T> {
  /** One lock for every build of this kind: two builds at once would share caches and 2 cores. */
  lockFile: string;
  markerFile: string;
  /** Identifies the test run; a marker from another run is rebuilt unless `reuseOther` accepts it. */
  runId: string;
  key: string;
  /** Named in the error when the wait for the lock times out. */
  label: string;
  waitMs: number;
  pollMs: number;
  /** Whether a good build from an earlier run may be reused (e.g. for fast local reruns). */
  reuseOther?: (value: T) => boolean;
  build: () => Promise<T>;
}

/** The value this run's build of `key` produced, building it if no caller has yet. */
export async function oncePerRun<T>(o: OncePerRunOptions<T>): Promise<T> {
  const deadline = Date.now() + o.waitMs;
  mkdirSync(dirname(o.lockFile), { recursive: true });
  for (;;) {
    const done = finished(o);
    if (done) return done.value;
    if (tryLock(o.lockFile, o.runId, o.label)) break;
    if (Date.now() > deadline) throw new Error(`${o.label}: gave up waiting for the build lock ${o.lockFile}`);
    await sleep(o.pollMs);
  }
  try {
    // Another process may have finished this very build while we waited for the lock.
    const done = finished(o);
    if (done) return done.value;
    const marker: RunMarker<T> = { runId: o.runId, key: o.key };
    try {
      marker.value = await o.build();
      return marker.value;
    } catch (error) {
      marker.error = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      mkdirSync(dirname(o.markerFile), { recursive: true });
      writeFileSync(o.markerFile, `${JSON.stringify(marker, null, 2)}\n`);
    }
  } finally {
    rmSync(o.lockFile, { force: true });
  }
}

/** This run's finished build (or an accepted earlier one); re-throws this run's failed one. */
function finished<T>(o: OncePerRunOptions<T>): { value: T } | undefined {
  if (!existsSync(o.markerFile)) return undefined;
  let marker: RunMarker<T>;
  try {
    marker = JSON.parse(readFileSync(o.markerFile, 'utf8')) as RunMarker<T>;
  } catch {
    return undefined; // a marker in an older format: build again
  }
  if (marker.key !== o.key) return undefined;
  if (marker.runId === o.runId) {
    if (marker.error !== undefined) throw new Error(marker.error);
    return marker.value === undefined ? undefined : { value: marker.value };
  }
  if (marker.value !== undefined && o.reuseOther?.(marker.value)) return { value: marker.value };
  return undefined;
}

function tryLock(lockFile: string, runId: string, label: string): boolean {
  try {
    const fd = openSync(lockFile, 'wx');
    writeSync(fd, JSON.stringify({ pid: process.pid, runId, label, since: new Date().toISOString() }));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A lock whose process is gone (a killed test run) is stale: take it over next round.
  try {
    const { pid } = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number };
    if (!isAlive(pid)) rmSync(lockFile, { force: true });
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
