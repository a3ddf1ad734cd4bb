import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPopulation } from '../../../../src/pipeline/ingest/read-population.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-population-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const config = (file: string, codeColumn = 'Code', populationColumn = 'Population') => ({
  file,
  encoding: 'auto' as const,
  delimiter: 'auto' as const,
  codeColumn,
  populationColumn,
});

describe('readPopulation', () => {
  it('maps codes to populations, matching columns after normalisation, and reports bad rows', async () => {
    fs.writeFileSync(
      path.join(dir, 'pop.csv'),
      [' CODE ', 'Name', 'Population  ']
        .join(',')
        .concat(
          '\nE1,One,"1,234"\n E2 ,Two,500\nE3,Three,..\nE4,Four,-5\nE5,Five,lots\n,Blank,10\nE1,Again,99\n\nE6,Six,7\n',
        ),
    );
    const table = await readPopulation(config('pop.csv'), dir);
    expect([...table.byCode]).toEqual([
      ['E1', 1234],
      ['E2', 500],
      ['E6', 7],
    ]);
    expect(table.rejected).toEqual([
      { line: 4, column: 'Population  ', reason: 'population is missing', value: '..' },
      { line: 5, column: 'Population  ', reason: 'population is negative', value: '-5' },
      { line: 6, column: 'Population  ', reason: 'population is not a number', value: 'lots' },
      { line: 7, column: ' CODE ', reason: 'area code is missing', value: '' },
      { line: 8, column: ' CODE ', reason: 'area code repeated (first on line 2)', value: 'E1' },
    ]);
    expect(table.info).toMatchObject({ rows: 8, blankLines: 1, delimiter: ',' });
  });

  it('reads NA as a code (Navarra, Namibia), not as a missing one, while NA stays a missing population', async () => {
    fs.writeFileSync(path.join(dir, 'na.csv'), 'Code,Population\nNA,661537\nM,6779888\nZ,NA\n');
    const table = await readPopulation(config('na.csv'), dir);
    expect([...table.byCode]).toEqual([
      ['NA', 661537],
      ['M', 6779888],
    ]);
    expect(table.rejected).toEqual([{ line: 4, column: 'Population', reason: 'population is missing', value: 'NA' }]);
  });

  it('throws when a configured column is absent, listing the columns that exist', async () => {
    fs.writeFileSync(path.join(dir, 'cols.csv'), 'area,count\nE1,5\n');
    await expect(readPopulation(config('cols.csv'), dir)).rejects.toThrow(
      /cols\.csv: columns "Code" \(config key population\.codeColumn\) and "Population" \(config key population\.populationColumn\) are not in the header\. The file has: "area", "count"/,
    );
  });

  it('rejects rows with characters the declared encoding could not decode', async () => {
    fs.writeFileSync(
      path.join(dir, 'bad.csv'),
      Buffer.concat([Buffer.from('Code,Population\nE'), Buffer.from([0xff]), Buffer.from(',5\nE2,6\n')]),
    );
    const table = await readPopulation({ ...config('bad.csv'), encoding: 'utf-8' }, dir);
    expect([...table.byCode]).toEqual([['E2', 6]]);
    expect(table.rejected[0]).toMatchObject({
      line: 2,
      reason: 'invalid characters for the encoding (bytes that do not decode)',
    });
    expect(table.info.warnings[0]).toMatch(/line 2/);
  });

  // A population file of several years and sexes (a census estimate file): one row per area is wanted.
  const series = [
    'Code,YEAR,SEX,Population',
    'E1,2022,Total,100',
    'E1,2023,Total,110',
    'E1,2023,Female,56',
    'E2,2022,Total,200',
    'E2,2023,Total,220',
    'E2,2023,Female,111',
  ].join('\n');

  it('reads only the rows of rows.where and rows.except, counting the others as left out, not as repeats', async () => {
    fs.writeFileSync(path.join(dir, 'series.csv'), series);
    const table = await readPopulation(
      { ...config('series.csv'), rows: { where: { YEAR: ['2023'] }, except: { SEX: ['Female'] } } },
      dir,
      'areaLayers.d.population',
    );
    expect([...table.byCode]).toEqual([
      ['E1', 110],
      ['E2', 220],
    ]);
    expect(table.rejected).toEqual([]);
    expect(table.leftOut).toBe(4);
    expect(table.unmatched).toEqual([]);
  });

  it('warns of a rows value no row holds, with the value it most likely means', async () => {
    fs.writeFileSync(path.join(dir, 'series.csv'), series);
    const table = await readPopulation(
      { ...config('series.csv'), rows: { where: { YEAR: ['2023'], SEX: ['total'] } } },
      dir,
      'areaLayers.d.population',
    );
    expect(table.byCode.size).toBe(0);
    expect(table.unmatched).toEqual([
      {
        code: 'rowsValueUnmatched',
        files: 'series.csv',
        key: 'rows.where',
        column: 'SEX',
        value: 'total',
        closest: 'Total',
      },
    ]);
  });

  it('stops on a rows column the file lacks, naming the config key to fix', async () => {
    fs.writeFileSync(path.join(dir, 'series.csv'), series);
    await expect(
      readPopulation(
        { ...config('series.csv'), rows: { where: { Sex: ['Total'], Age: ['All'] } } },
        dir,
        'areaLayers.d.population',
      ),
    ).rejects.toThrow(
      /areaLayers\.d\.population \(series\.csv\): rows\.where column "Age" not found\..*Name a column the file has in areaLayers\.d\.population\.rows/,
    );
  });

  it('reports every repeated code of such a file without rows, so the fix is visible', async () => {
    fs.writeFileSync(path.join(dir, 'series.csv'), series);
    const table = await readPopulation(config('series.csv'), dir);
    expect([...table.byCode]).toEqual([
      ['E1', 100],
      ['E2', 200],
    ]);
    expect(table.rejected.map((r) => r.reason)).toEqual([
      'area code repeated (first on line 2)',
      'area code repeated (first on line 2)',
      'area code repeated (first on line 5)',
      'area code repeated (first on line 5)',
    ]);
  });
});
