/**
 * The reading loop of `readCsv`, wherever it runs (this thread, or the reading thread of
 * read-csv-thread.ts): bytes -> hash -> decoded text -> rows, and what the read found.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ChunkDecoder } from './chunk-decoder.ts';
import { RowSplitter, type RowSink } from './row-splitter.ts';
import type { Delimiter, Encoding } from '../config/schema.ts';
import type { DatasetWarning } from '../../lib/data-reasons.ts';

export interface SplitOptions {
  encoding: Encoding;
  delimiter: Delimiter;
  /** Hash the bytes (SHA-256) as they are read. */
  hash?: boolean;
}

/** What the splitter and the decoder found, for `readCsv` to report. */
export interface SplitFacts {
  encoding: string;
  delimiter: string;
  rows: number;
  blankLines: number;
  sawHeader: boolean;
  headerWidth: number;
  headerError: string;
  invalidLine: number;
  /** The decoder's warnings, in the order it made them. */
  coded: DatasetWarning[];
  /** Hex SHA-256 of the file's bytes, when asked for. */
  sha256?: string;
}

// Chosen with the parse slice size: see the measurement beside PARSE_CHARS in row-splitter.ts.
const CHUNK_BYTES = 64 * 1024;

/**
 * Streams `path` through the decoder and the row splitter to `sink`; `chunk` is called after each
 * piece read (its raw bytes, and the bytes read so far) once its rows have gone to the sink.
 */
export async function splitCsvStream(
  path: string,
  options: SplitOptions,
  sink: RowSink,
  chunk?: (bytes: Buffer, bytesRead: number) => void,
): Promise<SplitFacts> {
  const coded: DatasetWarning[] = [];
  const decoder = new ChunkDecoder(options.encoding, path, [], coded);
  const splitter = new RowSplitter(options.delimiter, path, sink);
  const hash = options.hash === true ? createHash('sha256') : null;
  let bytesRead = 0;
  for await (const piece of createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    bytesRead += piece.length;
    hash?.update(piece);
    const text = decoder.write(piece);
    splitter.lookForInvalid = decoder.invalid;
    splitter.push(text);
    chunk?.(piece, bytesRead);
  }
  const tail = decoder.end();
  splitter.lookForInvalid = decoder.invalid;
  if (tail !== '') splitter.push(tail);
  splitter.finish();
  const facts: SplitFacts = {
    encoding: decoder.encoding,
    delimiter: splitter.delimiter,
    rows: splitter.rows,
    blankLines: splitter.blankLines,
    sawHeader: splitter.sawHeader,
    headerWidth: splitter.headerWidth,
    headerError: splitter.headerError,
    invalidLine: splitter.invalidLine,
    coded,
  };
  if (hash !== null) facts.sha256 = hash.digest('hex');
  return facts;
}
