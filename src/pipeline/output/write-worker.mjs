// The write queue's worker thread (see write-queue.ts): writes each file it is sent through
// `<path>.tmp` and a rename (as write-file-atomic.ts does), unless the file already holds those
// bytes (same size, and its bytes hash to the name's hash), then counts it done in the shared
// counters. Plain JavaScript, so that the thread starts without the TypeScript loader.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const PENDING_FILES = 0;
const PENDING_BYTES = 1;
const FAILED = 2;
const counters = new Int32Array(workerData.counters);
const errorText = new Uint8Array(workerData.error);

function holds(path, size, hash) {
  try {
    return (
      statSync(path).size === size &&
      createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 10) === hash
    );
  } catch {
    return false;
  }
}

parentPort.on('message', (batch) => {
  for (const { path, content, size, hash, force } of batch) {
    try {
      if (Atomics.load(counters, FAILED) === 0 && (force || !holds(path, size, hash))) {
        writeFileSync(`${path}.tmp`, content);
        renameSync(`${path}.tmp`, path);
      }
    } catch (error) {
      // The first failure is kept for the main thread, which throws it at its next write or flush.
      if (Atomics.compareExchange(counters, FAILED, 0, 1) === 0) {
        const message = new TextEncoder().encode(`could not write ${path}: ${error.message}`);
        errorText.set(message.subarray(0, errorText.length));
      }
    }
    Atomics.sub(counters, PENDING_BYTES, size);
    Atomics.sub(counters, PENDING_FILES, 1);
    Atomics.notify(counters, PENDING_FILES);
  }
});
