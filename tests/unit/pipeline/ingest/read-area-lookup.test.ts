/** A lookup file of several years read for one (`rows`): the other years' rows are no repeats. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAreaLookup } from '../../../../src/pipeline/ingest/read-area-lookup.ts';
import { tempDirs } from '../../temp-dirs.ts';

const tempDir = tempDirs();

describe('readAreaLookup', () => {
  it('reads only the rows of rows.where, and warns of a value no row holds', async () => {
    const dir = tempDir('atlas-lookup-rows-');
    writeFileSync(
      join(dir, 'names.csv'),
      ['code,name,parent,year', 'A1,Old name,P1,2019', 'A1,New name,P2,2023', 'A2,Two,P2,2023'].join('\n'),
    );
    const base = {
      file: 'names.csv',
      encoding: 'auto' as const,
      delimiter: 'auto' as const,
      codeColumn: 'code',
      nameColumn: 'name',
      parentColumn: 'parent',
    };
    const lookup = await readAreaLookup({ ...base, rows: { where: { year: ['2023'] } } }, dir, 'areaLayers.d.lookup');
    expect([...lookup.byCode]).toEqual([
      ['A1', { name: 'New name', parent: 'P2' }],
      ['A2', { name: 'Two', parent: 'P2' }],
    ]);
    expect(lookup.rejected).toEqual([]);
    const typo = await readAreaLookup({ ...base, rows: { where: { year: ['2023', ' 2O23'] } } }, dir);
    // A letter O for a zero: the year it most likely means.
    expect(typo.unmatched).toMatchObject([
      { code: 'rowsValueUnmatched', column: 'year', value: '2O23', closest: '2023' },
    ]);
  });
});
