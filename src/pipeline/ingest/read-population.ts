/**
 * Population per area code, for rates per 100,000: one CSV with a code column
 * and a count column, validated row by row like any other input.
 */
import { resolve } from 'node:path';
import type { AreaLayerConfig } from '../config/schema.ts';
import { readCsv, type CsvFileInfo } from './read-csv.ts';
import { MissingColumnError, resolveColumns } from '../run/column-map.ts';
import { collectDerived, DerivedColumns } from '../run/derived-columns.ts';
import { codeMissingSet, isMissingValue, missingSet, parseNumber } from './parse-values.ts';
import { RowFilter } from '../run/row-filter.ts';
import type { DatasetWarning } from '../../lib/data-reasons.ts';

export interface PopulationTable {
  /** Population per trimmed area code (first row wins when a code repeats). */
  byCode: Map<string, number>;
  info: CsvFileInfo;
  /** Rows not used; `column` is the header as written, `value` the raw cell (at most 200 characters). */
  rejected: { line: number; column: string; reason: string; value: string }[];
  /** Rows the config's `rows` left out (another year or series): neither used nor rejected. */
  leftOut: number;
  /** A `rows` value no row held, one warning each. */
  unmatched: DatasetWarning[];
}

/**
 * Reads a population CSV with readCsv, matching `codeColumn`/`populationColumn`
 * via normaliseHeader. Populations are counts of people (thousands separators
 * accepted). Rows with a missing code, or a missing, invalid or negative
 * population, a repeated code, or malformed text are reported in `rejected`,
 * not thrown. Rows `config.rows` leaves out (another year, sex or series) are only counted. Throws
 * when a configured column is absent, listing the columns that exist; `configKey` is where the file
 * is configured (`areaLayers.<id>.population`), for that message.
 */
export async function readPopulation(
  config: NonNullable<AreaLayerConfig['population']>,
  baseDir: string,
  configKey = 'population',
): Promise<PopulationTable> {
  const filter = new RowFilter(configKey, config.rows, `${configKey}.rows`);
  let leftOut = 0;
  const byCode = new Map<string, number>();
  const firstLine = new Map<string, number>();
  const rejected: PopulationTable['rejected'] = [];
  const missing = missingSet([]);
  // Codes: only a blank one is missing (`NA` is Navarra's code); see codeMissingSet.
  const codeMissing = codeMissingSet([]);
  let codeIndex = -1;
  let popIndex = -1;
  let codeHeader = '';
  let popHeader = '';
  const derived = new DerivedColumns(
    collectDerived({ code: config.codeColumn, population: config.populationColumn }),
    missing,
  );
  const reject = (line: number, column: string, reason: string, value: string): void => {
    rejected.push({ line, column, reason, value: value.length > 200 ? value.slice(0, 200) : value });
  };

  const info = await readCsv(
    resolve(baseDir, config.file),
    { encoding: config.encoding, delimiter: config.delimiter },
    {
      header(names, raw) {
        const extended = derived.extendHeader(names, raw);
        let cols;
        try {
          cols = resolveColumns(
            { codeColumn: config.codeColumn, populationColumn: config.populationColumn },
            extended.names,
            extended.raw,
            `population file ${config.file}`,
          );
        } catch (error) {
          if (!(error instanceof MissingColumnError)) throw error;
          // Population columns are keys of the layer's population, not of a dataset's columns.
          throw new Error(error.message.replaceAll('config key columns.', 'config key population.'), { cause: error });
        }
        codeIndex = cols.index.codeColumn;
        popIndex = cols.index.populationColumn;
        filter.beginFile(config.file, extended.raw);
        codeHeader = extended.raw[codeIndex] ?? '';
        popHeader = extended.raw[popIndex] ?? '';
      },
      row(fields, line, error) {
        if (error !== undefined) {
          reject(line, '', error, fields.join(','));
          return;
        }
        if (derived.size > 0) derived.extendRow(fields);
        if (filter.active && filter.test(fields) !== null) {
          leftOut++;
          return;
        }
        const code = (fields[codeIndex] ?? '').trim();
        const rawPop = fields[popIndex] ?? '';
        if (code === '' || isMissingValue(code, codeMissing)) {
          reject(line, codeHeader, 'area code is missing', code);
          return;
        }
        const population = parseNumber(rawPop, missing, '.');
        if (population === null) reject(line, popHeader, 'population is missing', rawPop);
        else if (Number.isNaN(population)) reject(line, popHeader, 'population is not a number', rawPop);
        else if (population < 0) reject(line, popHeader, 'population is negative', rawPop);
        else if (byCode.has(code))
          reject(line, codeHeader, `area code repeated (first on line ${firstLine.get(code)})`, code);
        else {
          byCode.set(code, population);
          firstLine.set(code, line);
        }
      },
    },
  );
  return { byCode, info, rejected, leftOut, unmatched: filter.unmatched() };
}
