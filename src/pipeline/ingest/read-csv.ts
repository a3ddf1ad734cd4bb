/**
 * Streaming CSV reader: bytes (declared or detected encoding) -> text -> rows
 * (PapaParse's core parser fed decoded chunks) -> handler callbacks with exact
 * physical line numbers. Memory is bounded by the chunk size, not the file size.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ENCODING_NAMES } from './detect-encoding.ts';
import type { RowSink } from './row-splitter.ts';
import { splitCsvStream } from './split-csv-stream.ts';
import { splitCsvInThread } from './read-csv-thread.ts';
import type { Delimiter, Encoding } from '../config/schema.ts';
import { datasetWarningText, type DatasetWarning } from '../../lib/data-reasons.ts';

export interface CsvReadOptions {
  encoding: Encoding;
  delimiter: Delimiter;
  /** Hash the file's bytes as they are read (`sha256` in the result). */
  hash?: boolean;
}

/**
 * Files of at least `minBytes` are read, decoded and split on a worker thread while this one
 * handles their rows (read-csv-thread.ts). Measured on the 54 MB NYT file: ~0.1 s to start the
 * thread, against ~0.35 s of reading, decoding and splitting taken off this thread's path; a file
 * of a few MB gains nothing. Tests lower it to read small files both ways.
 */
export const readerThread = { minBytes: 16 * 1024 * 1024 };

export interface CsvFileInfo {
  /** Encoding the file was read as: `utf-8`, `windows-1252`, `macintosh` or `latin1`. */
  encoding: string;
  /** True when the encoding was detected (`auto`) rather than declared. */
  encodingDetected: boolean;
  /** Delimiter used, declared or detected. */
  delimiter: string;
  /** Data rows passed to `row` (header and blank lines excluded). */
  rows: number;
  /** Lines that are empty or only spaces, not passed as rows (a line of bare delimiters is a row). */
  blankLines: number;
  /** File size in bytes. */
  bytes: number;
  /** Hex SHA-256 of the file's bytes, when `hash` was asked for. */
  sha256?: string;
  /** Things a person should know (detected encoding, invalid bytes…), one sentence each. */
  warnings: string[];
  /** The same warnings in the same order, each coded where it has a code (else its text). */
  notes: (DatasetWarning | string)[];
}

/** `header` and `row` as the row splitter calls them (see RowSink), plus what the stream reports. */
export interface CsvHandlers extends RowSink {
  progress?(bytesRead: number, totalBytes: number): void;
  /** Every chunk of raw bytes as read (e.g. to hash the file in the same pass). */
  bytes?(chunk: Buffer): void;
}

/**
 * Streams a CSV file to `handlers`: decodes it (`auto` detects UTF-8, Windows-1252
 * or Mac Roman and warns when not UTF-8), detects the delimiter from the header
 * line when `auto`, and reports rows with their physical line numbers. Blank
 * lines are counted, not passed on. Invalid UTF-8 bytes are replaced by U+FFFD
 * (with a warning naming the first one's line) rather than thrown.
 * Throws when the file is empty or has no header line.
 */
export async function readCsv(path: string, options: CsvReadOptions, handlers: CsvHandlers): Promise<CsvFileInfo> {
  const name = basename(path);
  const { size } = await stat(path);
  if (size === 0) throw new Error(`${path} is empty`);
  const warnings: string[] = [];
  const notes: (DatasetWarning | string)[] = [];
  const note = (w: DatasetWarning | string) => {
    notes.push(w);
    warnings.push(typeof w === 'string' ? w : datasetWarningText(w));
  };
  const split = { encoding: options.encoding, delimiter: options.delimiter, hash: options.hash === true };
  // A large file is read on a second core (the raw bytes then stay there: no `bytes` handler).
  const facts =
    size >= readerThread.minBytes && handlers.bytes === undefined
      ? await splitCsvInThread(path, split, handlers, (bytesRead) => handlers.progress?.(bytesRead, size))
      : await splitCsvStream(path, split, handlers, (piece, bytesRead) => {
          handlers.bytes?.(piece);
          handlers.progress?.(bytesRead, size);
        });
  if (!facts.sawHeader) throw new Error(`${path} is empty (no header line)`);

  const encoding = facts.encoding;
  // The decoder's warnings (made while reading) come first, as they always have.
  for (const w of facts.coded) note(w);
  if (facts.invalidLine > 0) {
    note({
      code: 'invalidBytes',
      file: name,
      encoding: ENCODING_NAMES[encoding] ?? encoding,
      detected: options.encoding === 'auto',
      line: facts.invalidLine,
    });
  }
  if (options.delimiter === 'auto' && facts.headerWidth === 1) note({ code: 'oneColumn', file: name });
  if (facts.headerError !== '') note(`${name}: the header line is malformed: ${facts.headerError}.`);
  const info: CsvFileInfo = {
    encoding,
    encodingDetected: options.encoding === 'auto',
    delimiter: facts.delimiter,
    rows: facts.rows,
    blankLines: facts.blankLines,
    bytes: size,
    warnings,
    notes,
  };
  if (facts.sha256 !== undefined) info.sha256 = facts.sha256;
  return info;
}
