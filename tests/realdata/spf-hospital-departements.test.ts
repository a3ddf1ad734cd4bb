/**
 * A real French file: Santé publique France's hospital figures by département
 * (tests/fixtures/real/spf-hospital-departements/), 18–20 March 2020 for eight départements, read
 * with the file's own column names: `;`-separated, quoted codes with a leading zero ("01") or
 * letters ("2A", "2B", "971"), one row per sex (metric) and cumulative deaths in hospital (`dc`).
 * The figures are checked against an independent reading of the file.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSummary } from '../../src/lib/cases-files.ts';

const dir = 'tests/fixtures/real/spf-hospital-departements';

const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'covid_hospit.csv'), 'utf8'), {
  header: true,
  delimiter: ';',
  skipEmptyLines: true,
}).data;

describe('Santé publique France: deaths in hospital by département, cumulative, by sex', () => {
  let entry: CasesDatasetEntry;
  let dataDir: string;
  const summary = (metric: string): CasesSummary =>
    JSON.parse(readFileSync(join(dataDir, entry.files[`summary-${metric}`] ?? ''), 'utf8')) as CasesSummary;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atlas-spf-'));
    const result = await buildData({ configPath: join(dir, 'spf-hospital.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as CasesDatasetEntry;
  }, 120_000);

  it('accounts for all 72 rows (8 départements, 3 days, 3 sexes): 72 accepted, none rejected', () => {
    expect(rows).toHaveLength(72);
    expect(entry.quality).toMatchObject({ rowsIn: 72, accepted: 72, rejected: 0 });
    expect(entry.metrics.map((m) => m.label).sort()).toEqual(['Décès, femmes', 'Décès, hommes', 'Décès, tous sexes']);
  });

  it('keeps the codes as written, "01" with its zero and Corsica’s "2A" and "2B", named from areaNames', () => {
    const s = summary('deces-tous-sexes');
    expect([...s.areas.code]).toEqual(['01', '02', '13', '2A', '2B', '68', '75', '971']);
    expect(s.areas.name[s.areas.code.indexOf('2A')]).toBe('Corse-du-Sud');
  });

  it("differences the cumulative deaths per département: Haut-Rhin's 74, 91, 105 are its starting total, then 17 and 14 a day", async () => {
    const s = summary('deces-tous-sexes');
    const file = s.areas.series[s.areas.code.indexOf('68')] ?? '';
    const series = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as {
      start: string;
      counts: (number | null)[];
    };
    const dc = rows.filter((r) => r.dep === '68' && r.sexe === '0').map((r) => Number(r.dc));
    expect(dc).toEqual([74, 91, 105]);
    // The file starts on 18 March with the deaths since 1 March: not 74 deaths that day.
    expect(series.start).toBe('2020-03-18');
    expect(series.counts).toEqual([null, (dc[1] ?? 0) - (dc[0] ?? 0), (dc[2] ?? 0) - (dc[1] ?? 0)]);
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'cumulativeBaseline',
      dataset: 'deces-hopital',
      date: '2020-03-18',
    });
  });

  it("gives each département's March total as its rise over the file's days, 63 in all for both sexes", () => {
    const csv = readFileSync(join(dataDir, entry.files['monthly-deces-tous-sexes'] ?? ''), 'utf8')
      .trim()
      .split('\n');
    const totals = new Map(csv.slice(1).map((l) => [l.split(',')[0], Number(l.split(',')[3])]));
    const on = (day: string) =>
      new Map(rows.filter((r) => r.sexe === '0' && r.jour === day).map((r) => [r.dep, Number(r.dc)]));
    const first = on('2020-03-18');
    const rise = new Map([...on('2020-03-20')].map(([dep, dc]) => [dep, dc - (first.get(dep) ?? 0)]));
    expect(totals).toEqual(rise);
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(63);
  });
});
