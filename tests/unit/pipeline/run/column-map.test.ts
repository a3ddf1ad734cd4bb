import { describe, expect, it } from 'vitest';
import { MissingColumnError, resolveColumns } from '../../../../src/pipeline/run/column-map.ts';

describe('resolveColumns', () => {
  const raw = ['Area Code ', 'DATE', 'Count'];
  const normalised = ['area code', 'date', 'count'];

  it('matches config names to header columns ignoring case and spacing', () => {
    const r = resolveColumns({ area: 'area  code', date: 'Date', count: 'count' }, normalised, raw, 'x.csv');
    expect(r.index).toEqual({ area: 0, date: 1, count: 2 });
  });

  it('gives -1 for a column the config leaves out', () => {
    const r = resolveColumns({ area: 'area code', metric: undefined }, normalised, raw, 'x.csv');
    expect(r.index).toEqual({ area: 0, metric: -1 });
  });

  it('gives -1 for an optional column the file lacks', () => {
    const r = resolveColumns({ metric: { column: 'disease', required: false } }, normalised, raw, 'x.csv');
    expect(r.index.metric).toBe(-1);
  });

  it('names the config key, the missing column and the columns the file has', () => {
    expect(() => resolveColumns({ count: 'cases' }, normalised, raw, 'x.csv')).toThrow(MissingColumnError);
    expect(() => resolveColumns({ count: 'cases' }, normalised, raw, 'x.csv')).toThrow(
      /x\.csv: column "cases" \(config key columns\.count\) is not in the header\. The file has: "Area Code", "DATE", "Count"/,
    );
  });
});
