/**
 * The NYT's cumulative US county file rolled up from Nebraska's counties to the state, with the
 * file's "Unknown" county (blank FIPS) placed in its state by the `state` column (columns.parent):
 * the state's latest 7 days must be the rise of every Nebraska row's running total, "Unknown"
 * included, as a plain reading of the raw file gives it (no pipeline code). A fresh clone without
 * ../shared/data skips visibly.
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
if (!present) console.warn(`skipping the NYT Nebraska state roll-up real-data test: ${file} not found`);

const END = '2021-06-19';
const BEFORE = '2021-06-12';

interface Raw {
  /** Every row of state "Nebraska" on each of the two days, summed as awk would: `$3 == "Nebraska" && $1 == day { s += $5 }`. */
  awk: { end: number; before: number };
  /** Per Nebraska series (FIPS, or "Unknown"): the running totals the pipeline accepts (a fall below the last is rejected). */
  accepted: Map<string, Map<string, number>>;
  /** Rows of other states' "Unknown", by state. */
  otherUnknown: Map<string, number>;
}

// The file has no quoted fields: every line has 6 comma-separated fields.
function readRaw(): Raw {
  const raw: Raw = { awk: { end: 0, before: 0 }, accepted: new Map(), otherUnknown: new Map() };
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (line === '') continue;
    const [date = '', county = '', state = '', fips = '', cases = ''] = line.split(',');
    if (state !== 'Nebraska') {
      if (fips === '' && county === 'Unknown') raw.otherUnknown.set(state, (raw.otherUnknown.get(state) ?? 0) + 1);
      continue;
    }
    if (date === END) raw.awk.end += Number(cases);
    if (date === BEFORE) raw.awk.before += Number(cases);
    const key = fips === '' ? county : fips;
    const series = raw.accepted.get(key) ?? new Map<string, number>();
    raw.accepted.set(key, series);
    const last = [...series.values()].at(-1) ?? 0;
    if (Number(cases) >= last) series.set(date, Number(cases));
  }
  return raw;
}

/** The accepted running total on `date` or the last reported day before it (0 before any). */
function totalOn(series: Map<string, number>, date: string): number {
  let total = 0;
  for (const [d, n] of series) if (d <= date) total = n;
  return total;
}

describe.skipIf(!present)('NYT Nebraska counties rolled up to the state, "Unknown" placed by its state', () => {
  let raw: Raw;
  let result: BuildResult;
  let state: CasesSummary;
  let entry: CasesDatasetEntry;
  let dataDir: string;

  beforeAll(async () => {
    raw = readRaw();
    dataDir = mkdtempSync(join(tmpdir(), 'atlas-nyt-ne-state-'));
    result = await buildData({ configPath: 'tests/realdata/configs/us-nyt-nebraska-state.config.ts', dataDir });
    entry = result.manifest.datasets.find((d) => d.id === 'nyt-nebraska-states') as CasesDatasetEntry;
    state = JSON.parse(
      readFileSync(join(dataDir, entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? ''), 'utf8'),
    ) as CasesSummary;
  }, 180_000);

  it('gives Nebraska its counties’ and its "Unknown" rise in the latest 7 days, as the raw file has it', () => {
    expect(state.completeUntil).toBe(END);
    let all = 0;
    for (const series of raw.accepted.values()) all += totalOn(series, END) - totalOn(series, BEFORE);
    const j = state.areas.code.indexOf('31');
    expect(state.areas.name[j]).toBe('Nebraska');
    expect(state.areas.latest[j]).toBe(all);
    // "Unknown" fell below its running total of 4 June 2021 and stayed there: it adds nothing that week.
    expect(state.areas.notPlaced?.[j]).toBe(0);
    // The plain column sums differ by the rows that fell (rejected, each with its reason).
    expect(raw.awk.end - raw.awk.before).toBeGreaterThanOrEqual(all);
    // The rate stays the counties' own: their population (none is configured here), not the rows of no area.
    expect(state.areas.population[j]).toBeNull();
  });

  it('gives every 7 days of the state’s trend the rise of all its rows, "Unknown" included', () => {
    const j = state.areas.code.indexOf('31');
    const series = JSON.parse(readFileSync(join(dataDir, state.areas.series[j] ?? ''), 'utf8')) as CasesSeries;
    const day = (i: number): string => new Date(Date.parse(series.start) + i * 86_400_000).toISOString().slice(0, 10);
    const unknown = raw.accepted.get('Unknown') as Map<string, number>;
    let weeks = 0;
    let withUnknown = 0;
    series.total7.forEach((figure, i) => {
      if (figure === null || i < 7) return;
      const [end, before] = [day(i), day(i - 7)];
      let rise = 0;
      for (const s of raw.accepted.values()) rise += totalOn(s, end) - totalOn(s, before);
      expect(figure, end).toBe(rise);
      weeks++;
      if (totalOn(unknown, end) > totalOn(unknown, before)) withUnknown++;
    });
    expect(weeks).toBeGreaterThan(200);
    // Weeks in which "Unknown" rose: without columns.parent the state's figure would miss that rise.
    expect(withUnknown).toBeGreaterThan(10);
  });

  it('keeps every row accounted for, and warns once of the other states\' "Unknown" with file, line and column', () => {
    const q = entry.quality;
    expect(q.rowsIn).toBe(1_294_282);
    expect(q.accepted + q.rejected).toBe(q.rowsIn);
    const coded = q.warningsCoded?.filter((w) => w?.code === 'rollUpParentUnknown') ?? [];
    expect(coded).toHaveLength(1);
    const w = coded[0];
    if (w?.code !== 'rollUpParentUnknown') throw new Error('no rollUpParentUnknown warning');
    expect(w.column).toBe('state');
    expect(w.items.length + w.more).toBe(raw.otherUnknown.size);
    for (const item of w.items) {
      expect(item.file).toContain('us_counties_covid19_nyt');
      expect(item.line).toBeGreaterThan(1);
    }
    expect(q.warningsCoded?.some((x) => x?.code === 'rollUpNotPlaced')).toBe(false);
  });
});
