/**
 * One data build per real-data config and test run, shared by the test files that need it (the
 * UK cases data was built by two real-data files and again for the e2e site; the UK assets data by
 * one and again for its e2e site): the first caller builds it into
 * `.atlas/test-builds/<name>/data` from scratch (`force`, so nothing from an earlier run or
 * dependency version is reused), later callers of the same run get its result from the marker
 * file beside it. A lock file keeps files running in parallel from building at the same time.
 * The run id comes from tests/vitest.config.ts (`env`), the same in every worker of both projects.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import { oncePerRun } from '../support/once-per-run.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
/** Where shared test builds go; one folder per config. */
export const testBuildsRoot = join(repoRoot, '.atlas/test-builds');

export interface SharedBuild {
  /** The data folder the build wrote (manifest.json and every dataset's files). */
  dataDir: string;
  result: BuildResult;
}

/** The data build of `config` (a file under tests/realdata/configs/, e.g. `uk-cases.config.ts`) for this test run. */
export async function sharedBuild(config: string): Promise<SharedBuild> {
  const configPath = resolve(import.meta.dirname, 'configs', config);
  const dir = join(testBuildsRoot, config.replace(/\.config\.ts$/, ''));
  const dataDir = join(dir, 'data');
  const result = await oncePerRun<BuildResult>({
    lockFile: join(testBuildsRoot, '.build.lock'),
    markerFile: join(dir, 'built.json'),
    runId: process.env.ATLAS_TEST_RUN_ID ?? `pid-${process.pid}`,
    key: configPath,
    label: `sharedBuild(${config})`,
    waitMs: 20 * 60_000,
    pollMs: 250,
    build: async () => {
      rmSync(dir, { recursive: true, force: true });
      return buildData({ configPath, dataDir, force: true });
    },
  });
  return { dataDir, result };
}
