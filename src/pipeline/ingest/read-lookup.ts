/**
 * A two-column lookup CSV (child code -> parent code), such as ONS's
 * lower-tier to upper-tier local authority lookups, read like any other input:
 * rows that cannot be used are reported, not dropped silently.
 */
import { resolve } from 'node:path';
import type { Encoding } from '../config/schema.ts';
import { readCsv } from './read-csv.ts';
import { normaliseHeader } from './normalise-header.ts';
import { codeMissingSet, isMissingValue } from './parse-values.ts';
import { rowReasonOf, type RowReason } from '../../lib/data-reasons.ts';

export interface LookupConfig {
  file: string;
  encoding: Encoding;
  delimiter: 'auto' | ',' | ';' | '\t' | '|';
  childColumn: string;
  parentColumn: string;
}

export interface LookupTable {
  /** Parent code per child code (trimmed; the first row wins when a child repeats with another parent). */
  parentOf: Map<string, string>;
  /**
   * Rows not used, with line (1-based, header is line 1), column as written and reason (coded;
   * the parser's text for a parse error that has no code).
   */
  rejected: { line: number; column: string; reason: RowReason | string; value: string }[];
}

/** Reads a lookup CSV; throws when a configured column is absent, listing the columns the file has. */
export async function readLookup(config: LookupConfig, baseDir: string): Promise<LookupTable> {
  const parentOf = new Map<string, string>();
  const rejected: LookupTable['rejected'] = [];
  // Codes: only a blank one is missing (`NA` is Navarra's code); see codeMissingSet.
  const missing = codeMissingSet([]);
  const [childName, parentName] = normaliseHeader([config.childColumn, config.parentColumn]) as [string, string];
  let childIndex = -1;
  let parentIndex = -1;
  let headers: readonly string[] = [];
  await readCsv(
    resolve(baseDir, config.file),
    { encoding: config.encoding, delimiter: config.delimiter },
    {
      header(names, raw) {
        childIndex = names.indexOf(childName);
        parentIndex = names.indexOf(parentName);
        const absent = [
          ...(childIndex === -1 ? [`childColumn "${config.childColumn}"`] : []),
          ...(parentIndex === -1 ? [`parentColumn "${config.parentColumn}"`] : []),
        ];
        if (absent.length > 0) {
          throw new Error(
            `lookup file ${config.file}: no column for ${absent.join(' or ')}; the file has ${raw.map((r) => `"${r.trim()}"`).join(', ')}.`,
          );
        }
        headers = raw;
      },
      row(fields, line, error) {
        if (error !== undefined) {
          rejected.push({
            line,
            column: '',
            reason: rowReasonOf(error) ?? error,
            value: fields.join(',').slice(0, 200),
          });
          return;
        }
        const child = (fields[childIndex] ?? '').trim();
        const parent = (fields[parentIndex] ?? '').trim();
        if (child === '' || isMissingValue(child, missing)) {
          rejected.push({
            line,
            column: headers[childIndex] ?? '',
            reason: { code: 'childCodeMissing' },
            value: child,
          });
        } else if (parent === '' || isMissingValue(parent, missing)) {
          rejected.push({
            line,
            column: headers[parentIndex] ?? '',
            reason: { code: 'parentCodeMissing' },
            value: parent,
          });
        } else if (parentOf.has(child) && parentOf.get(child) !== parent) {
          rejected.push({
            line,
            column: headers[parentIndex] ?? '',
            reason: { code: 'childHasParent', child, parent: parentOf.get(child) ?? '' },
            value: parent,
          });
        } else {
          parentOf.set(child, parent);
        }
      },
    },
  );
  return { parentOf, rejected };
}
