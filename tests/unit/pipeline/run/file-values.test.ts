import { describe, expect, it } from 'vitest';
import { fileValues } from '../../../../src/pipeline/run/file-values.ts';
import { findColumn } from '../../../../src/pipeline/run/find-column.ts';

describe('fileValues', () => {
  it('appends the given columns to the header and their values to every row', () => {
    const v = fileValues({ Periode: '2020-W21-22' });
    const [names, raw] = v.header(['gemeente', 'waarde'], ['Gemeente', 'Waarde']);
    expect(raw).toEqual(['Gemeente', 'Waarde', 'Periode']);
    expect(names).toHaveLength(3);
    expect(findColumn(['periode'], raw).index).toBe(2);
    const row = ['Amsterdam', '10,8'];
    v.row(row);
    expect(row).toEqual(['Amsterdam', '10,8', '2020-W21-22']);
  });

  it('leaves a file without given values as it is', () => {
    const v = fileValues({});
    expect(v.header(['a'], ['A'])).toEqual([['a'], ['A']]);
    const row = ['1'];
    v.row(row);
    expect(row).toEqual(['1']);
  });
});
