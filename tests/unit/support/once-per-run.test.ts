import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oncePerRun, type OncePerRunOptions } from '../../support/once-per-run.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs();

function options(dir: string, build: () => Promise<string>, over: Partial<OncePerRunOptions<string>> = {}) {
  return {
    lockFile: join(dir, '.lock'),
    markerFile: join(dir, 'site', 'built.json'),
    runId: 'run-1',
    key: '/configs/a.config.ts',
    label: 'test build',
    waitMs: 5_000,
    pollMs: 10,
    build,
    ...over,
  };
}

describe('oncePerRun', () => {
  it('builds once for callers that ask at the same time, and gives every caller the same value', async () => {
    const dir = tempDir('once-');
    let builds = 0;
    const build = async () => {
      builds += 1;
      await new Promise((done) => setTimeout(done, 50));
      return `site-${builds}`;
    };
    const values = await Promise.all([1, 2, 3].map(() => oncePerRun(options(dir, build))));
    expect(values).toEqual(['site-1', 'site-1', 'site-1']);
    expect(builds).toBe(1);
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it("re-throws this run's failed build to later callers instead of building again", async () => {
    const dir = tempDir('once-');
    let builds = 0;
    const failing = async (): Promise<string> => {
      builds += 1;
      throw new Error('the data step wrote no manifest');
    };
    await expect(oncePerRun(options(dir, failing))).rejects.toThrow('the data step wrote no manifest');
    await expect(oncePerRun(options(dir, failing))).rejects.toThrow('the data step wrote no manifest');
    expect(builds).toBe(1);
  });

  it('rebuilds for another run or another key, unless the caller accepts an earlier build', async () => {
    const dir = tempDir('once-');
    let builds = 0;
    const build = async () => `site-${++builds}`;
    await oncePerRun(options(dir, build));
    expect(await oncePerRun(options(dir, build, { runId: 'run-2' }))).toBe('site-2');
    expect(await oncePerRun(options(dir, build, { runId: 'run-2', key: '/configs/b.config.ts' }))).toBe('site-3');
    const reused = await oncePerRun(
      options(dir, build, { runId: 'run-3', key: '/configs/b.config.ts', reuseOther: (v) => v === 'site-3' }),
    );
    expect(reused).toBe('site-3');
    expect(builds).toBe(3);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = tempDir('once-');
    const { writeFileSync } = await import('node:fs');
    // pid 2^22 + 1 is above Linux's pid_max default, so no live process has it.
    writeFileSync(join(dir, '.lock'), JSON.stringify({ pid: 4194305 }));
    expect(await oncePerRun(options(dir, async () => 'built'))).toBe('built');
  });
});
