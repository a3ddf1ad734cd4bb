/**
 * Columns a file lacks, given in the config with one value for all its rows
 * (`file: [{ path: "weeks-21-22.csv", values: { Period: "2020-W21" } }]`): publishers that put
 * one period in each file often say which only in the file's name. The columns are appended to
 * the header and to every row, so the column mapping finds them like the file's own; a column of
 * the same name that the file has comes first, and so wins.
 */
import { normaliseHeader } from '../ingest/normalise-header.ts';

export interface FileValues {
  /** The header with the given columns appended (normalised names and names as written). */
  header(names: readonly string[], raw: readonly string[]): [string[], string[]];
  /** Appends the given values to a row of the file. */
  row(fields: string[]): void;
}

export function fileValues(values: Readonly<Record<string, string>>): FileValues {
  const columns = Object.keys(values);
  const given = Object.values(values);
  const normalised = normaliseHeader(columns);
  return {
    header: (names, raw) => [
      [...names, ...normalised],
      [...raw, ...columns],
    ],
    row(fields) {
      for (const v of given) fields.push(v);
    },
  };
}
