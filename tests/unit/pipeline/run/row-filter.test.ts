/**
 * `rows.where` and `rows.except` through the real data step, for each kind of dataset: the rows a
 * dataset is about are kept, the others left out and counted by value (in = accepted + rejected +
 * left out), never written as rejected rows; a value that matches no row is warned of, and a
 * column the file lacks stops the build naming the file, the column and the fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../src/pipeline/build-data.ts';
import type { DatasetEntry } from '../../../../src/lib/manifest.ts';
import { summaryTable } from '../../../../src/pipeline/cli/summary-table.ts';
import { closestValue } from '../../../../src/pipeline/run/row-filter.ts';
import { tempDirs } from '../../temp-dirs.ts';

const tempDir = tempDirs();
const source = { publisher: 'Test', licence: 'CC0' };

async function build(text: string, dataset: Record<string, unknown>, name = 'data.csv') {
  const dir = tempDir('atlas-rows-');
  writeFileSync(join(dir, name), text);
  const config = { site: { title: 'Rows', council: 'Test' }, datasets: [{ id: 'd', title: 'D', source, ...dataset }] };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const dataDir = join(dir, 'out');
  const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
  if (result.failed.length > 0) throw new Error(result.failed.map((f) => f.message).join('\n'));
  const entry = result.manifest.datasets[0] as DatasetEntry;
  const rejections = readFileSync(join(dataDir, entry.files['rejections'] ?? ''), 'utf8')
    .trim()
    .split('\r\n');
  return { entry, rejections, result };
}

// Statbel's shape: one file of every level, told apart by `lvl` (1 country … 5 municipality).
const levels = [
  'lvl,nis,name,year,value',
  '1,01000,België,2023,10',
  '2,02000,Vlaams Gewest,2023,11',
  '3,10000,Provincie Antwerpen,2023,12',
  '5,11001,Aartselaar,2023,13',
  '5,11002,Antwerpen,2023,14',
  ' 5 ,11004,Boechout,2023,15', // spaces around the value: still level 5
  '5,,Nowhere,2023,16', // kept, then rejected for its missing code
  '2,03000,Waals Gewest,2023,17',
].join('\n');

describe('rows.where and rows.except', () => {
  it('indicator: keeps the rows of the level, counts the others by value, and accounts for every row', async () => {
    const { entry, rejections, result } = await build(levels, {
      kind: 'indicator',
      file: 'data.csv',
      columns: { area: 'nis', areaName: 'name', period: 'year', value: 'value' },
      join: { by: 'code' },
      rows: { where: { lvl: ['5'] } },
      maxRejectedShare: 0.3,
    });
    const q = entry.quality;
    expect(q).toMatchObject({ rowsIn: 8, accepted: 3, rejected: 1, leftOut: 4 });
    expect(q.rowsIn).toBe(q.accepted + q.rejected + (q.leftOut ?? 0));
    expect(q.leftOutBy).toEqual([
      { key: 'where', column: 'lvl', value: '2', count: 2 },
      { key: 'where', column: 'lvl', value: '1', count: 1 },
      { key: 'where', column: 'lvl', value: '3', count: 1 },
    ]);
    // Rows left out are not errors: only the row rejected for its code is in the rejected-rows file.
    expect(rejections).toHaveLength(2);
    expect(rejections[1]).toContain('area code is missing');
    expect(q.warnings.filter((w) => w.includes('rows.where'))).toEqual([]);
    // The data step's closing table says it too.
    const table = summaryTable(result.datasets);
    expect(table.split('\n')[0]).toMatch(/rejected {2}left out/);
    expect(table).toContain(
      'd: 8 rows in = 3 accepted + 1 rejected + 4 left out by the config\'s rows filter (rows.where lvl="2": 2, rows.where lvl="1": 1, rows.where lvl="3": 1)',
    );
  });

  it('indicator: warns of a configured value that matches no row, naming the file, column and value', async () => {
    const { entry } = await build(levels, {
      kind: 'indicator',
      file: 'data.csv',
      columns: { area: 'nis', areaName: 'name', period: 'year', value: 'value' },
      join: { by: 'code' },
      rows: { where: { lvl: ['5', '6'] } },
      maxRejectedShare: 0.3,
    });
    expect(entry.quality.warnings).toContain(
      'data.csv: no row has "6" in column "lvl", which the rows filter of the config names, so that value selects no row. Check it against the file: a mistyped value selects nothing, and nothing else would show it.',
    );
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'rowsValueUnmatched',
      files: 'data.csv',
      key: 'rows.where',
      column: 'lvl',
      value: '6',
    });
  });

  it('suggests the value of the column the configured one most likely means, in the warning', async () => {
    const { entry } = await build(levels, {
      kind: 'indicator',
      file: 'data.csv',
      columns: { area: 'nis', areaName: 'name', period: 'year', value: 'value' },
      join: { by: 'code' },
      rows: { where: { lvl: ['5'] }, except: { name: ['Provincie Antwrepen'] } },
      maxRejectedShare: 0.3,
    });
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'rowsValueUnmatched',
      files: 'data.csv',
      key: 'rows.except',
      column: 'name',
      value: 'Provincie Antwrepen',
      closest: 'Provincie Antwerpen',
    });
    expect(entry.quality.warnings).toContain(
      'data.csv: no row has "Provincie Antwrepen" in column "name", which the rows filter of the config names, so that value selects no row. The column holds "Provincie Antwerpen": if that is the value meant, write it as the file does.',
    );
  });

  const held = new Map([
    ['Municipality', 40],
    ['municipality ', 2],
    ['Vlaams Gewest', 1],
    ['Total', 5],
    ['Totals', 1],
    ['Female', 3],
    ['5', 9],
    ['1', 1],
  ]);
  it.each([
    ['MUNICIPALITY', 'Municipality'], // case: the spelling on most rows
    ['Vlaams  gewest', 'Vlaams Gewest'], // spaces and case
    ['Ttoal', 'Total'], // two letters swapped
    ['Femal', 'Female'], // a letter missing
    ['05', '5'], // leading zero
    ['6', null], // a short value is no near spelling of another
    ['Male', null],
    ['Persons', null],
  ])('closestValue(%j) is %j', (value, expected) => {
    expect(closestValue(value, held)).toBe(expected);
  });

  it('stops when the configured column is missing, naming the file, the column and the fix', async () => {
    await expect(
      build(levels, {
        kind: 'indicator',
        file: 'data.csv',
        columns: { area: 'nis', period: 'year', value: 'value' },
        join: { by: 'code' },
        rows: { where: { level: ['5'] } },
      }),
    ).rejects.toThrow(
      /d \(data\.csv\): rows\.where column "level" not found\. The file's columns: "lvl", .*datasets\[d\]\.rows/,
    );
  });

  it("names the rows filter's missing column beside the dataset's own", async () => {
    await expect(
      build(levels, {
        kind: 'indicator',
        file: 'data.csv',
        columns: { area: 'code', period: 'year', value: 'value' },
        join: { by: 'code' },
        rows: { except: { sex: ['Total'] } },
      }),
    ).rejects.toThrow(
      /1 of 1 file lacks configured columns:\n {2}- .*"code".*\n {2}- d \(data\.csv\): rows\.except column "sex" not found/,
    );
  });

  it('stops when every row is left out, saying so rather than naming rejection reasons', async () => {
    await expect(
      build(levels, {
        kind: 'indicator',
        file: 'data.csv',
        columns: { area: 'nis', period: 'year', value: 'value' },
        join: { by: 'code' },
        rows: { where: { lvl: ['9'] } },
      }),
    ).rejects.toThrow(/none of the 8 rows was accepted\. 8 left out by rows\.where\/rows\.except/);
  });

  it('cases: except leaves out the rows holding a listed value; where and except together', async () => {
    const csv = [
      'code,date,sex,cases',
      'A,2024-03-01,Total,5',
      'A,2024-03-01,Female,2',
      'A,2024-03-01,Male,3',
      'B,2024-03-01,Total,4',
      'B,2024-03-01,Female,4',
      'B,2024-03-01,Male,0',
      'Z,2024-03-01,Female,1',
    ].join('\n');
    const { entry } = await build(csv, {
      kind: 'cases',
      file: 'data.csv',
      columns: { area: 'code', date: 'date', count: 'cases' },
      join: { by: 'code' },
      // One series of the file's three: without the filter, each area-day's rows would be duplicates.
      rows: { where: { code: ['A', 'B'] }, except: { sex: ['Female', 'Male', 'Unknown'] } },
    });
    const q = entry.quality;
    expect(q).toMatchObject({ rowsIn: 7, accepted: 2, rejected: 0, duplicates: 0, leftOut: 5 });
    // Each row is counted under the first condition that left it out (Z's Female row: the code).
    expect(q.leftOutBy).toEqual([
      { key: 'except', column: 'sex', value: 'Female', count: 2 },
      { key: 'except', column: 'sex', value: 'Male', count: 2 },
      { key: 'where', column: 'code', value: 'Z', count: 1 },
    ]);
    expect(q.warnings).toContain(
      'data.csv: no row has "Unknown" in column "sex", which the rows filter of the config names, so that value selects no row. Check it against the file: a mistyped value selects nothing, and nothing else would show it.',
    );
  });

  it('indicator of wide files: a row left out leaves out each of its cells', async () => {
    const csv = ['Area Code,Level,2019,2020', 'E92,country,1,2', 'E12,region,3,4', 'E06,council,5,6'].join('\n');
    const { entry } = await build(csv, {
      kind: 'indicator',
      file: 'data.csv',
      columns: { area: 'Area Code', periods: ['2019', '2020'] },
      join: { by: 'code' },
      rows: { where: { Level: ['council'] } },
    });
    expect(entry.quality).toMatchObject({ unit: 'cells', rowsIn: 6, accepted: 2, rejected: 0, leftOut: 4 });
    expect(entry.quality.leftOutBy).toEqual([
      { key: 'where', column: 'Level', value: 'country', count: 2 },
      { key: 'where', column: 'Level', value: 'region', count: 2 },
    ]);
  });

  it('assets: keeps the records of the listed types', async () => {
    const csv = [
      'ref,name,type,lon,lat',
      '1,Town Hall,Building,-1.2,52.1',
      '2,Verge,Land,-1.21,52.11',
      '3,Library,Building,-1.22,52.12',
    ].join('\n');
    const { entry, rejections } = await build(csv, {
      kind: 'assets',
      file: 'data.csv',
      columns: { id: 'ref', name: 'name', x: 'lon', y: 'lat' },
      join: { by: 'none' },
      rows: { where: { TYPE: ['Building'] } },
    });
    expect(entry.quality).toMatchObject({ rowsIn: 3, accepted: 2, rejected: 0, leftOut: 1 });
    expect(entry.quality.leftOutBy).toEqual([{ key: 'where', column: 'TYPE', value: 'Land', count: 1 }]);
    expect(rejections).toHaveLength(1);
  });

  it('assets of a GeoJSON file: filters features by a property', async () => {
    const point = (ref: string, type: string) => ({
      type: 'Feature',
      properties: { ref, name: ref, type },
      geometry: { type: 'Point', coordinates: [-1.2, 52.1] },
    });
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [point('1', 'Building'), point('2', 'Land'), point('3', 'Land'), point('4', 'Building')],
    });
    const { entry } = await build(
      geojson,
      {
        kind: 'assets',
        file: 'data.geojson',
        columns: { id: 'ref', name: 'name' },
        join: { by: 'none' },
        rows: { except: { type: ['Land'] } },
      },
      'data.geojson',
    );
    expect(entry.quality).toMatchObject({ rowsIn: 4, accepted: 2, rejected: 0, leftOut: 2 });
    expect(entry.quality.leftOutBy).toEqual([{ key: 'except', column: 'type', value: 'Land', count: 2 }]);
  });

  it('says nothing of rows left out when the config filters none', async () => {
    const { entry, result } = await build(levels, {
      kind: 'indicator',
      file: 'data.csv',
      columns: { area: 'nis', period: 'year', value: 'value' },
      join: { by: 'code' },
      maxRejectedShare: 0.3,
    });
    expect(entry.quality.leftOut).toBeUndefined();
    expect(entry.quality.leftOutBy).toBeUndefined();
    expect(summaryTable(result.datasets)).not.toContain('left out');
  });
});
