/**
 * `readCsv` on a second core: a worker thread reads, hashes, decodes and splits the file
 * (read-csv-worker.ts) while this thread hands its rows to the handlers, in the same order and
 * with the same arguments as the one-thread loop would. The worker is TypeScript: it is bundled
 * once per process with esbuild (what tsx runs on) and started from the bundle's text, so that
 * it starts without a TypeScript loader of its own.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { RowSink } from './row-splitter.ts';
import type { SplitFacts, SplitOptions } from './split-csv-stream.ts';
import { HEADER, ROW, SPANS, type ReadMessage, type ReaderData } from './read-csv-messages.ts';

let bundled: Promise<string> | null = null;

/** The reading thread's code, bundled on first use. */
function workerCode(): Promise<string> {
  bundled ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./read-csv-worker.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
    });
    return (result.outputFiles[0] as { text: string }).text;
  });
  return bundled;
}

/**
 * Reads `path` in a worker thread, calling `sink` (and `progress` after each piece) on this one;
 * resolves with what the read found, or rejects with the reader's error.
 */
export async function splitCsvInThread(
  path: string,
  options: SplitOptions,
  sink: RowSink,
  progress: ((bytesRead: number) => void) | undefined,
): Promise<SplitFacts> {
  const code = await workerCode();
  const counters = new Int32Array(new SharedArrayBuffer(4));
  const data: ReaderData = {
    path,
    options,
    spans: sink.spans !== undefined,
    counters: counters.buffer as SharedArrayBuffer,
  };
  const worker = new Worker(code, {
    eval: true,
    execArgv: [],
    workerData: data,
    // It holds a few pieces of the file at a time: a small heap keeps the process's memory as it was.
    resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 },
  });
  const queue: ReadMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on('message', (m: ReadMessage) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (error) => {
    failure ??= error;
    wake?.();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`${path}: the reading thread stopped (exit code ${code}) before the end of the file`);
    wake?.();
  });
  const spans = sink.spans?.bind(sink);
  let at = new Int32Array(64);
  try {
    for (;;) {
      const message = queue.shift();
      if (message === undefined) {
        if (failure !== null) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      if (message.kind === 'error') throw new Error(message.message);
      if (message.kind === 'done') return message.facts;
      const { texts, rows, errors } = message;
      const records = new Int32Array(message.records, 0, message.length);
      for (let i = 0; i < records.length;) {
        const kind = records[i] as number;
        if (kind === SPANS) {
          const line = records[i + 1] as number;
          const text = texts[records[i + 2] as number] as string;
          const count = records[i + 3] as number;
          if (at.length < 2 * count) at = new Int32Array(2 * count);
          for (let k = 0; k < 2 * count; k++) at[k] = records[i + 4 + k] as number;
          i += 4 + 2 * count;
          // As the splitter does when the sink declines the offsets: the row as strings.
          if (!(spans as NonNullable<typeof spans>)(text, at, count, line)) {
            const fields: string[] = [];
            for (let k = 0; k < count; k++) fields.push(text.slice(at[2 * k], at[2 * k + 1]));
            sink.row(fields, line);
          }
        } else if (kind === ROW) {
          const index = records[i + 2] as number;
          const error = errors[index] as string;
          if (error === '') sink.row(rows[index] as string[], records[i + 1] as number);
          else sink.row(rows[index] as string[], records[i + 1] as number, error);
          i += 3;
        } else if (kind === HEADER) {
          const index = records[i + 1] as number;
          sink.header(rows[index] as string[], rows[index + 1] as string[]);
          i += 2;
        } else {
          throw new Error(`${path}: the reading thread sent a record of unknown kind ${kind}`);
        }
      }
      Atomics.sub(counters, 0, 1);
      Atomics.notify(counters, 0);
      progress?.(message.bytesRead);
    }
  } finally {
    worker.removeAllListeners();
    void worker.terminate();
  }
}
