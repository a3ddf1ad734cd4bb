/**
 * A real German indicator: the RKI's German Index of Socioeconomic Deprivation
 * for the six Saarland Kreise, 1998–2021 (tests/fixtures/real/gisd-saarland-kreise/).
 * Values, ranks and the all-areas benchmark are checked against a reading of
 * the raw file made here without the pipeline.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { IndicatorDatasetEntry } from '../../src/lib/manifest.ts';

const dir = 'tests/fixtures/real/gisd-saarland-kreise';

interface Figures {
  periods: string[];
  decimals: number;
  benchmarks: { code: string; values: (number | null)[]; method: string[] }[];
  areas: { code: string; name: string; values: (number | null)[]; rank: (number | null)[] }[];
}

describe('GISD for the Saarland Kreise, as an indicator', () => {
  const lines = readFileSync(join(dir, 'GISD_Saarland_Kreis.csv'), 'utf8').trim().split('\n').slice(1);
  const raw = lines.map((l) => l.split(','));
  let result: BuildResult;
  let figures: Figures;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-gisd-saarland-'));
    result = await buildData({ configPath: join(dir, 'gisd-saarland.config.ts'), dataDir });
    const entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
    const file = entry.files[`indicators/${entry.series[0]?.slug ?? ''}`] ?? '';
    figures = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Figures;
  }, 120_000);

  it('accounts for all 144 rows: 6 Kreise, 24 years', () => {
    expect(raw).toHaveLength(144);
    expect((result.manifest.datasets[0] as IndicatorDatasetEntry).quality).toMatchObject({
      rowsIn: 144,
      accepted: 144,
      rejected: 0,
    });
    expect(figures.periods).toHaveLength(24);
    expect(figures.areas.map((a) => a.code)).toEqual(['10041', '10042', '10043', '10044', '10045', '10046']);
  });

  it("gives every Kreis's value of every year as published, and the plain mean of those values as the benchmark", () => {
    for (const [i, period] of figures.periods.entries()) {
      const year = raw.filter((r) => r[2] === period);
      for (const [code, name, , value] of year) {
        const area = figures.areas.find((a) => a.code === code);
        expect(area?.name).toBe(name);
        expect(area?.values[i], `${code} ${period}`).toBe(Number(value));
      }
      const mean = year.reduce((s, r) => s + Number(r[3]), 0) / year.length;
      // Rounded to the dataset's 3 decimals from the mean of the published values (2005: 0.53051 -> 0.531).
      expect(figures.benchmarks[0]?.values[i], period).toBe(Math.round(mean * 1000) / 1000);
    }
  });

  it('shows the figures read by hand: Saarlouis 0.428 in 2021, 4th of 6, against a mean of 0.485', () => {
    const last = figures.periods.indexOf('2021');
    const saarlouis = figures.areas.find((a) => a.code === '10044');
    expect(saarlouis).toMatchObject({ name: 'Saarlouis' });
    // Kept as published (0.42771); the pages show it with the dataset's 3 decimals.
    expect(saarlouis?.values[last]).toBe(0.42771);
    expect(saarlouis?.rank[last]).toBe(4);
    expect(figures.areas.find((a) => a.code === '10043')?.values[last]).toBe(1);
    expect(figures.benchmarks[0]?.values[last]).toBe(0.485);
    expect(figures.benchmarks[0]?.method[last]).toBe('mean');
  });
});
