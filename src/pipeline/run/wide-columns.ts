/**
 * The columns of a wide file that each hold one cell per row: a period's values (an indicator file
 * `Area, 2019, 2020, 2021`) or an area's counts (a cases file `Date, Hovedstaden, Sjælland`). Resolved
 * once per file, so the row handler reshapes each row into its cells with plain indices.
 */
import { MissingColumnError } from './column-map.ts';
import { findColumn } from './find-column.ts';

/** How the config names the columns: header texts, or a pattern with an optional label rewrite. */
export type WideColumnsSpec = readonly string[] | { pattern: string; label?: string | undefined };

/** One such column of a file. */
export interface WideColumn {
  /** Index in the header. */
  index: number;
  /** The header text as written in the file (trimmed): the column of its cells in the rejected-rows report. */
  header: string;
  /** What its cells are of (a period, an area): its label, else its header as written. */
  label: string;
}

/** The words a message uses for the columns, and the config key that names them. */
export interface WideColumnsWords {
  /** Config key, e.g. `columns.periods`. */
  key: string;
  /** What each column holds, e.g. `period`. */
  what: string;
  /** A list the config could give instead of a pattern, e.g. `["2019", "2020"]`. */
  listExample: string;
  /** A pattern the config could give instead of a list, e.g. `"^\\d{4}$"`. */
  patternExample: string;
}

const quoted = (names: readonly string[]): string => names.map((n) => JSON.stringify(n)).join(', ');

/**
 * The columns of a header the spec names, in header order. `taken` are the indices of the columns the
 * config gives other jobs: never matched. Throws `MissingColumnError` naming the config key when a listed
 * column is absent or a pattern matches nothing (with the columns that did match, and the file's header),
 * when two columns would give the same label, and when a label is empty.
 */
export function resolveWideColumns(
  spec: WideColumnsSpec,
  rawHeader: readonly string[],
  taken: ReadonlySet<number>,
  where: string,
  words: WideColumnsWords,
): WideColumn[] {
  const have = quoted(rawHeader.map((h) => h.trim()));
  const columns: WideColumn[] = [];
  const { key, what } = words;
  if (isList(spec)) {
    const missing: string[] = [];
    for (const text of spec) {
      const { index } = findColumn([text], rawHeader);
      if (index < 0 || taken.has(index)) missing.push(text);
      else {
        // Matching is lenient (case, spaces, hyphens: see find-column.ts), so the label is the header as
        // the file writes it, the spelling a reader of the file sees, not the config's.
        const header = (rawHeader[index] ?? '').trim();
        columns.push({ index, header, label: header });
      }
    }
    if (missing.length > 0) {
      const found = columns.length === 0 ? 'none of them' : `only ${quoted(columns.map((c) => c.header))}`;
      throw new MissingColumnError(
        `${where}: ${what} ${missing.length === 1 ? 'column' : 'columns'} ${quoted(missing)} (config key ${key}) ` +
          `${missing.length === 1 ? 'is' : 'are'} not in the header; of the ${spec.length} listed, the file has ${found}. ` +
          `The file has: ${have}. Fix the list, or match the headers with a pattern: ${key}: { pattern: ${words.patternExample} }.`,
      );
    }
  } else {
    const pattern = new RegExp(spec.pattern);
    rawHeader.forEach((raw, index) => {
      const header = raw.trim();
      const match = taken.has(index) ? null : pattern.exec(header);
      if (match === null) return;
      // The label is the template with the groups filled in (not the header with its match replaced).
      const label = spec.label === undefined ? header : match[0].replace(pattern, spec.label).trim();
      columns.push({ index, header, label });
    });
    if (columns.length === 0) {
      throw new MissingColumnError(
        `${where}: no column of the header matches ${key}.pattern ${JSON.stringify(spec.pattern)}. ` +
          `The file has: ${have}. Fix the pattern (it is matched against each header text, trimmed), ` +
          `or list the ${what} columns: ${key}: ${words.listExample}.`,
      );
    }
  }
  const byLabel = new Map<string, WideColumn>();
  for (const c of columns) {
    const same = byLabel.get(c.label);
    if (same !== undefined) {
      throw new MissingColumnError(
        `${where}: columns ${quoted([same.header, c.header])} both give ${what} ${JSON.stringify(c.label)} ` +
          `(config key ${key}${isList(spec) ? '' : '.label'}); give each ${what} column its own label.`,
      );
    }
    if (c.label === '') {
      throw new MissingColumnError(
        `${where}: column ${JSON.stringify(c.header)} gives an empty ${what} label (config key ${key}.label ${JSON.stringify(isList(spec) ? '' : (spec.label ?? ''))}); use the groups of the pattern, e.g. label: "$1".`,
      );
    }
    byLabel.set(c.label, c);
  }
  return columns;
}

function isList(spec: WideColumnsSpec): spec is readonly string[] {
  return Array.isArray(spec);
}
