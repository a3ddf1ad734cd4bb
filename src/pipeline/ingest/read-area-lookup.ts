/**
 * Names and parents of areas from a lookup CSV, for boundary files that carry
 * only a code (or an id): one row per area code, read like any other input.
 */
import { resolve } from 'node:path';
import type { AreaLayerConfig } from '../config/schema.ts';
import { readCsv } from './read-csv.ts';
import { missingSet } from './parse-values.ts';
import { MissingColumnError, resolveColumns } from '../run/column-map.ts';
import { collectDerived, DerivedColumns } from '../run/derived-columns.ts';
import { RowFilter } from '../run/row-filter.ts';
import type { DatasetWarning } from '../../lib/data-reasons.ts';

export interface AreaLookup {
  /** Name and parent per trimmed area code (first row wins when a code repeats). */
  byCode: Map<string, { name: string; parent: string }>;
  /** Rows not used, with line and reason. */
  rejected: { line: number; reason: string; value: string }[];
  /** A `rows` value no row held, one warning each (rows it left out are neither used nor rejected). */
  unmatched: DatasetWarning[];
}

/**
 * Reads `lookup`: `codeColumn` and any of `nameColumn`, `parentColumn` (column
 * references, so a code may be built from several columns). Throws when a
 * configured column is absent, listing the columns the file has. Rows `config.rows` leaves out are
 * skipped; `configKey` is where the file is configured (`areaLayers.<id>.lookup`), for messages.
 */
export async function readAreaLookup(
  config: NonNullable<AreaLayerConfig['lookup']>,
  baseDir: string,
  configKey = 'lookup',
): Promise<AreaLookup> {
  const filter = new RowFilter(configKey, config.rows, `${configKey}.rows`);
  const byCode = new Map<string, { name: string; parent: string }>();
  const rejected: AreaLookup['rejected'] = [];
  const refs = { codeColumn: config.codeColumn, nameColumn: config.nameColumn, parentColumn: config.parentColumn };
  const derived = new DerivedColumns(collectDerived(refs), missingSet([]));
  let ix = { codeColumn: -1, nameColumn: -1, parentColumn: -1 };
  await readCsv(
    resolve(baseDir, config.file),
    { encoding: config.encoding, delimiter: config.delimiter },
    {
      header(names, raw) {
        const extended = derived.extendHeader(names, raw);
        try {
          ix = resolveColumns(refs, extended.names, extended.raw, `lookup file ${config.file}`).index;
          filter.beginFile(config.file, extended.raw);
        } catch (error) {
          if (!(error instanceof MissingColumnError)) throw error;
          throw new Error(error.message.replaceAll('config key columns.', 'config key lookup.'), { cause: error });
        }
      },
      row(fields, line, error) {
        if (error !== undefined) return void rejected.push({ line, reason: error, value: fields.join(',') });
        if (derived.size > 0) derived.extendRow(fields);
        if (filter.active && filter.test(fields) !== null) return;
        const at = (i: number): string => (i < 0 ? '' : (fields[i] ?? '').trim());
        const code = at(ix.codeColumn);
        if (code === '') return void rejected.push({ line, reason: 'area code is missing', value: fields.join(',') });
        if (byCode.has(code)) return void rejected.push({ line, reason: 'area code repeated', value: code });
        byCode.set(code, { name: at(ix.nameColumn), parent: at(ix.parentColumn) });
      },
    },
  );
  return { byCode, rejected, unmatched: filter.unmatched() };
}
