/**
 * Cases figures on the real UKHSA lower-tier file (../shared/data): the pipeline's
 * output for a handful of areas and weeks is checked against figures computed here,
 * independently, from the raw CSV with a plain line reader (no pipeline code).
 * A fresh clone without ../shared/data skips visibly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild } from './shared-build.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary, CasesWeek } from '../../src/lib/cases-files.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = path.resolve(root, '../shared/data');
const exists = fs.existsSync(DATA);
if (!exists) console.warn('skipping cases real-data tests: ../shared/data not found');

const CASES = path.join(DATA, 'disease/uk_ltla_covid19_cases_daily_2020-01-30_2023-12-13.csv');
const POP = path.join(DATA, 'population/uk_population_mid2019_lad19.csv');

/** Fields of one CSV line: commas split fields except inside double quotes ("Bristol, City of"). */
function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  fields.push(field);
  return fields;
}

/** Independent reading: code -> ISO date -> count, and code -> population (file's own column). */
function readRaw() {
  const counts = new Map<string, Map<string, number>>();
  const populations = new Map<string, number>();
  const lines = fs.readFileSync(CASES, 'utf8').split('\n');
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const [code, , , date, count, population] = splitLine(line);
    let byDate = counts.get(code as string);
    if (byDate === undefined) counts.set(code as string, (byDate = new Map()));
    byDate.set(date as string, Number(count));
    populations.set(code as string, Number(population));
  }
  for (const line of fs.readFileSync(POP, 'utf8').split('\n').slice(1)) {
    const [code, population] = splitLine(line);
    if (code && population) populations.set(code, Number(population));
  }
  return { counts, populations };
}

function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Sum of the 7 days ending on `end`; null when any day has no row. */
function weekTotal(byDate: Map<string, number> | undefined, end: string): number | null {
  let sum = 0;
  for (let i = 6; i >= 0; i--) {
    const v = byDate?.get(addDays(end, -i));
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

const rate1dp = (total: number, population: number) => Math.round((total / population) * 100_000 * 10) / 10;

describe.runIf(exists)('cases figures on the UKHSA lower-tier file', () => {
  let dataDir: string;
  let summary: CasesSummary;
  let raw: ReturnType<typeof readRaw>;
  const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, rel), 'utf8')) as T;

  beforeAll(async () => {
    // The same build pipeline-counts.test.ts checks the row counts of.
    const build = await sharedBuild('uk-cases.config.ts');
    dataDir = build.dataDir;
    const result = build.result;
    const entry = result.manifest.datasets.find((d) => d.id === 'covid-19') as CasesDatasetEntry;
    const metric = entry.metrics[0];
    if (metric === undefined) throw new Error('no metric');
    summary = read<CasesSummary>(entry.files[metric.summaryFile] as string);
    raw = readRaw();
  }, 300_000);

  it('spans the file and dates the latest week 5 days before its end', () => {
    expect(summary.firstDate).toBe('2020-01-30');
    expect(summary.lastDate).toBe('2023-12-13');
    expect(summary.completeUntil).toBe('2023-12-08');
    // 382 areas in the 2019 layer, 381 with data (the Isles of Scilly are counted with Cornwall).
    expect(summary.areas.code).toHaveLength(382);
    expect(summary.total.areaCount).toBe(381);
    expect(summary.weeks.end.at(-1)).toBe('2023-12-08');
  });

  it("matches Leeds' latest 7-day total, rate and change computed from the raw file", () => {
    const leeds = raw.counts.get('E08000035');
    const latest = weekTotal(leeds, '2023-12-08') as number;
    const previous = weekTotal(leeds, '2023-12-01') as number;
    const i = summary.areas.code.indexOf('E08000035');
    expect(summary.areas.name[i]).toBe('Leeds');
    expect(summary.areas.population[i]).toBe(793_139);
    expect(summary.areas.latest[i]).toBe(latest);
    expect(summary.areas.previous[i]).toBe(previous);
    expect(summary.areas.change[i]).toBe(latest - previous);
    expect(summary.areas.rate[i]).toBe(rate1dp(latest, 793_139));
  });

  // Weeks end on Fridays: 8 December 2023 (the latest complete day) and every 7 days before.
  const weeks = ['2020-11-06', '2021-01-01', '2021-12-31', '2022-07-08'];
  const areas = ['E08000035', 'E09000030', 'W06000015', 'S12000049', 'N09000003'];

  it.each(weeks)('matches 7-day totals, rates and ranks for five areas in the week to %s', (end) => {
    // Week files end on completeUntil and every 7 days before; pick the one ending on `end`.
    const k = summary.weeks.end.indexOf(end);
    expect(k, `no week ending ${end}`).toBeGreaterThanOrEqual(0);
    const week = read<CasesWeek>(summary.weeks.file[k] as string);
    // Independent ranks: every area with a complete week and a rate, highest first, ties shared.
    const layerCode = (c: string) => ({ S12000049: 'S12000046', S12000050: 'S12000044' })[c] ?? c;
    const rates = new Map<string, number>();
    for (const [code, byDate] of raw.counts) {
      const t = weekTotal(byDate, end);
      const pop = raw.populations.get(code);
      if (t === null || pop === undefined || (t >= 1 && t < 3)) continue;
      rates.set(layerCode(code), rate1dp(t, pop));
    }
    expect(week.ranked).toBe(rates.size);
    for (const code of areas) {
      const at = week.code.indexOf(layerCode(code));
      const total = weekTotal(raw.counts.get(code), end);
      expect(week.total[at], `${code} total`).toBe(total);
      const rate = rates.get(layerCode(code)) ?? null;
      expect(week.rate[at], `${code} rate`).toBe(rate);
      const rank = rate === null ? null : 1 + [...rates.values()].filter((r) => r > rate).length;
      expect(week.rank[at], `${code} rank`).toBe(rank);
    }
  });

  it('treats the October 2020 gap in Scottish rows as no data, not zero', () => {
    const aberdeen = summary.areas.code.indexOf('S12000033');
    const series = read<CasesSeries>(summary.areas.series[aberdeen] as string);
    const at = (iso: string) => (Date.parse(iso) - Date.parse(series.start)) / 86_400_000;
    expect(series.counts[at('2020-10-15')]).toBeNull();
    expect(series.total7[at('2020-11-06')]).toBeNull();
    // 7 days after the gap the total is back, and equals the raw sum.
    expect(series.total7[at('2020-11-07')]).toBe(weekTotal(raw.counts.get('S12000033'), '2020-11-07'));
  });

  it('adds up the all-areas total from the areas', () => {
    const end = '2021-01-03';
    let sum = 0;
    for (const byDate of raw.counts.values()) sum += weekTotal(byDate, end) ?? 0;
    const total = read<CasesSeries>(summary.total.series);
    const at = (Date.parse(end) - Date.parse(total.start)) / 86_400_000;
    expect(total.total7[at]).toBe(sum);
  });

  it('never publishes a count of 1 or 2', () => {
    for (const file of summary.weeks.file) {
      const week = read<CasesWeek>(file);
      expect(week.total.filter((t) => t === 1 || t === 2)).toEqual([]);
    }
  });
});
