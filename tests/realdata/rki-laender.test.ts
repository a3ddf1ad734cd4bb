/**
 * A real German series: the RKI's daily COVID-19 cases per Bundesland
 * (tests/fixtures/real/rki-covid-laender/), configured from the docs with a
 * metric column, a population per row and `areaNames` for the code-only file.
 * Every 7-day total and rate is checked against the RKI's own `Faelle_7-Tage`
 * and `Inzidenz_7-Tage` columns, which the pipeline does not read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/build-data.ts';
import { buildCasesFixture, type CasesFixtureBuild } from './cases-fixture-build.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';

const dir = 'tests/fixtures/real/rki-covid-laender';

interface RawRow {
  date: string;
  code: string;
  population: number;
  neu: number;
  sum7: number;
  incidence: number;
}

function readRaw(): RawRow[] {
  const lines = readFileSync(join(dir, 'rki-7tage-laender.csv'), 'utf8').trim().split('\n');
  return lines.slice(1).map((line) => {
    const [date = '', code = '', , population = '', , neu = '', sum7 = '', incidence = ''] = line.split(',');
    return {
      date,
      code,
      population: Number(population),
      neu: Number(neu),
      sum7: Number(sum7),
      incidence: Number(incidence),
    };
  });
}

describe('RKI COVID-19 cases per Bundesland, with the RKI 7-day figures as the check', () => {
  const raw = readRaw();
  let result: BuildResult;
  let summary: CasesSummary;
  let read: CasesFixtureBuild['read'];
  const at = (code: string) => summary.areas.code.indexOf(code);

  beforeAll(async () => {
    ({ result, summary, read } = await buildCasesFixture(join(dir, 'rki-laender.config.ts'), 'atlas-rki-laender-'));
  }, 120_000);

  it('accounts for every row and names the 16 Bundesländer from areaNames', () => {
    expect(raw).toHaveLength(224);
    expect((result.manifest.datasets[0] as CasesDatasetEntry).quality).toMatchObject({
      rowsIn: 224,
      accepted: 224,
      rejected: 0,
    });
    expect(summary.label).toBe('Fälle, alle Altersgruppen');
    expect(summary.areas.code).toHaveLength(16);
    expect(summary.areas.name[at('01')]).toBe('Schleswig-Holstein');
    expect(summary.areas.name[at('11')]).toBe('Berlin');
    expect(summary.areas.name[at('16')]).toBe('Thüringen');
  });

  it("gives every Bundesland's 7-day total and rate as the RKI does, on each day of a full week", () => {
    let checked = 0;
    for (const code of summary.areas.code) {
      const series = read<CasesSeries>(summary.areas.series[at(code)] ?? '');
      const rows = raw.filter((r) => r.code === code);
      expect(rows, code).toHaveLength(14);
      expect(series.population, code).toBe(rows[0]?.population);
      for (const row of rows.slice(6)) {
        const i = (Date.parse(row.date) - Date.parse(series.start)) / 86_400_000;
        expect(series.counts[i], `${code} ${row.date}`).toBe(row.neu);
        expect(series.total7[i], `${code} ${row.date}`).toBe(row.sum7);
        const rate = Math.round((row.sum7 / row.population) * 1e6) / 10;
        expect(rate, `${code} ${row.date}`).toBeCloseTo(row.incidence, 5);
        checked++;
      }
    }
    expect(checked).toBe(16 * 8);
  });

  it('shows the figures read by hand: Berlin 6,823 cases and 181.7 per 100,000 in the 7 days to 5 November 2020', () => {
    expect(summary.lastDate).toBe('2020-11-05');
    const j = at('11');
    expect(summary.areas.latest[j]).toBe(6823);
    expect(summary.areas.previous[j]).toBe(5877);
    expect(summary.areas.rate[j]).toBe(181.7);
    expect(summary.areas.rank[j]).toBe(2);
    expect(summary.areas.latest[at('09')]).toBe(20751);
    expect(summary.areas.rate[at('09')]).toBe(155.2);
    expect(summary.total.figures).toMatchObject({ latest: 119_561, rate: 141.7 });
  });
});
