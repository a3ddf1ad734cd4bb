/**
 * A real Austrian series: AGES's daily COVID-19 cases per Bezirk
 * (tests/fixtures/real/ages-covid-bezirke/), a `;` file with day-first dates and a time
 * (`19.12.2020 00:00:00`), three-digit GKZ codes, names and populations on every row, configured
 * from the docs alone. Every day's count, 7-day total and rate is checked against the file's own
 * `AnzahlFaelle7Tage` and `SiebenTageInzidenzFaelle` (decimal commas), which the pipeline does not read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/build-data.ts';
import { buildCasesFixture, type CasesFixtureBuild } from './cases-fixture-build.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';

const dir = 'tests/fixtures/real/ages-covid-bezirke';

interface RawRow {
  day: string;
  name: string;
  code: string;
  population: number;
  count: number;
  sum7: number;
  incidence: number;
}

/** The file read by hand: `19.12.2020 00:00:00` becomes `2020-12-19`, `111,3965` 111.3965. */
function readRaw(): RawRow[] {
  const lines = readFileSync(join(dir, 'CovidFaelle_Timeline_GKZ-tirol-vorarlberg-wien.csv'), 'utf8')
    .trim()
    .split('\n');
  return lines.slice(1).map((line) => {
    const [time = '', name = '', code = '', population = '', count = '', , sum7 = '', incidence = ''] = line.split(';');
    const [d = '', m = '', y = ''] = time.slice(0, 10).split('.');
    return {
      day: `${y}-${m}-${d}`,
      name,
      code,
      population: Number(population),
      count: Number(count),
      sum7: Number(sum7),
      incidence: Number(incidence.replace(',', '.')),
    };
  });
}

describe('AGES COVID-19 cases per Bezirk, with the file’s own 7-day figures as the check', () => {
  const raw = readRaw();
  let result: BuildResult;
  let summary: CasesSummary;
  let read: CasesFixtureBuild['read'];
  const at = (code: string) => summary.areas.code.indexOf(code);

  beforeAll(async () => {
    ({ result, summary, read } = await buildCasesFixture(join(dir, 'ages-bezirke.config.ts'), 'atlas-ages-'));
  }, 120_000);

  it('accounts for every row (14 Bezirke, 15 days) with the codes and names the file gives', () => {
    expect(raw).toHaveLength(210);
    const entry = result.manifest.datasets[0] as CasesDatasetEntry;
    expect(entry.quality).toMatchObject({ rowsIn: 210, accepted: 210, rejected: 0 });
    // 01.01.2021 and 02.01.2021 read either way round, but the column's other dates do not: no warning.
    expect(entry.quality.warnings).toEqual([]);
    expect(summary.firstDate).toBe('2020-12-19');
    expect(summary.lastDate).toBe('2021-01-02');
    expect(summary.areas.code).toEqual([
      '701',
      '702',
      '703',
      '704',
      '705',
      '706',
      '707',
      '708',
      '709',
      '801',
      '802',
      '803',
      '804',
      '900',
    ]);
    expect(summary.areas.name[at('704')]).toBe('Kitzbühel');
    expect(summary.areas.name[at('900')]).toBe('Wien');
    expect(summary.areas.population[at('900')]).toBe(1_911_191);
  });

  it("gives every Bezirk's daily count, 7-day total and rate as AGES does, on each day of a full week", () => {
    let checked = 0;
    for (const code of summary.areas.code) {
      const series = read<CasesSeries>(summary.areas.series[at(code)] ?? '');
      const rows = raw.filter((r) => r.code === code);
      expect(rows, code).toHaveLength(15);
      expect(series.start).toBe('2020-12-19');
      rows.forEach((row, i) => expect(series.counts[i], `${code} ${row.day}`).toBe(row.count));
      for (const [i, row] of rows.entries()) {
        if (i < 6) continue;
        expect(series.total7[i], `${code} ${row.day}`).toBe(row.sum7);
        const rate = (row.sum7 / row.population) * 1e5;
        expect(rate, `${code} ${row.day}`).toBeCloseTo(row.incidence, 3);
        checked++;
      }
    }
    expect(checked).toBe(14 * 9);
  });

  it('shows the figures read by hand: Wien 2,311 cases and 120.9 per 100,000 in the 7 days to 2 January 2021', () => {
    const j = at('900');
    expect(summary.areas.latest[j]).toBe(2311);
    expect(summary.areas.previous[j]).toBe(2182);
    expect(summary.areas.change[j]).toBe(129);
    expect(summary.areas.changePct[j]).toBe(5.9);
    expect(summary.areas.rate[j]).toBe(120.9);
    // Landeck has the highest rate (313.1618 in the file), Innsbruck-Stadt the lowest (86.38916).
    expect(summary.areas.rank[at('706')]).toBe(1);
    expect(summary.areas.rate[at('706')]).toBe(313.2);
    expect(summary.areas.rank[at('701')]).toBe(14);
    const people = raw.filter((r) => r.day === '2021-01-02').reduce((n, r) => n + r.population, 0);
    expect(people).toBe(3_065_964);
    expect(summary.total.figures).toMatchObject({
      latest: 4292,
      previous: 3903,
      change: 389,
      rate: Math.round((4292 / people) * 1e6) / 10,
    });
  });
});
