/**
 * A real county file from Ireland: the HPSC's cumulative confirmed COVID-19 cases
 * (tests/fixtures/real/hpsc-ireland-counties/), whose dates are written year first with `/`
 * and a time (`2021/04/06 00:00:00+00`, as ArcGIS Hub exports write them). Every figure is
 * checked against a reading of the raw file made here without the pipeline.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import { buildCasesFixture, type CasesFixtureBuild } from './cases-fixture-build.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';

const dir = 'tests/fixtures/real/hpsc-ireland-counties';

/** Running totals by county and ISO day, and each county's population, from the raw lines. */
function readRaw() {
  // No field is quoted and none holds a comma: 16 fields a line.
  const lines = readFileSync(join(dir, 'Covid19CountyStatisticsHPSCIreland-extract.csv'), 'utf8').trim().split('\n');
  const totals = new Map<string, Map<string, number>>();
  const population = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    expect(f).toHaveLength(16);
    const [, , county = '', pop = '', stamp = ''] = f;
    const byDay = totals.get(county) ?? new Map<string, number>();
    byDay.set(stamp.slice(0, 10).replaceAll('/', '-'), Number(f[10]));
    totals.set(county, byDay);
    population.set(county, Number(pop));
  }
  return { rows: lines.length - 1, totals, population };
}

describe('HPSC cumulative COVID-19 cases by Irish county', () => {
  const raw = readRaw();
  let result: BuildResult;
  let summary: CasesSummary;
  let read: CasesFixtureBuild['read'];
  const at = (county: string) => summary.areas.code.indexOf(county);

  beforeAll(async () => {
    ({ result, summary, read } = await buildCasesFixture(join(dir, 'hpsc-ireland.config.ts'), 'atlas-hpsc-ireland-'));
  }, 120_000);

  it('reads every year-first date: 104 rows in, 104 accepted, from 6 to 13 April 2021', () => {
    expect(raw.rows).toBe(104);
    const entry = result.manifest.datasets[0] as CasesDatasetEntry;
    expect(entry.quality).toMatchObject({ rowsIn: 104, accepted: 104, rejected: 0 });
    expect(entry).toMatchObject({ firstDate: '2021-04-06', lastDate: '2021-04-13' });
    expect(summary.areas.code).toEqual([...raw.totals.keys()]);
    expect(summary.areas.name).toEqual([...raw.totals.keys()]);
  });

  it("takes each day's count as the rise on the day before, the first day being the baseline", () => {
    for (const [county, byDay] of raw.totals) {
      const series = read<CasesSeries>(summary.areas.series[at(county)] ?? '');
      expect(series.start, county).toBe('2021-04-06');
      const days = [...byDay.values()];
      expect(series.counts, county).toEqual([null, ...days.slice(1).map((v, i) => v - (days[i] ?? 0))]);
    }
  });

  it('gives the 7-day totals and rates checked by hand', () => {
    const latest = (county: string) => summary.areas.latest[at(county)];
    const rate = (county: string) => summary.areas.rate[at(county)];
    // 13 April: Dublin 85,606 − 84,383 (6 April); Carlow 2,796 − 2,781.
    expect(latest('Dublin')).toBe(1223);
    expect(rate('Dublin')).toBe(90.8);
    expect(latest('Carlow')).toBe(15);
    expect(summary.areas.population[at('Dublin')]).toBe(1_347_359);
    for (const [county, byDay] of raw.totals) {
      expect(latest(county), county).toBe((byDay.get('2021-04-13') ?? 0) - (byDay.get('2021-04-06') ?? 0));
      expect(summary.areas.population[at(county)], county).toBe(raw.population.get(county));
    }
    expect(summary.total.population).toBe(3_340_485);
    expect(summary.total.figures).toMatchObject({ latest: 2143, rate: 64.2 });
  });
});

describe('HPSC county file read with a dateFormat that cannot read it', () => {
  it('stops with the file, a value it could not read, its line and the dateFormat that reads it', async () => {
    // The same file and config with `dateFormat: "iso"`, which takes only YYYY-MM-DD.
    const work = mkdtempSync(join(tmpdir(), 'atlas-hpsc-iso-'));
    const csv = 'Covid19CountyStatisticsHPSCIreland-extract.csv';
    copyFileSync(join(dir, csv), join(work, csv));
    const config = readFileSync(join(dir, 'hpsc-ireland.config.ts'), 'utf8')
      .replace("countType: 'cumulative',", "countType: 'cumulative', dateFormat: 'iso',")
      .replace("'../../../../src/", `'${process.cwd()}/src/`);
    expect(config).toContain("dateFormat: 'iso'");
    writeFileSync(join(work, 'iso.config.ts'), config);
    const built = await buildData({ configPath: join(work, 'iso.config.ts'), dataDir: join(work, 'out') });
    expect(built.failed.map((f) => f.message)).toEqual([
      'covid-19 (Covid19CountyStatisticsHPSCIreland-extract.csv): none of the 104 rows was accepted. ' +
        'Top reasons: not a date (expected YYYY-MM-DD) (104). Dates: column "TimeStamp" holds ' +
        '"2021/04/06 00:00:00+00" (Covid19CountyStatisticsHPSCIreland-extract.csv, line 2), which dateFormat ' +
        '"ymd" reads: set datasets[covid-19].dateFormat to "ymd". ' +
        "Fix the file or the dataset's column mapping (columns.*).",
    ]);
  });
});
