/**
 * Streaming CSV reader: bytes (declared or detected encoding) -> text -> rows
 * (PapaParse's core parser fed decoded chunks) -> handler callbacks with exact
 * physical line numbers. Memory is bounded by the chunk size, not the file size.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ChunkDecoder } from './chunk-decoder.ts';
import { ENCODING_NAMES } from './detect-encoding.ts';
import { RowSplitter, type RowSink } from './row-splitter.ts';
import type { Delimiter, Encoding } from '../config/schema.ts';
import { datasetWarningText, type DatasetWarning } from '../../lib/data-reasons.ts';

export interface CsvReadOptions {
  encoding: Encoding;
  delimiter: Delimiter;
}

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

// Chosen with the parse slice size: see the measurement beside PARSE_CHARS in row-splitter.ts.
const CHUNK_BYTES = 64 * 1024;

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
  const coded: DatasetWarning[] = [];
  const notes: (DatasetWarning | string)[] = [];
  const note = (w: DatasetWarning | string) => {
    notes.push(w);
    warnings.push(typeof w === 'string' ? w : datasetWarningText(w));
  };
  const decoder = new ChunkDecoder(options.encoding, path, [], coded);
  const splitter = new RowSplitter(options.delimiter, path, handlers);
  let bytesRead = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    handlers.bytes?.(chunk);
    const text = decoder.write(chunk);
    splitter.lookForInvalid = decoder.invalid;
    splitter.lookForWritten = decoder.literal;
    splitter.push(text);
    handlers.progress?.(bytesRead, size);
  }
  const tail = decoder.end();
  splitter.lookForInvalid = decoder.invalid;
  splitter.lookForWritten = decoder.literal;
  if (tail !== '') splitter.push(tail);
  splitter.finish();
  if (!splitter.sawHeader) throw new Error(`${path} is empty (no header line)`);

  const encoding = decoder.encoding;
  // The decoder's warnings (made while reading) come first, as they always have.
  for (const w of coded) note(w);
  if (splitter.invalidLine > 0) {
    note({
      code: 'invalidBytes',
      file: name,
      encoding: ENCODING_NAMES[encoding] ?? encoding,
      detected: options.encoding === 'auto',
      line: splitter.invalidLine,
    });
  }
  // U+FFFD written into the file: a character lost before it was published (its rows are kept).
  if (splitter.invalidLine === 0 && splitter.writtenLine > 0) {
    note({ code: 'replacementCharacters', file: name, line: splitter.writtenLine });
  }
  if (options.delimiter === 'auto' && splitter.headerWidth === 1) note({ code: 'oneColumn', file: name });
  if (splitter.headerError !== '') note(`${name}: the header line is malformed: ${splitter.headerError}.`);
  return {
    encoding,
    encodingDetected: options.encoding === 'auto',
    delimiter: splitter.delimiter,
    rows: splitter.rows,
    blankLines: splitter.blankLines,
    bytes: size,
    warnings,
    notes,
  };
}
