import { describe, expect, it } from 'vitest';
import { resolvePeriodColumns } from '../../../../src/pipeline/run/period-columns.ts';
import { MissingColumnError } from '../../../../src/pipeline/run/column-map.ts';

const header = ['Area Code', 'Area Name', '2017/18', ' 2018/19 ', '2019/20', 'Notes'];

describe('resolvePeriodColumns', () => {
  it('finds listed header texts, each its own period label, in header order of the list', () => {
    expect(resolvePeriodColumns(['2018/19', '2019/20'], header, new Set([0, 1]), 'd: f.csv')).toEqual([
      { index: 3, header: '2018/19', period: '2018/19' },
      { index: 4, header: '2019/20', period: '2019/20' },
    ]);
  });

  it('labels a listed column with its header as the file writes it when the match ignores case and spacing', () => {
    const spelt = ['Area Code', 'q1  2019', 'Q2-2019', 'Notes'];
    expect(resolvePeriodColumns(['Q1 2019', 'Q2 2019'], spelt, new Set([0]), 'd: f.csv')).toEqual([
      { index: 1, header: 'q1  2019', period: 'q1  2019' },
      { index: 2, header: 'Q2-2019', period: 'Q2-2019' },
    ]);
  });

  it('matches a pattern against trimmed header texts, never a column with another job', () => {
    const found = resolvePeriodColumns({ pattern: '^\\d{4}/\\d{2}$' }, header, new Set([0, 1]), 'd: f.csv');
    expect(found.map((c) => [c.index, c.period])).toEqual([
      [2, '2017/18'],
      [3, '2018/19'],
      [4, '2019/20'],
    ]);
    expect(resolvePeriodColumns({ pattern: '^Area' }, header, new Set([0]), 'd').map((c) => c.index)).toEqual([1]);
  });

  it('rewrites each matched header into its label with the groups of the pattern', () => {
    const census = ['STATE', 'CENSUS2010POP', 'POPESTIMATE2010', 'POPESTIMATE2011', 'NPOPCHG_2011'];
    const found = resolvePeriodColumns({ pattern: '^POPESTIMATE(\\d{4})$', label: '$1' }, census, new Set([0]), 'd');
    expect(found).toEqual([
      { index: 2, header: 'POPESTIMATE2010', period: '2010' },
      { index: 3, header: 'POPESTIMATE2011', period: '2011' },
    ]);
  });

  it('names the config key, the listed columns the file lacks and those it has, and its header', () => {
    const call = (): unknown => resolvePeriodColumns(['2018/19', '2020/21', '2021/22'], header, new Set(), 'd: f.csv');
    expect(call).toThrow(MissingColumnError);
    expect(call).toThrow(
      'd: f.csv: period columns "2020/21", "2021/22" (config key columns.periods) are not in the header; of the 3 listed, the file has only "2018/19". The file has: "Area Code", "Area Name", "2017/18", "2018/19", "2019/20", "Notes".',
    );
  });

  it('says when a pattern matches no column, with the header to fix it against', () => {
    expect(() => resolvePeriodColumns({ pattern: '^Q\\d \\d{4}$' }, header, new Set(), 'd: f.csv')).toThrow(
      /^d: f\.csv: no column of the header matches columns\.periods\.pattern "\^Q\\\\d \\\\d\{4\}\$"\. The file has: "Area Code", .*"Notes"\./,
    );
  });

  it('refuses two columns that would give one period', () => {
    expect(() =>
      resolvePeriodColumns({ pattern: '^(\\d{4})', label: '$1' }, ['A', '2019 rate', '2019 count'], new Set([0]), 'd'),
    ).toThrow('d: columns "2019 rate", "2019 count" both give period "2019" (config key columns.periods.label)');
  });
});
