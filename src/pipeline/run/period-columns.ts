/**
 * The period columns of a wide file (`Area, 2019, 2020, 2021`): which header
 * columns hold a period's values, and the period label of each. Resolved once
 * per file, so the row handler reshapes each row into one cell per period with
 * plain indices.
 */
import type { IndicatorDatasetConfig } from '../config/schema.ts';
import { MissingColumnError } from './column-map.ts';
import { findColumn } from './find-column.ts';

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

const quoted = (names: readonly string[]): string => names.map((n) => JSON.stringify(n)).join(', ');

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
  const have = quoted(rawHeader.map((h) => h.trim()));
  const columns: PeriodColumn[] = [];
  if (Array.isArray(spec)) {
    const missing: string[] = [];
    for (const text of spec) {
      const { index } = findColumn([text], rawHeader);
      if (index < 0 || taken.has(index)) missing.push(text);
      else {
        // Matching is lenient (case, spaces, hyphens: see find-column.ts), so the period is the header as
        // the file writes it, the spelling a reader of the file sees, not the config's.
        const header = (rawHeader[index] ?? '').trim();
        columns.push({ index, header, period: header });
      }
    }
    if (missing.length > 0) {
      const found = columns.length === 0 ? 'none of them' : `only ${quoted(columns.map((c) => c.header))}`;
      throw new MissingColumnError(
        `${where}: ${missing.length === 1 ? 'period column' : 'period columns'} ${quoted(missing)} (config key columns.periods) ` +
          `${missing.length === 1 ? 'is' : 'are'} not in the header; of the ${spec.length} listed, the file has ${found}. ` +
          `The file has: ${have}. Fix the list, or match the headers with a pattern: columns.periods: { pattern: "^\\\\d{4}$" }.`,
      );
    }
  } else {
    const pattern = new RegExp(spec.pattern);
    rawHeader.forEach((raw, index) => {
      const header = raw.trim();
      const match = taken.has(index) ? null : pattern.exec(header);
      if (match === null) return;
      // The label is the template with the groups filled in (not the header with its match replaced).
      const period = spec.label === undefined ? header : match[0].replace(pattern, spec.label).trim();
      columns.push({ index, header, period });
    });
    if (columns.length === 0) {
      throw new MissingColumnError(
        `${where}: no column of the header matches columns.periods.pattern ${JSON.stringify(spec.pattern)}. ` +
          `The file has: ${have}. Fix the pattern (it is matched against each header text, trimmed), ` +
          `or list the period columns: columns.periods: ["2019", "2020"].`,
      );
    }
  }
  const byPeriod = new Map<string, PeriodColumn>();
  for (const c of columns) {
    const same = byPeriod.get(c.period);
    if (same !== undefined) {
      throw new MissingColumnError(
        `${where}: columns ${quoted([same.header, c.header])} both give period ${JSON.stringify(c.period)} ` +
          `(config key columns.periods${Array.isArray(spec) ? '' : '.label'}); give each period column its own label.`,
      );
    }
    if (c.period === '') {
      throw new MissingColumnError(
        `${where}: column ${JSON.stringify(c.header)} gives an empty period label (config key columns.periods.label ${JSON.stringify(Array.isArray(spec) ? '' : (spec.label ?? ''))}); use the groups of the pattern, e.g. label: "$1".`,
      );
    }
    byPeriod.set(c.period, c);
  }
  return columns;
}
