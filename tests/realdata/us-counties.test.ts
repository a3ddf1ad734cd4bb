/**
 * The NYT US counties file (../shared/data) joined by FIPS without boundaries: rows
 * with a blank FIPS are rejected under the place name the file gives them (a city
 * reported under a blank code must not vanish without its name), and counties that
 * share a name are told apart. Counts checked against a plain reading of the raw CSV
 * (it has no quoted fields). A fresh clone without ../shared/data skips visibly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { CasesSummary } from '../../src/lib/cases-files.ts';

const DATA = path.resolve(import.meta.dirname, '../../../shared/data');
const FILE = path.join(DATA, 'disease/us_counties_covid19_nyt_live_daily_2020-05-14_2021-06-19.csv');
const exists = fs.existsSync(FILE);
if (!exists) console.warn('skipping US counties real-data tests: ../shared/data not found');

describe.skipIf(!exists)('NYT US counties joined by FIPS without a layer', () => {
  let result: BuildResult;
  let dataDir: string;
  /** Independent reading: blank-FIPS rows per county name; county names per FIPS. */
  const blankByName = new Map<string, number>();
  const nameOf = new Map<string, string>();

  beforeAll(async () => {
    for (const line of fs.readFileSync(FILE, 'utf8').split('\n').slice(1)) {
      if (line.trim() === '') continue;
      const [, county = '', , fips = ''] = line.split(',');
      if (fips === '') blankByName.set(county, (blankByName.get(county) ?? 0) + 1);
      else if (!nameOf.has(fips)) nameOf.set(fips, county);
    }
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-us-'));
    result = await buildData({ configPath: 'tests/realdata/configs/us-counties.config.ts', dataDir });
  }, 300_000);

  it('rejects every blank-FIPS row, and the rejected-rows file names each place', () => {
    const q = result.manifest.datasets[0]?.quality;
    expect(q?.rowsIn).toBe(1_294_282);
    expect(q?.rejectedByReason).toContainEqual({
      reason: 'area code is missing',
      reasonCoded: { code: 'areaCodeMissing' },
      count: 11_811,
    });
    const csv = fs.readFileSync(path.join(dataDir, result.manifest.datasets[0]?.files.rejections ?? ''), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('file,line,column,reason,value,code,name,date');
    const byName = new Map<string, number>();
    for (const l of lines.slice(1)) {
      const f = l.split(',');
      if (f[3] === 'area code is missing') byName.set(f[6] ?? '', (byName.get(f[6] ?? '') ?? 0) + 1);
    }
    expect(byName).toEqual(blankByName);
    expect(byName.get('New York City')).toBe(402);
    expect(byName.get('Kansas City')).toBe(402);
    expect(byName.get('Joplin')).toBe(359);
  });

  it('tells counties that share a name apart by their code, and keeps unique names as they are', () => {
    const entry = result.manifest.datasets[0];
    const metric = entry?.kind === 'cases' ? entry.metrics[0] : undefined;
    const summary = JSON.parse(
      fs.readFileSync(path.join(dataDir, entry?.files[metric?.summaryFile ?? ''] ?? ''), 'utf8'),
    ) as CasesSummary;
    expect(summary.areas.code.length).toBe(nameOf.size);
    expect(new Set(summary.areas.name).size).toBe(summary.areas.name.length);
    const shared = [...nameOf.values()].filter((n, _, all) => all.indexOf(n) !== all.lastIndexOf(n));
    expect(shared.length).toBeGreaterThan(100);
    const at = (code: string): string | undefined => summary.areas.name[summary.areas.code.indexOf(code)];
    expect(at('17001')).toBe('Adams (17001)');
    expect(at('08001')).toBe('Adams (08001)');
    expect(at('06037')).toBe('Los Angeles');
  });
});
