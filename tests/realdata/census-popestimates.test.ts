/**
 * A real wide file: the US Census Bureau's county population estimates, one column per year
 * (tests/fixtures/real/census-nebraska-popestimates/), built through the data step. Every cell is
 * accounted for, and every county's value of every year, and the state's benchmark row, are
 * checked against a reading of the raw file made here without the pipeline.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { IndicatorDatasetEntry } from '../../src/lib/manifest.ts';
import type { IndicatorFile } from '../../src/lib/indicator-files.ts';

const dir = 'tests/fixtures/real/census-nebraska-popestimates';

describe('Census county population estimates, a wide file with a column per year', () => {
  const [head = '', ...lines] = readFileSync(join(dir, 'co-est2019-alldata-nebraska.csv'), 'utf8').trim().split('\n');
  const header = head.split(',');
  const raw = lines.map((l) => l.split(','));
  const at = (name: string): number => header.indexOf(name);
  const fips = (r: string[]): string =>
    `${(r[at('STATE')] ?? '').padStart(2, '0')}${(r[at('COUNTY')] ?? '').padStart(3, '0')}`;
  const years = Array.from({ length: 10 }, (_, i) => String(2010 + i));
  let result: BuildResult;
  let entry: IndicatorDatasetEntry;
  let figures: IndicatorFile;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-census-wide-'));
    result = await buildData({ configPath: join(dir, 'census-popestimates.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
    figures = JSON.parse(
      readFileSync(join(dataDir, entry.files[`indicators/${entry.series[0]?.slug ?? ''}`] ?? ''), 'utf8'),
    ) as IndicatorFile;
  }, 120_000);

  it('holds what its README says: 28 rows, whose yearly changes are the differences of the estimates', () => {
    expect(raw).toHaveLength(28);
    for (const r of raw) {
      const pop = years.map((y) => Number(r[at(`POPESTIMATE${y}`)]));
      const base = Number(r[at('ESTIMATESBASE2010')]);
      years.forEach((y, i) => {
        const change = Number(r[at(`NPOPCHG_${y}`)]);
        expect(change, `${r[at('CTYNAME')]} ${y}`).toBe((pop[i] ?? 0) - (i === 0 ? base : (pop[i - 1] ?? 0)));
      });
    }
  });

  it('accounts for all 280 cells (28 rows × 10 year columns): in = accepted + rejected', () => {
    const q = entry.quality;
    expect(q).toMatchObject({ unit: 'cells', rowsIn: 280, accepted: 280, rejected: 0, duplicates: 0 });
    expect(q.rowsIn).toBe(q.accepted + q.rejected);
    expect(q.files[0]).toMatchObject({
      rows: 28,
      cells: 280,
      periodColumns: years.map((y) => `POPESTIMATE${y}`),
    });
    // CENSUS2010POP, ESTIMATESBASE2010 and NPOPCHG_2010 … look like years but are not periods.
    expect(entry.periods).toEqual(years);
  });

  it("gives every county's estimate of every year as published, named by the layer, joined by built FIPS", () => {
    const counties = raw.filter((r) => r[at('SUMLEV')] === '50');
    expect(figures.areas.map((a) => a.code)).toEqual(counties.map(fips));
    for (const r of counties) {
      const area = figures.areas.find((a) => a.code === fips(r));
      expect(area?.values, fips(r)).toEqual(years.map((y) => Number(r[at(`POPESTIMATE${y}`)])));
    }
    expect(figures.areas.find((a) => a.code === '31001')?.name).toBe('Adams');
  });

  it("takes the state's own row as the benchmark, not an area, and ranks the counties by it", () => {
    const state = raw.find((r) => r[at('SUMLEV')] === '40') ?? [];
    expect(figures.benchmarks[0]).toMatchObject({
      code: '31000',
      name: 'Nebraska',
      values: years.map((y) => Number(state[at(`POPESTIMATE${y}`)])),
    });
    expect(figures.benchmarks[0]?.values.at(-1)).toBe(1_934_408);
    // Read by hand: Buffalo County (49,659) is the largest of the 27 in 2019, Arthur County (463) the smallest.
    const last = years.length - 1;
    expect(figures.areas.find((a) => a.code === '31019')?.rank[last]).toBe(1);
    expect(figures.areas.find((a) => a.code === '31005')?.rank[last]).toBe(27);
  });
});
