/**
 * Runs one dataset through ingest: reads each file, counts every row, rejects
 * rows that are malformed before any column is looked at (parser errors,
 * undecodable characters, extra fields, empty rows), pads rows whose trailing
 * empty fields were left out, and hands the rest to the dataset's processor. Returns the manifest entry.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DatasetConfig } from '../config/schema.ts';
import { datasetFiles, datasetInputs } from '../config/load-config.ts';
import type { DatasetEntry, Rejection } from '../../lib/manifest.ts';
import { csvField, csvRow } from '../../lib/csv.ts';
import { readCsv } from '../ingest/read-csv.ts';
import { readCsvHeader } from '../ingest/read-csv-header.ts';
import { missingSet } from '../ingest/parse-values.ts';
import { fileValues } from './file-values.ts';
import { collectDerived, DerivedColumns } from './derived-columns.ts';
import { MissingColumnError } from './column-map.ts';
import { isFeatureFile, readFeatureRows } from '../ingest/read-feature-rows.ts';
import type { DatasetProcessor, ProcessorContext } from '../datasets/dataset-processor.ts';
import { createProcessor } from '../datasets/create-processor.ts';
import { RowLedger, type RejectionSink } from './row-ledger.ts';
import { leftOutText, RowFilter } from './row-filter.ts';
import { splitColumns, type SplitColumns } from './split-columns.ts';
import type { LoadedLayer } from './loaded-layer.ts';
import { codedUnknownCodeHints, type HintLayer } from './unknown-code-hints.ts';
import { datasetWarningText, rowReasonOf, rowReasonText } from '../../lib/data-reasons.ts';
import type { OutputWriter } from '../output/output-writer.ts';

export interface ProgressSink {
  /** Bytes read so far out of the dataset's total, and rows so far. */
  update(bytes: number, rows: number): void;
}

export class RejectionThresholdError extends Error {}

/** Columns of the rejected-rows file. */
const REJECTION_COLUMNS = ['file', 'line', 'column', 'reason', 'value', 'code', 'name', 'date'];

/**
 * Writes each rejection as a line of the rejected-rows file (REJECTION_COLUMNS). The file, column
 * and reason mostly repeat from one rejection to the next: each is made a CSV field once per change.
 */
function rejectionWriter(write: (text: string) => void): RejectionSink {
  const file = repeatedField();
  const column = repeatedField();
  const reason = repeatedField();
  return (f, line, c, r, value, code, name, date) =>
    write(
      `${file(f)},${line},${column(c)},${reason(r)},${csvField(value)},${csvField(code)},${csvField(name)},${csvField(date)}\r\n`,
    );
}

/** `csvField`, remembering its last answer. */
function repeatedField(): (value: string) => string {
  let last = '';
  let field = '';
  return (value) => {
    if (value !== last) {
      last = value;
      field = csvField(value);
    }
    return field;
  };
}

/** The rejected-rows file of `rejections`, whole. */
function rejectionsText(rejections: readonly Rejection[]): string {
  let text = `${csvRow(REJECTION_COLUMNS)}\r\n`;
  const add = rejectionWriter((line) => (text += line));
  for (const r of rejections)
    add(r.file, r.line, r.column, r.reason, r.value, r.code ?? '', r.name ?? '', r.date ?? '');
  return text;
}

/** The first bytes of a file, to tell a GeoJSON file from a CSV whatever its name. */
async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buf, 0, 64, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export interface DatasetRunInput {
  config: DatasetConfig;
  baseDir: string;
  layers: ReadonlyMap<string, LoadedLayer>;
  out: OutputWriter;
  progress?: ProgressSink;
  /** The language of the config's text and the data (see ProcessorContext). */
  language?: string;
}

export interface DatasetRunResult {
  entry: DatasetEntry;
  /** Datasets derived from this one (cases roll-ups), each its own manifest entry. */
  derived: DatasetEntry[];
  /** SHA-256 of each input file, hashed while it was read (for the build cache). */
  inputHashes: string[];
}

export async function processDataset(input: DatasetRunInput): Promise<DatasetRunResult> {
  const { config, baseDir, layers, out } = input;
  // Rejected rows go to their file as they are found (when the writer can stream), not held in memory.
  const rejectionsFile = input.out.stream?.('rejections', 'csv') ?? null;
  rejectionsFile?.write(`${csvRow(REJECTION_COLUMNS)}\r\n`);
  const ledger = new RowLedger(rejectionsFile === null ? null : rejectionWriter((text) => rejectionsFile.write(text)));
  const layerId = config.join.by === 'none' ? undefined : config.join.layer;
  const layer = layerId === undefined ? null : (layers.get(layerId) ?? null);
  const ctx: ProcessorContext = { config, baseDir, ledger, layer, out, layers };
  if (input.language !== undefined) ctx.language = input.language;
  const processor: DatasetProcessor = createProcessor(ctx);
  let bytesBefore = 0;

  const inputs = datasetInputs(config);
  const built = new DerivedColumns(collectDerived(config.columns), missingSet(config.missingValues));
  const filter = new RowFilter(config.id, config.rows);
  const split = splitColumns(config.id, config.splitColumns);
  if (filter.active) ledger.filtersRows();
  await checkHeaders(config.id, inputs, baseDir, split, built, processor, filter);
  // A row the filter leaves out is counted as such; the rest go to the processor.
  const keep = (fields: readonly string[]): boolean => {
    const by = filter.test(fields);
    if (by === null) return true;
    ledger.leaveOut(by);
    return false;
  };

  const inputHashes: string[] = [];
  for (const { path: file, encoding, delimiter, values } of inputs) {
    const path = resolve(baseDir, file);
    const given = fileValues(values);
    const hash = createHash('sha256');
    if (isFeatureFile(path, await firstBytes(path))) {
      const before = ledger.rowsIn;
      const info = await readFeatureRows(path, config.kind === 'assets' ? config.topojsonLayer : undefined, {
        header(names, raw, crs) {
          const [splitNames, splitRaw] = split.header(file, names, raw);
          processor.beginFile(file, splitNames, splitRaw, { crs });
          filter.beginFile(file, splitRaw);
        },
        row(fields, line, error, geometry) {
          ledger.read(fields);
          if (error !== undefined) ledger.rejectRow(file, line, rowReasonOf(error) ?? error, '');
          else {
            if (split.size > 0) split.row(fields);
            if (!filter.active || keep(fields)) processor.row(fields, line, geometry);
          }
        },
        bytes(chunk) {
          hash.update(chunk);
        },
      });
      bytesBefore += info.bytes;
      input.progress?.update(bytesBefore, ledger.rowsIn);
      inputHashes.push(hash.digest('hex'));
      ledger.files.push({
        path: file,
        format: 'features',
        encoding: 'utf-8',
        encodingDetected: false,
        delimiter: '',
        rows: info.rows,
        blankLines: 0,
        ...cellFacts(ledger, before),
      });
      continue;
    }
    let width = 0;
    // Fields up to the last named column: a header that ends in its delimiter (`a;b;c;`) has an
    // unnamed last column that rows often lack, and a row without it is not short.
    let named = 0;
    let shortRows = 0;
    const before = ledger.rowsIn;
    // Rows as field offsets when nothing is added to them (file values, derived columns) and the
    // processor can read them so; every other row, and any it declines, comes to `row` below.
    const fast = processor.rowSpans?.bind(processor);
    const spans =
      fast === undefined || Object.keys(values).length > 0 || split.size > 0 || built.size > 0 || filter.active
        ? undefined
        : (text: string, at: Int32Array, count: number, line: number): boolean => {
            if (count !== width || !fast(text, at, line)) return false;
            ledger.read();
            return true;
          };
    const info = await readCsv(
      path,
      { encoding, delimiter },
      {
        ...(spans === undefined ? {} : { spans }),
        header(names, raw) {
          width = names.length;
          named = width;
          while (named > 0 && (raw[named - 1] ?? '').replace(/\uFEFF/g, '').trim() === '') named--;
          const [givenNames, givenRaw] = given.header(names, raw);
          const extended = built.extendHeader(...split.header(file, givenNames, givenRaw));
          processor.beginFile(file, extended.names, extended.raw);
          filter.beginFile(file, extended.raw);
        },
        row(fields, line, error) {
          ledger.read(fields);
          if (error !== undefined) {
            ledger.rejectRow(file, line, rowReasonOf(error) ?? error, fields.join(','));
          } else if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
            ledger.rejectRow(file, line, { code: 'fieldCount', fields: fields.length, width }, fields.join(','));
          } else if (allBlank(fields)) {
            ledger.rejectRow(file, line, { code: 'emptyRow' }, fields.join(','));
          } else {
            // Some exports drop trailing empty fields; read them as empty (as spreadsheets and
            // Python's csv do). A row cut short of a required value is then rejected by
            // column, which says more than a field count.
            if (fields.length < width) {
              if (fields.length < named) shortRows++;
              while (fields.length < width) fields.push('');
            }
            given.row(fields);
            if (split.size > 0) split.row(fields);
            if (built.size > 0) built.extendRow(fields);
            if (!filter.active || keep(fields)) processor.row(fields, line);
          }
        },
        progress(bytes) {
          input.progress?.update(bytesBefore + bytes, ledger.rowsIn);
        },
        bytes(chunk) {
          hash.update(chunk);
        },
      },
    );
    bytesBefore += info.bytes;
    inputHashes.push(hash.digest('hex'));
    ledger.files.push({
      path: file,
      encoding: info.encoding,
      encodingDetected: info.encodingDetected,
      delimiter: info.delimiter,
      rows: info.rows,
      blankLines: info.blankLines,
      ...cellFacts(ledger, before),
    });
    for (const w of info.notes) ledger.warn(w);
    if (shortRows > 0) ledger.warn({ code: 'shortRows', file, rows: shortRows });
  }

  for (const w of filter.unmatched()) ledger.warn(w);
  const kindFields = await processor.finish();
  const quality = ledger.report();
  if (layer !== null) {
    const hints = codedUnknownCodeHints(
      quality.unknownCodes.map((u) => u.code),
      hintLayer(layer),
      [...layers.values()].filter((l) => l !== layer).map(hintLayer),
    );
    quality.unknownCodeHints = hints.map((h) => datasetWarningText(h));
    quality.unknownCodeHintsCoded = hints;
  }
  const rejections =
    rejectionsFile !== null ? rejectionsFile.end() : out.text('rejections', 'csv', rejectionsText(ledger.rejections));
  const files = datasetFiles(config).join(', ');
  const top = quality.rejectedByReason
    .slice(0, 3)
    .map((r) => `${r.reason} (${r.count})`)
    .join('; ');
  const hints =
    (quality.unknownCodeHints.length > 0 ? ` ${quality.unknownCodeHints.join(' ')}` : '') +
    ledger.dates.hint(config.dateFormat, config.id) +
    ledger.values.hint(config) +
    blankValuesHint(config, quality.rejectedByReason, ledger.values.blankMissing);
  const unit = quality.unit ?? 'rows';
  const leftOut = quality.leftOut ?? 0;
  if (quality.rowsIn > 0 && quality.accepted === 0) {
    // Whatever maxRejectedShare allows: a dataset with nothing in it would build pages of nothing.
    const out = leftOut > 0 ? ` ${leftOut} left out by rows.where/rows.except (${leftOutText(quality)}).` : '';
    throw new RejectionThresholdError(
      `${config.id} (${files}): none of the ${quality.rowsIn} ${unit} was accepted.${out}` +
        (quality.rejected > 0 ? ` Top reasons: ${top}.` : '') +
        `${hints} Fix the file or the dataset's column mapping (columns.*)${leftOut > 0 ? ' or its rows filter' : ''}.`,
    );
  }
  // Rows left out by the config are not the dataset's: the share is of the rows it kept.
  const considered = quality.rowsIn - leftOut;
  const share = considered === 0 ? 0 : quality.rejected / considered;
  if (share > config.maxRejectedShare) {
    throw new RejectionThresholdError(
      `${config.id}: ${quality.rejected} of ${considered} ${unit}${leftOut > 0 ? ` kept by rows.where/rows.except` : ''} rejected (${(share * 100).toFixed(1)}%), ` +
        `over maxRejectedShare ${(config.maxRejectedShare * 100).toFixed(1)}%. Top reasons: ${top}.${hints} ` +
        `Fix the file or the column mapping, or raise datasets[${config.id}].maxRejectedShare.`,
    );
  }
  const { files: extraFiles, derived = [], ...fields } = kindFields;
  const entry = {
    id: config.id,
    title: config.title,
    description: config.description,
    source: config.source,
    layer: layerId ?? null,
    quality,
    files: { rejections, ...extraFiles },
    ...fields,
  } as DatasetEntry;
  const derivedEntries = derived.map((d): DatasetEntry => {
    const { files: derivedFiles, ...derivedFields } = d.fields;
    return {
      id: d.id,
      title: d.title ?? config.title,
      description: config.description,
      source: config.source,
      layer: d.layer,
      // The same rows were read: the same accounting, plus what the roll-up has to say.
      quality: {
        ...quality,
        warnings: [...quality.warnings, ...d.warnings.map(datasetWarningText)],
        warningsCoded: [...(quality.warningsCoded ?? []), ...d.warnings],
      },
      files: { rejections, ...derivedFiles },
      ...derivedFields,
      derivedFrom: config.id,
      rollUp: { configuredTitle: d.title !== undefined },
    } as DatasetEntry;
  });
  return { entry, derived: derivedEntries, inputHashes };
}

/** A wide file's period or area columns and the cells read from it (since `before`); nothing for a file counted in rows. */
function cellFacts(
  ledger: RowLedger,
  before: number,
): { periodColumns?: string[]; areaColumns?: string[]; cells?: number } {
  const columns = ledger.cellColumns;
  if (columns === null) return {};
  const headers = columns.map((c) => c.header);
  const cells = ledger.rowsIn - before;
  return ledger.cellColumnKind === 'area' ? { areaColumns: headers, cells } : { periodColumns: headers, cells };
}

/** Whether every field is empty or only white space (as String.trim sees it); stops at the first that is not. */
export function allBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as string;
    if (f.length > 0 && f.trim() !== '') return false;
  }
  return true;
}

function hintLayer(layer: LoadedLayer): HintLayer {
  return {
    id: layer.id,
    label: layer.config.label,
    codes: layer.features.map((f) => f.code),
    has: (code) => layer.resolveCode(code) >= 0,
  };
}

/**
 * Reads the header of every file and resolves the configured columns against each, so that one
 * error lists every file's missing columns (and what each file does have) instead of stopping at
 * the first file after reading it whole.
 */
async function checkHeaders(
  id: string,
  inputs: ReturnType<typeof datasetInputs>,
  baseDir: string,
  split: SplitColumns,
  derived: DerivedColumns,
  processor: DatasetProcessor,
  filter: RowFilter,
): Promise<void> {
  const problems: string[] = [];
  const lacking = new Set<string>();
  for (const { path, encoding, delimiter, values } of inputs) {
    const file = resolve(baseDir, path);
    // A GeoJSON or TopoJSON file's columns are its features' properties, checked as it is read.
    if (isFeatureFile(file, await firstBytes(file))) continue;
    const { names, raw } = await readCsvHeader(file, { encoding, delimiter });
    let extended: { names: string[]; raw: string[] };
    try {
      extended = derived.extendHeader(...split.header(path, ...fileValues(values).header(names, raw)));
    } catch (error) {
      if (!(error instanceof MissingColumnError)) throw error;
      problems.push(error.message);
      lacking.add(path);
      continue;
    }
    // The rows filter's columns are checked too, so that one error names every missing column.
    for (const check of [
      () => processor.beginFile(path, extended.names, extended.raw),
      () => filter.check(path, extended.raw),
    ]) {
      try {
        check();
      } catch (error) {
        if (!(error instanceof MissingColumnError)) throw error;
        problems.push(error.message);
        lacking.add(path);
      }
    }
  }
  if (problems.length === 1) throw new MissingColumnError(problems[0]);
  if (problems.length > 1) {
    throw new MissingColumnError(
      `${id}: ${lacking.size} of ${inputs.length} ${inputs.length === 1 ? 'file lacks' : 'files lack'} configured columns:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/**
 * For an indicator stopped by missing values: publishers often leave a withheld figure blank
 * (Statbel's medians of fewer than 10 sales), and only the config can say a blank means that.
 */
function blankValuesHint(config: DatasetConfig, reasons: readonly { reason: string }[], blanks: boolean): string {
  const missing = rowReasonText({ code: 'valueMissing' });
  // Missing values that were all markers (Eurostat's `:`) are not blanks: the tally names them.
  if (config.kind !== 'indicator' || config.suppressedValues.includes('') || !blanks) return '';
  if (!reasons.slice(0, 3).some((r) => r.reason === missing)) return '';
  return (
    ` Blank values are read as missing: if the publisher leaves a suppressed value blank, add "" to ` +
    `datasets[${config.id}].suppressedValues (suppressedValues: [""]) to show blanks as suppressed.`
  );
}
