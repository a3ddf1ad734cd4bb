/**
 * Roll-up on the real UKHSA lower-tier cases file (../shared/data): districts summed
 * into the ONS 2019 upper-tier areas through a lookup file, checked against sums made
 * here from the raw CSV with a plain line reader (no pipeline code). The lookup is
 * written by this test for two counties (their districts are public knowledge); the
 * other counties' districts are then reported as having no parent, and unitary,
 * metropolitan, London, Scottish, Welsh and Northern Irish areas stand for themselves.
 * A fresh clone without ../shared/data skips visibly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';
import ukCases from './configs/uk-cases.config.ts';

const configs = path.resolve(import.meta.dirname, 'configs');
const DATA = path.resolve(import.meta.dirname, '../../../shared/data');
const exists = fs.existsSync(DATA);
if (!exists) console.warn('skipping cases roll-up real-data tests: ../shared/data not found');

const CASES = path.join(DATA, 'disease/uk_ltla_covid19_cases_daily_2020-01-30_2023-12-13.csv');
const POP = path.join(DATA, 'population/uk_population_mid2019_lad19.csv');

const COUNTIES: Record<string, string[]> = {
  // Cambridgeshire: Cambridge, East Cambridgeshire, Fenland, Huntingdonshire, South Cambridgeshire.
  E10000003: ['E07000008', 'E07000009', 'E07000010', 'E07000011', 'E07000012'],
  // Gloucestershire: Cheltenham, Cotswold, Forest of Dean, Gloucester, Stroud, Tewkesbury.
  E10000013: ['E07000078', 'E07000079', 'E07000080', 'E07000081', 'E07000082', 'E07000083'],
};

/** code -> ISO date -> count, read with a split on commas (the codes, dates and counts are never quoted with commas). */
function readCounts(): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const line of fs.readFileSync(CASES, 'utf8').split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const fields = line.split(',');
    const code = (fields[0] ?? '').replaceAll('"', '');
    const date = (fields.at(-3) ?? '').replaceAll('"', '');
    const count = Number(fields.at(-2));
    let byDate = counts.get(code);
    if (byDate === undefined) counts.set(code, (byDate = new Map()));
    byDate.set(date, count);
  }
  return counts;
}

function readPopulation(): Map<string, number> {
  const pop = new Map<string, number>();
  for (const line of fs.readFileSync(POP, 'utf8').split('\n').slice(1)) {
    const [code, population] = line.split(',');
    if (code && population) pop.set(code.replaceAll('"', ''), Number(population));
  }
  return pop;
}

const isoDays = (start: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(start) + i * 86_400_000).toISOString().slice(0, 10));

describe.skipIf(!exists)('UK cases rolled up from lower-tier to upper-tier areas', () => {
  let result: BuildResult;
  let dataDir: string;
  let summary: CasesSummary;
  /** The same roll-up with `via: "within"` (no lookup: each district's county by a point inside it). */
  let within: CasesSummary;
  let rawCounts: Map<string, Map<string, number>>;
  const seriesIn = (of: CasesSummary, code: string): CasesSeries => {
    const i = of.areas.code.indexOf(code);
    return JSON.parse(fs.readFileSync(path.join(dataDir, of.areas.series[i] ?? ''), 'utf8')) as CasesSeries;
  };
  const series = (code: string): CasesSeries => seriesIn(summary, code);
  const summaryOf = (id: string): CasesSummary => {
    const entry = result.manifest.datasets.find((d) => d.id === id) as CasesDatasetEntry;
    const file = entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? '';
    return JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as CasesSummary;
  };

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-rollup-real-'));
    const lookup = Object.entries(COUNTIES).flatMap(([county, districts]) => districts.map((d) => `${d},${county}`));
    fs.writeFileSync(path.join(dir, 'lookup.csv'), `LTLA19CD,UTLA19CD\n${lookup.join('\n')}\n`);
    const ltla = ukCases.areaLayers.ltla;
    const abs = (p: string): string => path.resolve(configs, p);
    const config = {
      ...ukCases,
      areaLayers: {
        ltla: { ...ltla, file: abs(ltla.file), population: { ...ltla.population, file: abs(ltla.population.file) } },
        utla: { ...ltla, label: 'Upper-tier areas', layer: 'utla', file: abs(ltla.file), population: undefined },
      },
      datasets: ukCases.datasets.map((d) => ({
        ...d,
        file: abs(d.file),
        rollUp: [
          { layer: 'utla', via: { file: 'lookup.csv', childColumn: 'LTLA19CD', parentColumn: 'UTLA19CD' } },
          { layer: 'utla', via: 'within', id: 'covid-19-utla-within' },
        ],
      })),
    };
    fs.writeFileSync(path.join(dir, 'atlas.config.json'), JSON.stringify(config));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-rollup-real-out-'));
    result = await buildData({ configPath: path.join(dir, 'atlas.config.json'), dataDir });
    summary = summaryOf('covid-19-utla');
    within = summaryOf('covid-19-utla-within');
    rawCounts = readCounts();
  }, 120_000);

  it('keeps the source dataset as it was and adds the roll-up with the same row accounting', () => {
    const [source, rolled] = result.manifest.datasets;
    expect(result.manifest.datasets.map((d) => d.id)).toEqual(['covid-19', 'covid-19-utla', 'covid-19-utla-within']);
    expect(source?.quality).toMatchObject({ rowsIn: 512_050, accepted: 512_050, rejected: 0 });
    expect(rolled).toMatchObject({
      layer: 'utla',
      derivedFrom: 'covid-19',
      // The source's title: each page phrases "COVID-19 cases by upper-tier areas" in its language.
      title: source?.title,
      rollUp: { configuredTitle: false },
    });
    expect(rolled?.quality).toMatchObject({ rowsIn: 512_050, accepted: 512_050, rejected: 0 });
  });

  it.each(Object.entries(COUNTIES))(
    'sums %s day by day from its districts, as the raw file does',
    (county, districts) => {
      const raw = rawCounts;
      const s = series(county);
      const days = isoDays(s.start, s.counts.length);
      const expected = days.map((day) => {
        const values = districts.map((d) => raw.get(d)?.get(day));
        if (values.every((v) => v === undefined)) return null;
        if (values.some((v) => v === undefined)) return null;
        const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
        return sum >= 1 && sum < 3 ? 's' : sum;
      });
      expect(s.counts).toEqual(expected);
      expect(s.counts.filter((c) => typeof c === 'number').length).toBeGreaterThan(1_000);
      const pop = readPopulation();
      const i = summary.areas.code.indexOf(county);
      expect(summary.areas.population[i]).toBe(districts.reduce((a, d) => a + (pop.get(d) ?? NaN), 0));
    },
  );

  it('lets a unitary authority stand for itself, with its own figures', () => {
    const raw = rawCounts.get('E06000052') as Map<string, number>;
    const s = series('E06000052');
    const days = isoDays(s.start, s.counts.length);
    expect(s.counts).toEqual(
      days
        .map((d) => (raw.has(d) ? (raw.get(d) as number) : null))
        .map((c) => (c !== null && c >= 1 && c < 3 ? 's' : c)),
    );
  });

  it('reports the districts that have no parent in the lookup, and gives their counties no figures', () => {
    const warnings = result.manifest.datasets[1]?.quality.warnings ?? [];
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Roll-up to utla: 190 of the ltla are also among the utla and stand for themselves \(E06000001, /,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Roll-up to utla: 181 of the ltla are in none of the utla: Aylesbury Vale \(E07000004\), /,
      ),
    );
    const kent = summary.areas.code.indexOf('E10000016');
    expect(summary.areas.series[kent]).toBeNull();
  });

  it('finds every district its upper-tier area by a point inside it (via: "within"), with the same sums', () => {
    const warnings = result.manifest.datasets[2]?.quality.warnings ?? [];
    // No lookup, no parent property: every one of the 382 districts is placed, none stands for itself.
    expect(warnings.filter((w) => /have no parent|stand for/.test(w))).toEqual([]);
    expect(within.areas.code).toEqual(summary.areas.code);
    for (const code of [...Object.keys(COUNTIES), 'E06000052']) {
      expect(seriesIn(within, code).counts).toEqual(seriesIn(summary, code).counts);
    }
    // Kent, which the lookup left out, is the sum of its 12 districts.
    const kent = ['105', '106', '107', '108', '109', '110', '111', '112', '113', '114', '115', '116'].map(
      (n) => `E07000${n}`,
    );
    const pop = readPopulation();
    const k = within.areas.code.indexOf('E10000016');
    expect(within.areas.population[k]).toBe(kent.reduce((a, d) => a + (pop.get(d) ?? NaN), 0));
    const s = seriesIn(within, 'E10000016');
    const day = isoDays(s.start, s.counts.length).indexOf('2021-01-04');
    const sum = kent.reduce((a, d) => a + (rawCounts.get(d)?.get('2021-01-04') ?? NaN), 0);
    expect(s.counts[day]).toBe(sum);
    expect(sum).toBeGreaterThan(100);
  });
});
