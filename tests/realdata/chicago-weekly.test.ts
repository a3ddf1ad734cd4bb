/**
 * A real weekly series: the City of Chicago's weekly COVID-19 cases by ZIP code
 * (tests/fixtures/real/chicago-covid-zip-weekly/), configured with
 * `period: "week"`. Row accounting and every weekly figure are checked against
 * a reading of the raw file made here without the pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/build-data.ts';
import { buildCasesFixture, type CasesFixtureBuild } from './cases-fixture-build.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../src/lib/cases-files.ts';
import { trendRows } from '../../src/lib/cases/trend-rows.ts';

const dir = 'tests/fixtures/real/chicago-covid-zip-weekly';

/** Weekly cases by ZIP code and ISO week end, and the rows without a count, read from the raw lines. */
function readRaw() {
  // The file has no quoted fields (every line has 21 fields, the point's coordinates are space-separated).
  const lines = readFileSync(join(dir, 'covid-19-cases-by-zip-head.csv'), 'utf8').trim().split('\n');
  const weeks = new Map<string, Map<string, number>>();
  const population = new Map<string, number>();
  let blank = 0;
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    expect(f).toHaveLength(21);
    const [zip = '', , , end = '', cases = ''] = f;
    if (cases === '') {
      blank++;
      continue;
    }
    const [mm, dd, yyyy] = end.split('/');
    const byWeek = weeks.get(zip) ?? new Map<string, number>();
    byWeek.set(`${yyyy}-${mm}-${dd}`, Number(cases));
    weeks.set(zip, byWeek);
    population.set(zip, Number(f[18]));
  }
  return { rows: lines.length - 1, blank, weeks, population };
}

describe('Chicago weekly COVID-19 cases by ZIP code, taken as weeks', () => {
  const raw = readRaw();
  let result: BuildResult;
  let summary: CasesSummary;
  let read: CasesFixtureBuild['read'];
  const seriesOf = (zip: string) => read<CasesSeries>(summary.areas.series[summary.areas.code.indexOf(zip)] ?? '');
  const dayOf = (series: CasesSeries, iso: string) => (Date.parse(iso) - Date.parse(series.start)) / 86_400_000;

  beforeAll(async () => {
    ({ result, summary, read } = await buildCasesFixture(
      join(dir, 'chicago-weekly.config.ts'),
      'atlas-chicago-weekly-',
    ));
  }, 120_000);

  it('accounts for every row: 37 in, 36 weekly counts accepted, the blank count rejected', () => {
    expect(raw).toMatchObject({ rows: 37, blank: 1 });
    const q = (result.manifest.datasets[0] as CasesDatasetEntry).quality;
    expect(q).toMatchObject({ rowsIn: 37, accepted: 36, rejected: 1 });
    expect(q.rejectedByReason).toEqual([
      { reason: 'count is missing', reasonCoded: { code: 'countMissing' }, count: 1 },
    ]);
    expect(q.sampleRejections[0]).toMatchObject({
      line: 36,
      column: 'Cases - Weekly',
      code: '60619',
      date: '03/14/2020',
    });
    expect(summary.areas.code).toEqual(['60601', '60602', '60603', '60606', '60607']);
  });

  it("keeps each week's count on the week's last day, covering 7 days, with the week's own total", () => {
    for (const [zip, byWeek] of raw.weeks) {
      const series = seriesOf(zip);
      const expected = [...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b));
      // Every non-zero day of the series is a week end of the file, with that week's count.
      const drawn = series.counts.flatMap((c, i) => (typeof c === 'number' && c > 0 ? [i] : []));
      expect(drawn, zip).toEqual(expected.filter(([, n]) => n > 0).map(([end]) => dayOf(series, end)));
      for (const [end, n] of expected) {
        const i = dayOf(series, end);
        expect(series.counts[i], `${zip} ${end}`).toBe(n);
        expect(series.total7[i], `${zip} ${end}: 7-day total`).toBe(n);
      }
      expect(series.reportedFor, zip).toEqual(expected.map(([end]) => [dayOf(series, end), 7]));
    }
  });

  it('gives 60606 its 20 published weeks, 2 cases in the week ending 11 April 2020 to 17 in the week ending 28 November', () => {
    const weeks = raw.weeks.get('60606') as Map<string, number>;
    expect(weeks.size).toBe(20);
    expect(weeks.get('2020-04-11')).toBe(2);
    expect(weeks.get('2020-11-28')).toBe(17);
    const rows = trendRows(seriesOf('60606'), 'all', null).filter((r) => r.days === 7);
    expect(rows.map((r) => [r.date, r.count])).toEqual([...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)));
  });

  it("takes each ZIP code's population from its rows, for weekly rates", () => {
    for (const [zip, people] of raw.population) {
      const j = summary.areas.code.indexOf(zip);
      expect(summary.areas.population[j], zip).toBe(people);
    }
    expect(summary.areas.population[summary.areas.code.indexOf('60607')]).toBe(29_591);
  });
});
