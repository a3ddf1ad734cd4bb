/**
 * A real file wide by area: SSI's daily new COVID-19 admissions per Danish region
 * (tests/fixtures/real/ssi-regions-admitted/), one column per region, configured from the docs with
 * `columns.areas`. Every region's daily counts and 7-day totals are checked against an independent
 * reading of the raw cells, and the five regions plus the file's "Ukendt Region" column against its own
 * `Total` column, which the pipeline does not read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/build-data.ts';
import { buildCasesFixture, type CasesFixtureBuild } from './cases-fixture-build.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';

const dir = 'tests/fixtures/real/ssi-regions-admitted';
const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'];

function readRaw(): { header: string[]; rows: string[][] } {
  const [head = '', ...lines] = readFileSync(join(dir, 'Newly_admitted_over_time.csv'), 'utf8').trim().split('\n');
  return { header: head.split(';'), rows: lines.map((l) => l.split(';')) };
}

describe('SSI new admissions per Danish region, a file with one column per region', () => {
  const raw = readRaw();
  let result: BuildResult;
  let summary: CasesSummary;
  let read: CasesFixtureBuild['read'];

  beforeAll(async () => {
    ({ result, summary, read } = await buildCasesFixture(join(dir, 'ssi-regions.config.ts'), 'atlas-ssi-regions-'));
  }, 120_000);

  it('accounts for every cell of the five region columns, and names the regions from areaNames', () => {
    expect(raw.rows).toHaveLength(61);
    const q = (result.manifest.datasets[0] as CasesDatasetEntry).quality;
    expect(q).toMatchObject({ unit: 'cells', rowsIn: 305, accepted: 305, rejected: 0, warnings: [] });
    expect(q.files[0]).toMatchObject({ rows: 61, cells: 305, delimiter: ';', areaColumns: REGIONS });
    expect(summary.label).toBe('Nyindlagte');
    expect(summary.areas.name).toHaveLength(5);
    expect([...summary.areas.name].sort()).toEqual(REGIONS.map((r) => `Region ${r}`).sort());
  });

  it("gives each region's daily counts and 7-day totals as its column holds them", () => {
    let checked = 0;
    for (const region of REGIONS) {
      const column = raw.header.indexOf(region);
      const i = summary.areas.name.indexOf(`Region ${region}`);
      const series = read<CasesSeries>(summary.areas.series[i] ?? '');
      expect(series.start).toBe('2020-10-01');
      const cells = raw.rows.map((r) => Number(r[column]));
      expect(series.counts).toEqual(cells);
      for (let d = 6; d < cells.length; d++) {
        expect(series.total7[d], `${region} day ${d}`).toBe(cells.slice(d - 6, d + 1).reduce((a, b) => a + b, 0));
        checked++;
      }
    }
    expect(checked).toBe(5 * 55);
  });

  it("adds up to the file's own Total with its Ukendt Region column, day by day", async () => {
    const total = read<CasesSeries>(summary.total.series);
    const unknown = raw.header.indexOf('Ukendt Region');
    const own = raw.header.indexOf('Total');
    raw.rows.forEach((r, d) => {
      expect(Number(total.counts[d]) + Number(r[unknown]), r[0]).toBe(Number(r[own]));
    });
    // Read by hand: 52 admitted on 4 November 2020 in the five regions (Total 52, none unknown).
    expect(total.counts[raw.rows.findIndex((r) => r[0] === '2020-11-04')]).toBe(52);
    expect(summary.lastDate).toBe('2020-11-30');
  });
});
