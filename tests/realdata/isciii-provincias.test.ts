/**
 * A real Spanish province file: the ISCIII's COVID-19 cases by province
 * (tests/fixtures/real/isciii-provincias/), coded ISO 3166-2:ES without `ES-`. Navarra's code is
 * `NA`, a built-in missing value: it must be an area, not a missing code. Figures are checked
 * against a reading of the raw file made here without the pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/build-data.ts';
import { buildCasesFixture, type CasesFixtureBuild } from './cases-fixture-build.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';

const dir = 'tests/fixtures/real/isciii-provincias';

/** Cases by province code, day by day, from the raw lines (no field is quoted). */
function readRaw() {
  const lines = readFileSync(join(dir, 'casos_tecnica_provincia-extract.csv'), 'utf8').trim().split('\n');
  const byCode = new Map<string, number[]>();
  for (const line of lines.slice(1)) {
    const [code = '', , cases = ''] = line.split(',');
    byCode.set(code, [...(byCode.get(code) ?? []), Number(cases)]);
  }
  return { rows: lines.length - 1, byCode };
}

describe('ISCIII COVID-19 cases by Spanish province, with Navarra coded NA', () => {
  const raw = readRaw();
  let result: BuildResult;
  let summary: CasesSummary;
  let read: CasesFixtureBuild['read'];

  beforeAll(async () => {
    ({ result, summary, read } = await buildCasesFixture(join(dir, 'isciii-provincias.config.ts'), 'atlas-isciii-'));
  }, 120_000);

  it('accepts all 136 rows: Navarra (NA) is an area, not a missing code', () => {
    expect(result.failed).toEqual([]);
    expect(raw.rows).toBe(136);
    expect(raw.byCode.get('NA')).toHaveLength(8);
    const q = (result.manifest.datasets[0] as CasesDatasetEntry).quality;
    expect(q).toMatchObject({ rowsIn: 136, accepted: 136, rejected: 0 });
    expect(summary.areas.code).toEqual([...raw.byCode.keys()]);
    expect(summary.areas.name[summary.areas.code.indexOf('NA')]).toBe('Navarra');
    expect(summary.areas.name[summary.areas.code.indexOf('NC')]).toBe('Province not recorded');
  });

  it('keeps each province’s daily cases as the file gives them: Madrid 1 on 1 January, Gipuzkoa 4 in the 8 days', () => {
    for (const [code, days] of raw.byCode) {
      const series = read<CasesSeries>(summary.areas.series[summary.areas.code.indexOf(code)] ?? '');
      expect(series.start, code).toBe('2020-01-01');
      expect(series.counts, code).toEqual(days);
    }
    const latest = (code: string) => summary.areas.latest[summary.areas.code.indexOf(code)];
    // The 7 days to 8 January: Gipuzkoa 2, 3 and 8 January; Lleida 3 January; Madrid's case was on the 1st.
    expect(latest('SS')).toBe(3);
    expect(latest('L')).toBe(1);
    expect(latest('M')).toBe(0);
    expect(latest('NA')).toBe(0);
    expect(summary.total.figures.latest).toBe(4);
  });
});
