/**
 * The reading thread of read-csv-thread.ts: reads, hashes, decodes and splits one CSV file (the
 * same loop as `readCsv` in one thread), and sends the rows to the thread that started it in a
 * message per piece read. A row of plain fields goes as offsets into the text it was split from
 * (what `RowSink.spans` takes), any other as its fields. Bundled and run by read-csv-thread.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { splitCsvStream, type SplitOptions } from './split-csv-stream.ts';
import type { RowSink } from './row-splitter.ts';
import { HEADER, ROW, SPANS, MAX_IN_FLIGHT, type ReadMessage, type ReaderData } from './read-csv-messages.ts';

const { path, options, spans, counters } = workerData as ReaderData & { options: SplitOptions };
const inFlight = new Int32Array(counters);
const port = parentPort as NonNullable<typeof parentPort>;

let texts: string[] = [];
let lastText: string | null = null;
let rows: string[][] = [];
let errors: string[] = [];
let records = new Int32Array(1 << 16);
let length = 0;

function room(n: number): void {
  if (length + n <= records.length) return;
  const grown = new Int32Array(Math.max(records.length * 2, length + n));
  grown.set(records.subarray(0, length));
  records = grown;
}

const sink: RowSink = {
  header(names, raw) {
    room(2);
    records[length++] = HEADER;
    records[length++] = rows.length;
    rows.push(names, raw);
    errors.push('', '');
  },
  row(fields, line, error) {
    room(3);
    records[length++] = ROW;
    records[length++] = line;
    records[length++] = rows.length;
    rows.push(fields);
    errors.push(error ?? '');
  },
};
if (spans) {
  sink.spans = (text, at, count, line) => {
    // The splitter hands over one text per slice it splits: each is sent once.
    if (text !== lastText) {
      texts.push(text);
      lastText = text;
    }
    room(4 + 2 * count);
    records[length++] = SPANS;
    records[length++] = line;
    records[length++] = texts.length - 1;
    records[length++] = count;
    for (let k = 0; k < 2 * count; k++) records[length++] = at[k] as number;
    return true;
  };
}

function send(bytesRead: number): void {
  const message: ReadMessage = { kind: 'rows', texts, records: records.buffer, length, rows, errors, bytesRead };
  port.postMessage(message, [records.buffer]);
  texts = [];
  lastText = null;
  rows = [];
  errors = [];
  records = new Int32Array(records.length);
  length = 0;
  // Ahead of the reader by at most MAX_IN_FLIGHT pieces: memory stays bounded whatever the file's size.
  Atomics.add(inFlight, 0, 1);
  for (let now = Atomics.load(inFlight, 0); now >= MAX_IN_FLIGHT; now = Atomics.load(inFlight, 0)) {
    Atomics.wait(inFlight, 0, now, 1000);
  }
}

let bytesSoFar = 0;
splitCsvStream(path, options, sink, (_piece, bytesRead) => {
  bytesSoFar = bytesRead;
  send(bytesRead);
}).then(
  (facts) => {
    if (length > 0) send(bytesSoFar);
    port.postMessage({ kind: 'done', facts } satisfies ReadMessage);
  },
  (error: unknown) => {
    port.postMessage({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies ReadMessage);
  },
);
