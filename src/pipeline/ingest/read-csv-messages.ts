/** What the reading thread (read-csv-worker.ts) and read-csv-thread.ts say to each other. */
import type { SplitFacts, SplitOptions } from './split-csv-stream.ts';

/** Record kinds in a message's `records`: [SPANS, line, text, count, ...2 x count offsets]. */
export const SPANS = 0;
/** [ROW, line, index into `rows` and `errors`]. */
export const ROW = 1;
/** [HEADER, index into `rows` of the names; the raw header follows them]. */
export const HEADER = 2;

/** Messages the reader sends ahead of the rows handled: a few pieces of 64 KB. */
export const MAX_IN_FLIGHT = 4;

export interface ReaderData {
  path: string;
  options: SplitOptions;
  /** Send plain rows as offsets (the handlers have `spans`). */
  spans: boolean;
  /** SharedArrayBuffer of one Int32: messages sent and not yet handled. */
  counters: SharedArrayBuffer;
}

export type ReadMessage =
  | {
      kind: 'rows';
      texts: string[];
      records: ArrayBufferLike;
      length: number;
      rows: string[][];
      /** By row: its error ('' for none). */
      errors: string[];
      bytesRead: number;
    }
  | { kind: 'done'; facts: SplitFacts }
  | { kind: 'error'; message: string };
