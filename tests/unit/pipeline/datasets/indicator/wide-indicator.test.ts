/**
 * Wide indicator files (one column per period) through the real data step: the reshape into one
 * value per area and period, and the accounting of every cell (accepted or rejected with file,
 * line, column and reason, counted in cells).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import { indicatorDatasetSchema } from '../../../../../src/pipeline/config/schema.ts';
import type { IndicatorFile } from '../../../../../src/lib/indicator-files.ts';
import type { IndicatorDatasetEntry } from '../../../../../src/lib/manifest.ts';
import { tempDirs } from '../../../temp-dirs.ts';

const tempDir = tempDirs();

const source = { publisher: 'Test', licence: 'OGL' };

/** Builds one indicator dataset from the given files; returns its manifest entry and each indicator's figures. */
async function build(files: Record<string, string>, dataset: Record<string, unknown>) {
  const dir = tempDir('atlas-wide-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const config = {
    site: { title: 'Wide', council: 'Test' },
    datasets: [{ id: 'ind', kind: 'indicator', title: 'Recycling rate', join: { by: 'code' }, source, ...dataset }],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const dataDir = join(dir, 'out');
  const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
  const entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
  const figures = (slug: string): IndicatorFile =>
    JSON.parse(readFileSync(join(dataDir, entry.files[`indicators/${slug}`] ?? ''), 'utf8')) as IndicatorFile;
  const rejections = readFileSync(join(dataDir, entry.files.rejections ?? ''), 'utf8')
    .trim()
    .split('\r\n');
  return { entry, figures, rejections };
}

describe('wide indicator files', () => {
  it('reads one value per area and period column, and accounts for every cell: in = accepted + rejected', async () => {
    const csv = [
      'Area Code,Area Name,2017/18,2018/19,2019/20,Notes',
      'E1,England,40.1,41.2,42.3,national', // the benchmark's own row
      'A1,Ash,38.5,,39.9,', // a blank cell: missing, as in a long file
      'A2,Birch,c,44.0,45.5,', // suppressed by the publisher
      'A3,,x,50,51,', // not a number; the name comes from areaNames
      ',Nowhere,1,2,3,', // no area code: each of its 3 cells is rejected
    ].join('\n');
    const { entry, figures, rejections } = await build(
      { 'rates.csv': csv },
      {
        file: 'rates.csv',
        columns: { area: 'Area Code', areaName: 'Area Name', periods: ['2017/18', '2018/19', '2019/20'] },
        benchmark: 'E1',
        suppressedValues: ['c'],
        areaNames: { A3: 'Cedar' },
        maxRejectedShare: 0.5,
        unit: '%',
      },
    );
    const q = entry.quality;
    expect(q).toMatchObject({ unit: 'cells', rowsIn: 15, accepted: 10, rejected: 5 });
    expect(q.rowsIn).toBe(q.accepted + q.rejected);
    expect(q.files[0]).toMatchObject({ rows: 5, cells: 15, periodColumns: ['2017/18', '2018/19', '2019/20'] });
    expect(q.sampleRejections.map((r) => [r.line, r.column, r.reason, r.value, r.date])).toEqual([
      [3, '2018/19', 'value is missing', '', '2018/19'],
      [5, '2017/18', 'value is not a number', 'x', '2017/18'],
      [6, 'Area Code', 'area code is missing', '', '2017/18'],
      [6, 'Area Code', 'area code is missing', '', '2018/19'],
      [6, 'Area Code', 'area code is missing', '', '2019/20'],
    ]);
    // The rejected-rows file has every cell, with the file, and the name of the area it was about.
    expect(rejections[0]).toBe('file,line,column,reason,value,code,name,date');
    expect(rejections[1]).toBe('rates.csv,3,2018/19,value is missing,,A1,Ash,2018/19');
    expect(rejections).toHaveLength(6);
    expect(entry.periods).toEqual(['2017/18', '2018/19', '2019/20']);
    const f = figures('ind');
    expect(f.areas.map((a) => [a.code, a.name, a.values])).toEqual([
      ['A1', 'Ash', [38.5, null, 39.9]],
      ['A2', 'Birch', ['s', 44, 45.5]],
      ['A3', 'Cedar', [null, 50, 51]],
    ]);
    // The file's own benchmark row gives the benchmark values; it is not an area.
    expect(f.benchmarks[0]).toMatchObject({ code: 'E1', name: 'England', values: [40.1, 41.2, 42.3] });
  });

  it('reads ";" files with decimal commas, periods by pattern and label, an indicator from file values, several files', async () => {
    const header = 'Kreis;Name;Einheit;Jahr 2019;Jahr 2020;Jahr 2021';
    const { entry, figures } = await build(
      {
        'quote.csv': [header, '01001;Flensburg;%;7,5;8,25;6,0', '01002;Kiel;%;6,1;-;5,9'].join('\n'),
        'dichte.csv': [header, '01001;Flensburg;je km²;1.601,5;1.612,0;1.620,25'].join('\n'),
      },
      {
        file: [
          { path: 'quote.csv', values: { Indikator: 'Arbeitslosenquote' } },
          { path: 'dichte.csv', values: { Indikator: 'Einwohnerdichte' } },
        ],
        delimiter: ';',
        decimalSeparator: ',',
        missingValues: ['-'],
        columns: {
          area: 'Kreis',
          areaName: 'Name',
          indicator: 'Indikator',
          periods: { pattern: '^Jahr (\\d{4})$', label: '$1' },
        },
        maxRejectedShare: 0.5,
      },
    );
    expect(entry.quality).toMatchObject({ unit: 'cells', rowsIn: 9, accepted: 8, rejected: 1 });
    expect(entry.quality.files.map((f) => [f.path, f.delimiter, f.cells, f.periodColumns])).toEqual([
      ['quote.csv', ';', 6, ['Jahr 2019', 'Jahr 2020', 'Jahr 2021']],
      ['dichte.csv', ';', 3, ['Jahr 2019', 'Jahr 2020', 'Jahr 2021']],
    ]);
    expect(entry.quality.sampleRejections.map((r) => [r.file, r.line, r.column, r.reason, r.date])).toEqual([
      ['quote.csv', 3, 'Jahr 2020', 'value is missing', '2020'],
    ]);
    expect(entry.indicators).toEqual(['Arbeitslosenquote', 'Einwohnerdichte']);
    expect(entry.periods).toEqual(['2019', '2020', '2021']);
    const quote = figures(entry.series[0]?.slug ?? '');
    expect(quote.areas.map((a) => [a.code, a.values])).toEqual([
      ['01001', [7.5, 8.25, 6]],
      ['01002', [6.1, null, 5.9]],
    ]);
    expect(figures(entry.series[1]?.slug ?? '').areas[0]?.values).toEqual([1601.5, 1612, 1620.25]);
  });

  it('rejects each cell of a malformed row under its own column, and the cells of a repeated area as duplicates', async () => {
    const csv = ['code,2021,2022', 'A1,1,2', 'A2,3,4,5', 'A1,6,7', 'A3,8,9'].join('\n');
    const { entry } = await build(
      { 'w.csv': csv },
      { file: 'w.csv', columns: { area: 'code', periods: { pattern: '^\\d{4}$' } }, maxRejectedShare: 0.6 },
    );
    const q = entry.quality;
    expect(q).toMatchObject({ rowsIn: 8, accepted: 4, rejected: 4, duplicates: 2 });
    expect(q.sampleRejections.map((r) => [r.line, r.column, r.reason, r.date])).toEqual([
      [3, '2021', 'row has 4 fields, the header has 3', '2021'],
      [3, '2022', 'row has 4 fields, the header has 3', '2022'],
      [4, '2021', 'duplicate of an earlier row', '2021'],
      [4, '2022', 'duplicate of an earlier row', '2022'],
    ]);
  });

  it('stops before reading a file whose header lacks listed period columns, naming the key and what matched', async () => {
    await expect(
      build(
        { 'w.csv': 'code,2021,2022\nA1,1,2\n' },
        { file: 'w.csv', columns: { area: 'code', periods: ['2021', '2022', '2023'] } },
      ),
    ).rejects.toThrow(
      'ind: w.csv: period column "2023" (config key columns.periods) is not in the header; of the 3 listed, the file has only "2021", "2022". The file has: "code", "2021", "2022".',
    );
  });
});

describe('the long or wide form of an indicator config', () => {
  const base = { id: 'ind', kind: 'indicator', title: 'T', file: 'f.csv', source, join: { by: 'code' } };
  const problems = (columns: Record<string, unknown>): string[] => {
    const parsed = indicatorDatasetSchema.safeParse({ ...base, columns });
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts either period and value, or periods', () => {
    expect(problems({ area: 'a', period: 'p', value: 'v' })).toEqual([]);
    expect(problems({ area: 'a', periods: ['2020'] })).toEqual([]);
    expect(problems({ area: 'a', periods: { pattern: '^\\d{4}$', label: 'FY $&' } })).toEqual([]);
  });

  it.each([
    [
      { area: 'a' },
      /^columns\.periods: say where the periods are: columns\.period and columns\.value .* or columns\.periods/,
    ],
    [
      { area: 'a', period: 'p', value: 'v', periods: ['2020'] },
      /not both; remove columns\.period and columns\.value, or columns\.periods\.$/,
    ],
    [
      { area: 'a', period: 'p' },
      /^columns\.value: columns\.period and columns\.value go together .* add columns\.value/,
    ],
    [
      { area: 'a', periods: ['2020'], lower: 'lo', upper: 'hi' },
      /^columns\.lower: confidence limits .* are read from a long file/,
    ],
    [{ area: 'a', periods: { pattern: '(' } }, /^columns\.periods\.pattern: must be a valid regular expression$/],
  ])('refuses %j, saying which keys to use', (columns, message) => {
    const found = problems(columns);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});
