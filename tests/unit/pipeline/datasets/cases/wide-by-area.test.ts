/**
 * Cases files wide by area (`Date, D1, D2, D3`: one column per area, as Denmark's SSI publishes them)
 * through the whole data step: the same figures as the long file of the same counts, every cell
 * accounted for, and a header that is no area named before any row is read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import { casesDatasetSchema } from '../../../../../src/pipeline/config/schema.ts';
import type { CasesDatasetEntry } from '../../../../../src/lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../../../../src/lib/cases-files.ts';
import { tempDirs } from '../../../temp-dirs.ts';

const tempDir = tempDirs();

const square = (x: number): object => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});
const districts = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    ['D1', 'Dale', 'C1'],
    ['D2', 'Down', 'C1'],
    ['D3', 'Fen', 'C2'],
  ].map(([code, name, parent], i) => ({ type: 'Feature', properties: { code, name, parent }, geometry: square(i) })),
});
const counties = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'C1', name: 'Northshire' }, geometry: square(0) },
    { type: 'Feature', properties: { code: 'C2', name: 'Southshire' }, geometry: square(2) },
  ],
});

// The same counts, long and wide by area; D2 has no report on 3 January (a blank cell).
const WIDE = [
  'Date,D1,D2,D3,Total',
  '2024-01-01,1,2,3,6',
  '2024-01-02,4,5,6,15',
  '2024-01-03,7,,9,16',
  '2024-01-04,10,11,12,33',
].join('\n');
const LONG = [
  'date,area,count',
  ...WIDE.split('\n')
    .slice(1)
    .flatMap((line) => {
      const [date, ...cells] = line.split(',');
      return ['D1', 'D2', 'D3'].flatMap((code, i) => (cells[i] === '' ? [] : [`${date},${code},${cells[i]}`]));
    }),
].join('\n');

async function build(csv: string, columns: object, extra: object = {}) {
  const dir = tempDir('atlas-wide-area-');
  writeFileSync(join(dir, 'districts.geojson'), districts);
  writeFileSync(join(dir, 'counties.geojson'), counties);
  writeFileSync(join(dir, 'population.csv'), 'code,population\nD1,1000\nD2,2000\nD3,4000\n');
  writeFileSync(join(dir, 'cases.csv'), csv);
  const config = {
    site: { title: 'Wide by area', council: 'Test' },
    areaLayers: {
      districts: {
        label: 'Districts',
        file: 'districts.geojson',
        codeProperty: 'code',
        nameProperty: 'name',
        parentProperty: 'parent',
        population: { file: 'population.csv', codeColumn: 'code', populationColumn: 'population' },
      },
      counties: { label: 'Counties', file: 'counties.geojson', codeProperty: 'code', nameProperty: 'name' },
    },
    datasets: [
      {
        id: 'cases',
        kind: 'cases',
        title: 'Cases',
        file: 'cases.csv',
        columns,
        join: { by: 'code', layer: 'districts' },
        rollUp: [{ layer: 'counties', via: 'parent', partial: 'label' }],
        maxRejectedShare: 0.5,
        source: { publisher: 'Test', licence: 'CC0' },
        ...extra,
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const dataDir = join(dir, 'out');
  const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
  const summaryOf = (entry: CasesDatasetEntry): CasesSummary =>
    read(entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? '');
  const entries = result.manifest.datasets as CasesDatasetEntry[];
  return { entries, summaryOf, read, dataDir };
}

const wideColumns = { date: 'Date', areas: ['D1', 'D2', 'D3'] };
const DATE = 'not a date (expected YYYY-MM-DD, YYYY/MM/DD or DD/MM/YYYY)';

describe('cases files wide by area', () => {
  it.each([{ countType: 'daily' }, { countType: 'cumulative', cumulativeStart: 'zero' }])(
    'gives the same figures as the long file of the same counts, roll-up included (%o)',
    async (extra) => {
      const wide = await build(WIDE, wideColumns, extra);
      const long = await build(LONG, { area: 'area', date: 'date', count: 'count' }, extra);
      expect(wide.entries.map((e) => e.id)).toEqual(['cases', 'cases-counties']);
      for (const i of [0, 1]) {
        const w = wide.entries[i] as CasesDatasetEntry;
        const l = long.entries[i] as CasesDatasetEntry;
        // Content-hashed file names: equal names are equal series, week maps and downloads.
        expect(wide.summaryOf(w)).toEqual(long.summaryOf(l));
        // The wide file's blank cell is a rejected count (the long file has no row for it): all else is the same.
        expect({ ...w.files, rejections: '' }).toEqual({ ...l.files, rejections: '' });
        expect(w.quality).toMatchObject({ unit: 'cells', rowsIn: 12, accepted: 11, rejected: 1 });
        expect(l.quality).toMatchObject({ rowsIn: 11, accepted: 11, rejected: 0 });
      }
      const summary = wide.summaryOf(wide.entries[0] as CasesDatasetEntry);
      const series = wide.read<CasesSeries>(summary.areas.series[0] ?? '');
      expect(series.counts).toEqual(extra.countType === 'daily' ? [1, 4, 7, 10] : [1, 3, 3, 3]);
    },
  );

  it('counts cells, not rows, and rejects each bad cell with its file, line, column, area and day', async () => {
    const csv = ['Date,D1,D2,D3', '2024-01-01,1,x,3', '2024-01-02,4,-5,6', 'soon,1,1,1', '2024-01-01,2,2,2'].join('\n');
    const { entries, dataDir } = await build(csv, wideColumns, { maxRejectedShare: 0.9 });
    const q = (entries[0] as CasesDatasetEntry).quality;
    expect(q).toMatchObject({ unit: 'cells', rowsIn: 12, accepted: 5, rejected: 7, duplicates: 2 });
    expect(q.rowsIn).toBe(q.accepted + q.rejected);
    expect(q.files[0]).toMatchObject({ rows: 4, cells: 12, areaColumns: ['D1', 'D2', 'D3'] });
    expect(q.files[0]?.periodColumns).toBeUndefined();
    expect(q.sampleRejections.map((r) => [r.line, r.column, r.reason, r.value, r.code, r.date])).toEqual([
      [2, 'D2', 'count is not a whole number', 'x', 'D2', '2024-01-01'],
      [3, 'D2', 'count is negative', '-5', 'D2', '2024-01-02'],
      [4, 'Date', DATE, 'soon', 'D1', 'soon'],
      [4, 'Date', DATE, 'soon', 'D2', 'soon'],
      [4, 'Date', DATE, 'soon', 'D3', 'soon'],
      [5, 'D1', 'duplicate of an earlier row', 'D1 2024-01-01', 'D1', '2024-01-01'],
      // D2's first cell on 1 January was rejected, so its second is that day's count.
      [5, 'D3', 'duplicate of an earlier row', 'D3 2024-01-01', 'D3', '2024-01-01'],
    ]);
    const rejections = readFileSync(join(dataDir, (entries[0] as CasesDatasetEntry).files.rejections ?? ''), 'utf8');
    expect(rejections.split('\r\n')[1]).toBe('cases.csv,2,D2,count is not a whole number,x,D2,,2024-01-01');
  });

  it('reads area columns by pattern and label, never the date column', async () => {
    const csv = ['Date,cases_D1,cases_D2,cases_D3,cases_total', '2024-01-01,1,2,3,6'].join('\n');
    const { entries } = await build(csv, { date: 'Date', areas: { pattern: '^cases_(D\\d)$', label: '$1' } });
    const q = (entries[0] as CasesDatasetEntry).quality;
    expect(q).toMatchObject({ rowsIn: 3, accepted: 3, rejected: 0 });
    expect(q.files[0]?.areaColumns).toEqual(['cases_D1', 'cases_D2', 'cases_D3']);
  });

  it('stops before any row is read when a header matches no area, naming it and the fixes', async () => {
    await expect(build(WIDE, { date: 'Date', areas: { pattern: '^(D\\d|Total)$' } })).rejects.toThrow(
      /cases: cases\.csv: area column "Total" \(config key columns\.areas\) matches no area of layer "districts" \(Districts\)\. Leave it out of columns\.areas .*areaLayers\.districts\.aliases: \{ "Total": /,
    );
    await expect(build(WIDE, { date: 'Date', areas: ['D1', 'D9'] })).rejects.toThrow(
      /area column "D9" \(config key columns\.areas\) is not in the header; of the 2 listed, the file has only "D1"/,
    );
  });

  it.each([
    [{ date: 'Date', count: 'n' }, ['columns', 'area'], /say where the areas are: columns\.area .* or columns\.areas/],
    [{ date: 'Date', area: 'a', count: 'n', areas: ['D1'] }, ['columns', 'areas'], /not both/],
    [{ date: 'Date', areas: ['D1'], count: 'n' }, ['columns', 'count'], /each cell of an area column is a count/],
    [{ date: 'Date', areas: ['D1'], population: 'p' }, ['columns', 'population'], /read from a long file/],
    [{ date: 'Date', area: 'a' }, ['columns', 'count'], /columns\.count/],
  ])('refuses the config %o with a message naming the key', (columns, path, message) => {
    const parsed = casesDatasetSchema.safeParse({
      id: 'c',
      kind: 'cases',
      title: 'C',
      file: 'c.csv',
      columns,
      join: { by: 'code' },
      source: { publisher: 'P', licence: 'L' },
    });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
  });

  it('warns when an area column holds the sum of the others (a total read as an area), naming it', async () => {
    // Without a layer every header is an area: the file's Total column would double the all-areas figures.
    const dir = tempDir('atlas-wide-total-');
    writeFileSync(join(dir, 'cases.csv'), WIDE);
    const dataset = {
      id: 'cases',
      kind: 'cases',
      title: 'Cases',
      file: 'cases.csv',
      columns: { date: 'Date', areas: { pattern: '.' } },
      join: { by: 'code' },
      maxRejectedShare: 0.5,
      source: { publisher: 'Test', licence: 'CC0' },
    };
    const config = { site: { title: 'Total', council: 'Test' }, datasets: [dataset] };
    writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
    const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir: join(dir, 'out') });
    // On 3 January D2's cell is blank (rejected): Total is still the sum of the counts that were read.
    expect(result.manifest.datasets[0]?.quality.warnings).toEqual([
      'cases.csv: column "Total" holds the sum of the other area columns on 4 of the 4 rows with counts, so it looks like a total, not an area; ' +
        'counted as an area it doubles every figure for all areas together. Leave it out of columns.areas: list the area columns, or narrow the pattern.',
    ]);
    // The area columns alone give no such warning.
    const { entries } = await build(WIDE, wideColumns);
    expect((entries[0] as CasesDatasetEntry).quality.warnings).toEqual([]);
  });
});
