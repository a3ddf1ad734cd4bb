/**
 * The NYT's cumulative US county file joined to a us-atlas county layer whose
 * codes are feature ids: exact row accounting, and the figures pages show,
 * each checked against a reading of the raw file made here without the pipeline.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';

const file = resolve(
  import.meta.dirname,
  '../../../shared/data/disease/us_counties_covid19_nyt_live_daily_2020-05-14_2021-06-19.csv',
);
const present = existsSync(file);
if (!present) console.warn(`skipping the NYT Nebraska real-data test: ${file} not found`);

interface Raw {
  rows: number;
  blankFips: number;
  otherStates: number;
  nebraska: number;
  fell: number;
  /** Per Nebraska FIPS: accepted cumulative by date (rows below the last accepted total left out). */
  accepted: Map<string, Map<string, number>>;
}

// Independent reading: the file has no quoted fields (checked: every line has 6 fields).
function readRaw(): Raw {
  const lines = readFileSync(file, 'utf8').split('\n');
  const raw: Raw = { rows: 0, blankFips: 0, otherStates: 0, nebraska: 0, fell: 0, accepted: new Map() };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    raw.rows++;
    const [date = '', , , fips = '', cases = ''] = line.split(',');
    if (fips === '') raw.blankFips++;
    else if (!fips.startsWith('31')) raw.otherStates++;
    else {
      raw.nebraska++;
      const series = raw.accepted.get(fips) ?? new Map<string, number>();
      raw.accepted.set(fips, series);
      const last = [...series.values()].at(-1) ?? 0;
      if (Number(cases) < last) raw.fell++;
      else series.set(date, Number(cases));
    }
  }
  return raw;
}

/** The accepted cumulative total on `date` or the last reported day before it (0 before any). */
function totalOn(series: Map<string, number>, date: string): number {
  let total = 0;
  for (const [d, n] of series) if (d <= date) total = n;
  return total;
}

describe.skipIf(!present)('NYT US counties, Nebraska, joined by feature id', () => {
  let raw: Raw;
  let result: BuildResult;
  let summary: CasesSummary;
  let dataDir: string;
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;

  beforeAll(async () => {
    raw = readRaw();
    dataDir = mkdtempSync(join(tmpdir(), 'atlas-nyt-ne-'));
    result = await buildData({ configPath: 'tests/realdata/configs/us-nyt-nebraska.config.ts', dataDir });
    const entry = result.manifest.datasets[0] as CasesDatasetEntry;
    summary = read<CasesSummary>(entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? '');
  }, 120_000);

  it('accounts for every row: accepted, blank FIPS, other states, and falls below the last accepted total', () => {
    const q = (result.manifest.datasets[0] as CasesDatasetEntry).quality;
    expect(raw).toMatchObject({ rows: 1_294_282, blankFips: 11_811, nebraska: 35_812, fell: 4_058 });
    expect(q).toMatchObject({
      rowsIn: raw.rows,
      accepted: raw.nebraska - raw.fell,
      rejected: 11_811 + raw.otherStates + raw.fell,
    });
    expect(q.rejectedByReason).toEqual([
      { reason: 'area code matches no area', reasonCoded: { code: 'areaCodeUnknown' }, count: raw.otherStates },
      { reason: 'area code is missing', reasonCoded: { code: 'areaCodeMissing' }, count: 11_811 },
      { reason: 'cumulative count fell', reasonCoded: { code: 'cumulativeFell' }, count: 4_058 },
    ]);
    expect(result.manifest.layers[0]).toMatchObject({ id: 'counties', areaCount: 93 });
  });

  it('gives every county of the layer its latest 7 days as the rise in its cumulative total', () => {
    const end = summary.completeUntil ?? '';
    expect(end).toBe('2021-06-19');
    const before = '2021-06-12';
    const a = summary.areas;
    let all = 0;
    for (const [j, code] of a.code.entries()) {
      const series = raw.accepted.get(code) ?? new Map<string, number>();
      const latest = totalOn(series, end) - totalOn(series, before);
      all += latest;
      expect(a.latest[j], code).toBe(latest);
    }
    expect(summary.total.figures.latest).toBe(all);
    expect(summary.total.areasInLatest).toBe(93);
  });

  it('joins every county to its Census population by a FIPS code built from two columns, for rates', () => {
    const pop = new Map<string, number>();
    const csv = readFileSync('tests/fixtures/real/census-nebraska-population/co-est2019-nebraska.csv', 'utf8');
    for (const line of csv.trim().split('\n').slice(2)) {
      const [, , , state = '', county = '', , , people = ''] = line.split(',');
      pop.set(`${state.padStart(2, '0')}${county.padStart(3, '0')}`, Number(people));
    }
    expect(pop.size).toBe(93);
    expect(result.warnings.filter((w) => w.includes('population'))).toEqual([]);
    const a = summary.areas;
    for (const [j, code] of a.code.entries()) {
      expect(a.population[j], code).toBe(pop.get(code));
      const latest = a.latest[j] as number;
      expect(a.rate[j], code).toBe(Math.round((latest / (pop.get(code) as number)) * 1e6) / 10);
    }
    expect(summary.total.population).toBe(1_934_408);
  });

  it('shows a jump after missing or rejected days as reported for the days it covers', () => {
    // Keya Paha (31103) skips days and falls: every rise after a gap covers the days since its last accepted total.
    const j = summary.areas.code.indexOf('31103');
    const series = read<CasesSeries>(summary.areas.series[j] ?? '');
    const day = (date: string): number => (Date.parse(date) - Date.parse(series.start)) / 86_400_000;
    const keya = raw.accepted.get('31103') as Map<string, number>;
    const dates = [...keya.keys()];
    const expected: [number, number][] = [];
    for (let k = 1; k < dates.length; k++) {
      const gap = day(dates[k] ?? '') - day(dates[k - 1] ?? '');
      if (gap > 1) expected.push([day(dates[k] ?? ''), gap]);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(series.reportedFor).toEqual(expected);
    for (const [at] of expected) {
      const date = new Date(Date.parse(series.start) + at * 86_400_000).toISOString().slice(0, 10);
      expect(series.counts[at], date).toBe(totalOn(keya, date) - totalOn(keya, dates[dates.indexOf(date) - 1] ?? ''));
    }
    // The days between accepted reports count 0: the total was carried forward.
    const [firstGap] = expected;
    if (firstGap)
      expect(series.counts.slice(firstGap[0] - firstGap[1] + 1, firstGap[0])).toEqual(
        new Array(firstGap[1] - 1).fill(0),
      );
  });
});
