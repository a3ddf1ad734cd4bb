/**
 * Indicator figures on the real UK household recycling rates (DEFRA and the
 * devolved administrations, OGL v3) joined to the ONS lower-tier areas: one
 * council's rate and rank, and the England benchmark, checked against an
 * independent reading of the raw files (PapaParse here, not the pipeline's
 * reader; the mean and ranking computed in the test).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { IndicatorDatasetEntry, Manifest } from '../../src/lib/manifest.ts';
import type { IndicatorFile } from '../../src/lib/indicator-files.ts';

const shared = resolve(import.meta.dirname, '../../../shared/data');
const present = existsSync(shared);
if (!present) console.warn(`skipping real-data indicator tests: ${shared} not found`);

const INDICATOR = 'Waste Reused/Recycled/Composted';
const PERIOD = '2019/20';
const LEEDS = 'E08000035';

function parse(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(shared, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

describe.skipIf(!present)('UK recycling rates: figures against the raw file', () => {
  let figures: IndicatorFile;
  let quality: IndicatorDatasetEntry['quality'];
  let raw: { code: string; value: number }[];
  let population: Map<string, number>;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-real-ind-'));
    await buildData({ configPath: 'tests/realdata/configs/uk-recycling.config.ts', dataDir });
    const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
    const d = manifest.datasets[0] as IndicatorDatasetEntry;
    quality = d.quality;
    const entry = d.series.find((s) => s.key === INDICATOR);
    figures = JSON.parse(readFileSync(join(dataDir, d.files[entry?.file ?? ''] ?? ''), 'utf8')) as IndicatorFile;
    raw = parse('other/uk_household_waste_recycling_rate_by_la_2015_2025.csv')
      .filter((r) => r['indicator'] === INDICATOR && r['period'] === PERIOD && r['value'] !== 'NA')
      .map((r) => ({ code: r['area_code'] ?? '', value: Number(r['value']) }));
    population = new Map(
      parse('population/uk_population_mid2019_lad19.csv').map((r) => [r['code'] ?? '', Number(r['population'])]),
    );
  }, 120_000);

  it(`Leeds ${PERIOD}: 38.2%, ranked 219th highest of 319 councils, as the raw file says`, () => {
    const p = figures.periods.indexOf(PERIOD);
    const leeds = figures.areas.find((a) => a.code === LEEDS);
    const own = raw.find((r) => r.code === LEEDS)?.value ?? NaN;
    const rank = 1 + raw.filter((r) => r.value > own).length;
    expect([own, rank, raw.length]).toEqual([38.2, 219, 319]);
    expect(leeds?.name).toBe('Leeds');
    expect(leeds?.values[p]).toBe(own);
    expect(leeds?.rank[p]).toBe(rank);
    expect(figures.ranked[p]).toBe(raw.length);
    // No confidence limits in the file: only "lower", never "worse".
    expect(leeds?.compare[p]).toBe('lower');
  });

  it(`England ${PERIOD}: the population-weighted mean of the 286 English councils, 41.3%`, () => {
    const p = figures.periods.indexOf(PERIOD);
    const english = raw.filter((r) => r.code.startsWith('E'));
    const weight = english.reduce((s, r) => s + (population.get(r.code) ?? NaN), 0);
    const mean = english.reduce((s, r) => s + r.value * (population.get(r.code) ?? NaN), 0) / weight;
    expect(english).toHaveLength(286);
    expect(Math.round(mean * 10) / 10).toBe(41.3);
    const england = figures.benchmarks.find((b) => b.code === 'E92000001');
    expect(england?.name).toBe('England');
    expect(england?.values[p]).toBe(Math.round(mean * 10) / 10);
    expect(england?.method[p]).toBe('population-weighted');
    expect(england?.areas[p]).toBe(286);
    // Welsh and Northern Irish councils are not compared with England.
    const cardiff = figures.areas.find((a) => a.code === 'W06000015');
    expect([cardiff?.benchmark, cardiff?.compare[p]]).toEqual([null, null]);
  });

  it('warns that the file names E07000083 "Tewkesbury" where the boundaries call it "North Gloucestershire", on each of its rows', () => {
    const rows = parse('other/uk_household_waste_recycling_rate_by_la_2015_2025.csv').filter(
      (r) => r['area_code'] === 'E07000083',
    );
    expect(new Set(rows.map((r) => r['area_name']))).toEqual(new Set(['Tewkesbury']));
    expect(quality.warningsCoded).toContainEqual({
      code: 'areaNameMismatch',
      rows: rows.length,
      items: [{ areaCode: 'E07000083', name: 'Tewkesbury', expected: 'North Gloucestershire', count: rows.length }],
      more: 0,
    });
  });

  it('years with councils the 2019 population file lacks fall back to the plain mean, and say so', () => {
    const p = figures.periods.indexOf('2022/23');
    const england = figures.benchmarks.find((b) => b.code === 'E92000001');
    expect(england?.method[p]).toBe('mean');
  });
});
