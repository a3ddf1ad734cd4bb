/**
 * A real Italian series: the Protezione Civile's daily files per region
 * (tests/fixtures/real/dpc-covid-regioni/), eight files of one day each, two of them with three
 * more columns, read as cumulative `totale_casi`. The file starts mid-epidemic (Lombardia already
 * at 162,968 cases), so its first day is a baseline, not a day's cases. Every day after it is
 * checked against the totals' own differences and against the DPC's `nuovi_positivi`, which the
 * pipeline does not read and which differs only where the file's notes say cases were removed.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';

const dir = 'tests/fixtures/real/dpc-covid-regioni';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort();
const rows = files.flatMap(
  (f) =>
    Papa.parse<Record<string, string>>(readFileSync(join(dir, f), 'utf8'), { header: true, skipEmptyLines: true }).data,
);

describe('Protezione Civile: COVID-19 cases per region, one file a day, cumulative from mid-epidemic', () => {
  let entry: CasesDatasetEntry;
  let summary: CasesSummary;
  let dataDir: string;
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
  const at = (code: string) => summary.areas.code.indexOf(code);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atlas-dpc-'));
    const result = await buildData({ configPath: join(dir, 'dpc-regioni.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as CasesDatasetEntry;
    summary = read<CasesSummary>(entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? '');
  }, 120_000);

  it('accounts for every row of the 8 files (21 regions a day), codes kept with their zero and named', () => {
    expect(files).toHaveLength(8);
    expect(rows).toHaveLength(168);
    expect(entry.quality).toMatchObject({ rowsIn: 168, accepted: 168, rejected: 0 });
    expect(summary.areas.code).toHaveLength(21);
    expect(summary.areas.name[at('03')]).toBe('Lombardia');
    expect(summary.areas.name[at('02')]).toBe("Valle d'Aosta");
    expect(summary.areas.name[at('21')]).toBe('P.A. Bolzano');
  });

  it("takes the first day's totals as the baseline and says so: Lombardia's 162,968 is not one day's cases", () => {
    const lombardia = read<CasesSeries>(summary.areas.series[at('03')] ?? '');
    expect(lombardia.start).toBe('2020-10-27');
    expect(lombardia.counts[0]).toBeNull();
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'cumulativeBaseline',
      dataset: 'covid-19',
      date: '2020-10-27',
    });
    const total = read<CasesSeries>(summary.total.series);
    expect(Math.max(...total.counts.map((c) => (typeof c === 'number' ? c : 0)))).toBeLessThan(40_000);
  });

  it("gives each later day the rise in totale_casi, which is the DPC's nuovi_positivi except where cases were removed", () => {
    const differing: string[] = [];
    for (const code of summary.areas.code) {
      const series = read<CasesSeries>(summary.areas.series[at(code)] ?? '');
      const own = rows.filter((r) => r.codice_regione === code);
      expect(own, code).toHaveLength(8);
      for (let i = 1; i < own.length; i++) {
        const rise = Number(own[i]?.totale_casi) - Number(own[i - 1]?.totale_casi);
        expect(series.counts[i], `${code} ${own[i]?.data}`).toBe(rise);
        if (rise !== Number(own[i]?.nuovi_positivi)) differing.push(`${code} ${(own[i]?.data ?? '').slice(0, 10)}`);
      }
    }
    // Each of these rows' notes says cases were removed or yesterday's total corrected.
    expect(differing.sort()).toEqual([
      '08 2020-10-28',
      '08 2020-10-29',
      '08 2020-10-30',
      '08 2020-10-31',
      '08 2020-11-01',
      '08 2020-11-03',
      '13 2020-10-29',
      '18 2020-10-30',
    ]);
  });

  it('shows the figures read by hand: Lombardia 53,465 cases in the 7 days to 3 November, 195,051 in all regions', () => {
    expect(summary.lastDate).toBe('2020-11-03');
    expect(summary.areas.latest[at('03')]).toBe(53_465);
    expect(summary.areas.previous[at('03')]).toBeNull();
    const sum = (day: string) =>
      rows.filter((r) => (r.data ?? '').startsWith(day)).reduce((n, r) => n + Number(r.totale_casi), 0);
    expect(sum('2020-11-03') - sum('2020-10-27')).toBe(195_051);
    expect(summary.total).toMatchObject({ areaCount: 21, areasInLatest: 21 });
    expect(summary.total.figures.latest).toBe(195_051);
  });
});
