/**
 * Output files written off the critical path: the data step hands each file's bytes to a worker
 * thread (write-worker.mjs) in batches and goes on computing while the worker writes them (each
 * through a temporary file and a rename, skipping a file that already holds its bytes). Writes
 * stay in order; a cap on the bytes queued keeps memory bounded (the caller waits while the
 * worker catches up). `flush()` waits, synchronously, until every file sent is on disk, and throws
 * the first write error: call it before anything reads or lists those files.
 */
import { Worker } from 'node:worker_threads';

// Counters shared with the worker (indices into an Int32Array).
const PENDING_FILES = 0;
const PENDING_BYTES = 1;
const FAILED = 2;
/** Files sent at once: enough that a message costs little per file. */
const BATCH_FILES = 64;
const BATCH_BYTES = 512 * 1024;
/** Bytes queued before the caller waits for the worker. */
const MAX_QUEUED_BYTES = 2 * 1024 * 1024;
/** A worker that makes no progress for this long has failed. */
const STALL_MS = 120_000;

interface QueuedFile {
  path: string;
  /** The file's text, written as UTF-8. */
  content: string;
  /** Its size in bytes. */
  size: number;
  hash: string;
  force: boolean;
}

export class WriteQueue {
  private readonly counters = new Int32Array(new SharedArrayBuffer(3 * 4));
  private readonly error = new Uint8Array(new SharedArrayBuffer(4096));
  private worker: Worker | null = null;
  private batch: QueuedFile[] = [];
  private batchBytes = 0;

  /**
   * Queues `content` (`size` bytes as UTF-8) for `path`; with `force` false the worker keeps a file
   * that already has this size and content hash (`hash`: 10 hex characters of its SHA-256). Text,
   * not bytes: copied to the worker's heap as it is sent, it leaves no buffer behind on this thread.
   */
  write(path: string, content: string, size: number, hash: string, force: boolean): void {
    this.check();
    this.batch.push({ path, content, size, hash, force });
    this.batchBytes += size;
    Atomics.add(this.counters, PENDING_FILES, 1);
    Atomics.add(this.counters, PENDING_BYTES, size);
    if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES) this.send();
    this.waitWhile(() => Atomics.load(this.counters, PENDING_BYTES) > MAX_QUEUED_BYTES);
  }

  /** Waits until every queued file is written; throws the first write error. */
  flush(): void {
    this.send();
    this.waitWhile(() => Atomics.load(this.counters, PENDING_FILES) > 0);
    this.check();
  }

  /** Flushes, then stops the worker (a later write starts a new one). */
  close(): void {
    try {
      this.flush();
    } finally {
      void this.worker?.terminate();
      this.worker = null;
    }
  }

  private send(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    this.worker ??= this.start();
    this.worker.postMessage(batch);
  }

  private start(): Worker {
    // No execArgv: the worker is plain JavaScript and needs neither the TypeScript loader nor its memory.
    const worker = new Worker(new URL('./write-worker.mjs', import.meta.url), {
      execArgv: [],
      // It holds a batch at a time (the files' bytes are outside its heap): a small heap keeps its memory small.
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 32 },
      workerData: { counters: this.counters.buffer, error: this.error.buffer },
    });
    worker.unref();
    return worker;
  }

  private waitWhile(busy: () => boolean): void {
    let last = Atomics.load(this.counters, PENDING_FILES);
    let since = Date.now();
    while (busy()) {
      Atomics.wait(this.counters, PENDING_FILES, last, 100);
      const now = Atomics.load(this.counters, PENDING_FILES);
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since > STALL_MS) {
        throw new Error(`the output writer made no progress for ${STALL_MS / 1000} s with ${now} files to write`);
      }
      this.check();
    }
  }

  private check(): void {
    if (Atomics.load(this.counters, FAILED) === 0) return;
    const end = this.error.indexOf(0);
    throw new Error(new TextDecoder().decode(this.error.slice(0, end === -1 ? this.error.length : end)));
  }
}
