/**
 * The period columns of a wide indicator file (`Area, 2019, 2020, 2021`): which header columns hold a
 * period's values, and the period label of each (see wide-columns.ts).
 */
import type { IndicatorDatasetConfig } from '../config/schema.ts';
import { resolveWideColumns } from './wide-columns.ts';

/** How the config names the period columns: header texts, or a pattern with an optional label rewrite. */
export type PeriodColumnsSpec = NonNullable<IndicatorDatasetConfig['columns']['periods']>;

/** One period column of a file. */
export interface PeriodColumn {
  /** Index in the header. */
  index: number;
  /** The header text as written in the file (trimmed): the column of its cells in the rejected-rows report. */
  header: string;
  /** The period label its cells are read as. */
  period: string;
}

/**
 * The period columns of a header, in header order. `taken` are the indices of the columns the config
 * gives other jobs (area, name, indicator): never periods. Throws `MissingColumnError` naming the config
 * key when a listed column is absent or a pattern matches nothing (with the columns that did match, and
 * the file's header), and when two columns would give the same period.
 */
export function resolvePeriodColumns(
  spec: PeriodColumnsSpec,
  rawHeader: readonly string[],
  taken: ReadonlySet<number>,
  where: string,
): PeriodColumn[] {
  return resolveWideColumns(spec, rawHeader, taken, where, {
    key: 'columns.periods',
    what: 'period',
    listExample: '["2019", "2020"]',
    patternExample: '"^\\\\d{4}$"',
  }).map((c) => ({ index: c.index, header: c.header, period: c.label }));
}
