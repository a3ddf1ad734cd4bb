import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../src/pipeline/config/load-config.ts';
import { tempDirs } from '../../temp-dirs.ts';

const tempDir = tempDirs();

function configFile(config: unknown): string {
  const dir = tempDir('atlas-config-');
  writeFileSync(join(dir, 'cases.csv'), 'date,code,n\n');
  const path = join(dir, 'atlas.config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

const dataset = {
  id: 'cases',
  kind: 'cases',
  title: 'Cases',
  file: 'cases.csv',
  columns: { area: 'code', date: 'date', count: 'n' },
  join: { by: 'code' },
  source: { publisher: 'P', licence: 'L' },
};

async function problems(config: unknown): Promise<string[]> {
  try {
    await loadConfig(configFile(config));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('accepts a minimal config and fills defaults', async () => {
    const { config } = await loadConfig(configFile({ site: { title: 'T', council: 'C' }, datasets: [dataset] }));
    expect(config.site).toMatchObject({ locale: 'en-GB', basePath: '/', demo: false });
    expect(config.datasets[0]).toMatchObject({ encoding: 'auto', maxRejectedShare: 0.05, suppressBelow: 0 });
  });

  it('names a misspelt key and where it is', async () => {
    expect(await problems({ site: { title: 'T', council: 'C', titel: 'x' }, datasets: [dataset] })).toEqual([
      'site: unknown key "titel": check the spelling against data/CONFIG.md',
    ]);
  });

  it('names missing required keys by path', async () => {
    const { title: _, ...untitled } = dataset;
    expect(await problems({ site: { title: 'T', council: 'C' }, datasets: [untitled] })).toEqual([
      'datasets[0].title: is required (expected string, received undefined)',
    ]);
  });

  it('reports a missing file, an unknown layer and a duplicate id together', async () => {
    const list = await problems({
      site: { title: 'T', council: 'C' },
      datasets: [{ ...dataset, file: 'nope.csv', join: { by: 'code', layer: 'wards' } }, dataset],
    });
    expect(list).toEqual([
      expect.stringMatching(/^datasets\[0\] \(cases\)\.file: nope\.csv not found/),
      'datasets[0] (cases).join.layer: no area layer "wards". Add it under areaLayers.',
      'datasets[1] (cases).id: "cases" is used twice; dataset ids must be unique.',
    ]);
  });

  it('says how to fix a missing config file', async () => {
    await expect(loadConfig('/nonexistent/atlas.config.ts')).rejects.toThrow(/does not exist\. Create it/);
  });
});
