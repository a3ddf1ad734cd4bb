/**
 * Dates `dateFormat: "auto"` reads day first though nothing in the column shows the order: the data
 * step warns, naming the file, the column, an example, how it was read and the fix, and decides on
 * the whole column, not its first rows.
 */
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../src/pipeline/build-data.ts';
import { DayMonthOrder } from '../../../../src/pipeline/run/day-month-order.ts';
import { casesDataset, writeSite } from '../../test-site.ts';

/** A cases file of one area with the given dates (one row each). */
async function warningsFor(dates: readonly string[], extra: object = {}): Promise<string[]> {
  const dataset = casesDataset({ columns: { area: 'area', date: 'Week End', count: 'count' }, ...extra });
  const csv = ['Week End,area,count', ...dates.map((d, i) => `${d},A1,${i}`)].join('\n') + '\n';
  const { configPath, dir } = writeSite(
    { site: { title: 'Dates', council: 'Test' }, areaLayers: {}, datasets: [dataset] },
    { 'cases.csv': csv },
  );
  const result = await buildData({ configPath, dataDir: `${dir}/out` });
  return result.manifest.datasets[0]?.quality.warnings ?? [];
}

// Days 1 to 12 of the months 1 to 12: every one reads either way round.
const AMBIGUOUS = Array.from({ length: 40 }, (_, i) => `${String((i % 12) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2021`);

describe('dates read day first that could be month first', () => {
  it('warns with the file, the column, an example, how it was read and the fix', async () => {
    const warnings = await warningsFor(['04/05/2021', '05/05/2021', '06/05/2021']);
    expect(warnings).toContain(
      'cases.csv: every date in column "Week End" reads either day first or month first (none has a first number above 12; 3 in all, such as "04/05/2021"), ' +
        'and dateFormat "auto" read them day first: "04/05/2021" is 2021-05-04. If the file writes the month first (US files do), set dateFormat: "mdy"; ' +
        'if it writes the day first, set dateFormat: "dmy" to say so.',
    );
  });

  it('decides on the whole column: one day above 12 after many ambiguous dates shows it is day first', async () => {
    const warnings = await warningsFor([...AMBIGUOUS, '13/10/2021']);
    expect(warnings.filter((w) => w.includes('day first or month first'))).toEqual([]);
  });

  it('says nothing when the dateFormat is given, or the dates are year first', async () => {
    for (const extra of [{ dateFormat: 'dmy' }, { dateFormat: 'mdy' }]) {
      const warnings = await warningsFor(['04/05/2021', '05/05/2021'], extra);
      expect(warnings.filter((w) => w.includes('day first or month first'))).toEqual([]);
    }
    expect(await warningsFor(['2021-05-04', '2021/05/05'])).toEqual([]);
  });

  it('counts distinct dates, and keeps each file and column apart', () => {
    const order = new DayMonthOrder();
    for (const d of ['1/2/2020', '1/2/2020', '3/2/2020 00:00']) order.see(d, 'a.csv', 'date');
    order.see('1/2/2020', 'b.csv', 'date');
    order.see('25/2/2020', 'b.csv', 'date');
    expect(order.warnings()).toEqual([
      { code: 'datesAmbiguous', file: 'a.csv', column: 'date', dates: 2, example: '1/2/2020', read: '2020-02-01' },
    ]);
  });
});
