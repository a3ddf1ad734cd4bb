import { describe, expect, it } from 'vitest';
import { datasetWarningText, type DatasetWarning } from '../../../../src/lib/data-reasons.ts';
import { collectDerived, DerivedColumns } from '../../../../src/pipeline/run/derived-columns.ts';
import { missingSet } from '../../../../src/pipeline/ingest/parse-values.ts';
import { resolveColumns, MissingColumnError } from '../../../../src/pipeline/run/column-map.ts';
import { normaliseHeader } from '../../../../src/pipeline/ingest/normalise-header.ts';

const fips = {
  concat: [
    { column: 'STATE', pad: 2 },
    { column: ['COUNTY', 'CTY'], pad: 3 },
  ],
  separator: '',
  required: true,
};
const period = { concat: [{ column: 'Year' }, { column: 'Month', pad: 2 }], separator: '-', required: true };

function run(columns: Record<string, unknown>, raw: string[], rows: string[][]) {
  const derived = new DerivedColumns(collectDerived(columns), missingSet([]));
  const header = derived.extendHeader(normaliseHeader(raw), raw);
  const cols = resolveColumns(columns as never, header.names, header.raw, 'f.csv');
  return rows.map((r) => {
    const fields = [...r];
    derived.extendRow(fields);
    return Object.fromEntries(Object.entries(cols.index).map(([k, i]) => [k, fields[i as number]]));
  });
}

describe('derived columns', () => {
  it('builds a 5-digit county code from a state and a county column, zero-padded', () => {
    const rows = run(
      { area: fips, count: 'n' },
      ['STATE', 'CTY', 'n'],
      [
        ['1', '1', '5'],
        ['06', '37', '2'],
        ['48', '201', '0'],
      ],
    );
    expect(rows.map((r) => r.area)).toEqual(['01001', '06037', '48201']);
  });

  it('builds a period from year and month columns', () => {
    expect(
      run(
        { period },
        ['Year', 'Month'],
        [
          ['2024', '3'],
          ['2024', '11'],
        ],
      ).map((r) => r.period),
    ).toEqual(['2024-03', '2024-11']);
  });

  it('pads a single column', () => {
    const rows = run({ area: { column: 'fips', pad: 5, required: true } }, ['fips'], [['1001'], ['01001'], ['']]);
    expect(rows.map((r) => r.area)).toEqual(['01001', '01001', '']);
  });

  it('is blank when any part is blank or a missing-value marker', () => {
    expect(
      run(
        { area: fips },
        ['STATE', 'COUNTY'],
        [
          ['', '1'],
          ['01', 'NA'],
        ],
      ).map((r) => r.area),
    ).toEqual(['', '']);
  });

  it('names the missing part, the derived column and the config key', () => {
    expect(() => run({ area: fips }, ['STATE', 'FIPS'], [])).toThrow(MissingColumnError);
    expect(() => run({ area: fips }, ['STATE', 'FIPS'], [])).toThrow(
      /f\.csv: column "COUNTY" or "CTY" \(part of STATE \+ COUNTY, config key columns\.area\) is not in the header\. The file has: "STATE", "FIPS"/,
    );
  });

  it('reports a repeated header name, saying which column is used', () => {
    const warnings: string[] = [];
    const raw = ['Name', 'Size', 'name'];
    const coded: DatasetWarning[] = [];
    resolveColumns({ name: 'Name' }, normaliseHeader(raw), raw, 'f.csv', (w) => {
      coded.push(w);
      warnings.push(datasetWarningText(w));
    });
    expect(coded).toEqual([{ code: 'headerRepeated', where: 'f.csv', header: 'Name', key: 'name', columns: [1, 3] }]);
    expect(warnings).toEqual([
      'f.csv: the header has "Name" 2 times (columns 1, 3); columns.name uses column 1, the first. Rename the others in the file, or name the column you mean exactly.',
    ]);
  });
});
