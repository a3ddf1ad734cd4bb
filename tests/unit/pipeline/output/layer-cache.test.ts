import { appendFileSync, cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, type BuildLog } from '../../../../src/pipeline/build-data.ts';
import { dirFiles } from '../../dir-files.ts';
import { tempDirs } from '../../temp-dirs.ts';

const tempDir = tempDirs();
const REUSED = 'area layers: unchanged, reusing previous outputs';

/** A copy of the tiny project (two areas, a population file, nine case rows) to edit. */
function project(): string {
  const dir = tempDir('atlas-layer-cache-');
  cpSync('tests/fixtures/build/tiny', dir, { recursive: true });
  return join(dir, 'tiny.config.ts');
}

/** Builds into `dataDir`, returning the result and the info lines logged. */
async function build(configPath: string, dataDir: string, force = false) {
  const info: string[] = [];
  const log: BuildLog = { info: (m) => info.push(m), warn: () => undefined };
  const result = await buildData({ configPath, dataDir, force, log });
  return { result, info };
}

/** Every output file's bytes but the cache records (their keys hold the code's hash). */
function outputs(dir: string): Record<string, string> {
  const files = dirFiles(dir);
  for (const name of Object.keys(files)) if (name.startsWith('.cache/')) delete files[name];
  return files;
}

describe('the area layers cache', () => {
  it('reuses the layers of an unchanged build, leaving every output as a cold build writes it', async () => {
    const configPath = project();
    const dir = tempDir('atlas-out-');
    const cold = await build(configPath, dir);
    const before = outputs(dir);
    const warm = await build(configPath, dir);
    expect(cold.info).not.toContain(REUSED);
    expect(warm.info).toContain(REUSED);
    expect(warm.result.manifest).toEqual(cold.result.manifest);
    expect(warm.result.warnings).toEqual(cold.result.warnings);
    expect(outputs(dir)).toEqual(before);
    expect(Object.keys(before).some((f) => f.startsWith('layers/areas/boundaries'))).toBe(true);
  });

  it('reads the layers again when a file they read changes, and when forced', async () => {
    const configPath = project();
    const dir = tempDir('atlas-out-');
    await build(configPath, dir);
    const population = join(configPath, '..', 'population.csv');
    writeFileSync(population, readFileSync(population, 'utf8').replace(/\d+\s*$/, '7'));
    const changed = await build(configPath, dir);
    expect(changed.info).not.toContain(REUSED);
    const fresh = tempDir('atlas-out-');
    const cold = await build(configPath, fresh);
    expect(changed.result.manifest).toEqual(cold.result.manifest);
    expect((await build(configPath, dir, true)).info).not.toContain(REUSED);
  });

  it('reads the layers again when one of their files is gone from the output', async () => {
    const configPath = project();
    const dir = tempDir('atlas-out-');
    const first = await build(configPath, dir);
    const boundaries = first.result.manifest.layers[0]?.files.boundaries ?? '';
    rmSync(join(dir, boundaries));
    const again = await build(configPath, dir);
    expect(again.info).not.toContain(REUSED);
    expect(statSync(join(dir, boundaries)).size).toBeGreaterThan(0);
  });

  it('joins a changed dataset to the cached layers as a cold build does', async () => {
    const configPath = project();
    const dir = tempDir('atlas-out-');
    await build(configPath, dir);
    appendFileSync(join(configPath, '..', 'cases.csv'), '2024-01-05,A1,4\n');
    const warm = await build(configPath, dir);
    expect(warm.info).toContain(REUSED);
    expect(warm.result.datasets[0]?.cached).toBe(false);
    const cold = tempDir('atlas-out-');
    const coldRun = await build(configPath, cold);
    expect(warm.result.manifest).toEqual(coldRun.result.manifest);
    expect(outputs(dir)).toEqual(outputs(cold));
  });
});
