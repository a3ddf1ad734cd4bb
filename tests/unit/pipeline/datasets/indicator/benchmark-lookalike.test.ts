/**
 * A benchmark code that no row has is the mean of the areas (as documented); when an area read
 * looks like the benchmark's own row under another spelling, that row is counted as an area and
 * the build warns, naming it and the fix.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import { benchmarkLookalikes } from '../../../../../src/pipeline/datasets/indicator/benchmark-lookalikes.ts';
import type { IndicatorDatasetEntry } from '../../../../../src/lib/manifest.ts';
import { tempDirs } from '../../../temp-dirs.ts';

const tempDir = tempDirs();

async function warnings(csv: string, benchmark: string) {
  const dir = tempDir('atlas-benchmark-');
  writeFileSync(join(dir, 'rates.csv'), csv);
  const config = {
    site: { title: 'Rates', council: 'Test' },
    datasets: [
      {
        id: 'rate',
        kind: 'indicator',
        title: 'Rate',
        file: 'rates.csv',
        columns: { area: 'code', period: 'year', value: 'value' },
        benchmark,
        join: { by: 'code' },
        source: { publisher: 'Test', licence: 'CC0' },
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir: join(dir, 'out') });
  return (result.manifest.datasets[0] as IndicatorDatasetEntry).quality.warningsCoded ?? [];
}

describe('a benchmark code whose row is spelt otherwise', () => {
  it.each([
    ['EU27_2020', [['YR,T,Y_LT1,EU27_2020', 'YR,T,Y_LT1,EU27_2020']], ['YR,T,Y_LT1,EU27_2020']],
    ['EU27_2020', [['eu27-2020', 'EU 27']], ['eu27-2020']],
    ['E92000001', [['england', 'E92000001 England']], ['E92000001 England']],
    ['E92000001', [['E06000001', 'Hartlepool']], []],
  ])('finds the areas like %s', (benchmark, areas, found) => {
    expect(benchmarkLookalikes(benchmark, new Map(areas as [string, string][]))).toEqual(found);
  });

  it('warns naming the lookalike row, counted as an area, and the fix', async () => {
    const coded = await warnings('code,year,value\nAT,2021,81.3\nBE,2021,81.9\nEU27-2020,2021,80.1\n', 'EU27_2020');
    expect(coded).toContainEqual({
      code: 'benchmarkLookalike',
      dataset: 'rate',
      benchmark: 'EU27_2020',
      areas: '"EU27-2020"',
    });
  });

  it('says nothing when the benchmark has its rows, or no area looks like it (a mean by design)', async () => {
    const own = await warnings('code,year,value\nAT,2021,81.3\nEU27_2020,2021,80.1\n', 'EU27_2020');
    const mean = await warnings('code,year,value\nAT,2021,81.3\nBE,2021,81.9\n', 'EU27_2020');
    expect([...own, ...mean].filter((w) => w?.code === 'benchmarkLookalike')).toEqual([]);
  });
});
