/**
 * Writes the pipeline's files: deterministic JSON (no whitespace, keys in the
 * order the producer built them) under content-hashed names, so a host can
 * cache them forever and the same inputs give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TEMP_SUFFIX, writeFileAtomic } from './write-file-atomic.ts';
import type { WriteQueue } from './write-queue.ts';

export interface OutputWriter {
  /** Writes `data` as JSON; returns its path relative to the data root, e.g. `notifications/summary.3f2a9c1b0d.json`. */
  json(logicalName: string, data: unknown): string;
  /** Writes text (CSV, GeoJSON) with the given extension; returns its relative path. */
  text(logicalName: string, extension: 'csv' | 'json' | 'geojson', content: string): string;
  /**
   * A file written as it is produced, a piece at a time (e.g. one CSV line per rejected row), so
   * that it is never held whole; named by its content hash like the others when `end()` is called.
   */
  stream?(logicalName: string, extension: 'csv' | 'json'): OutputStream;
  /** Every relative path written so far, in write order. */
  readonly written: readonly string[];
}

export interface OutputStream {
  write(text: string): void;
  /** Finishes the file; returns its relative path. */
  end(): string;
}

export interface OutputWriterOptions {
  /** Rewrite every file, even one whose name and content already match. Default false. */
  force?: boolean;
  /** Called with each relative path before its file is created, so cleanup knows what this step wrote. */
  record?: (relativePath: string) => void;
  /**
   * Hand the files to this queue's worker thread instead of writing them before returning: the
   * caller must `flush()` the queue before anything reads or lists them. Default: written in place.
   */
  queue?: WriteQueue;
}

/** Content hash used in file names: 10 hex characters of SHA-256. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}

// Text a stream holds before it writes a piece.
const STREAM_CHUNK_CHARS = 64 * 1024;

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** A writer rooted at `dataDir`, writing below `prefix/`. */
export function createOutputWriter(dataDir: string, prefix: string, options: OutputWriterOptions = {}): OutputWriter {
  const written: string[] = [];
  const madeDirs = new Set<string>();
  function safeName(logicalName: string): string {
    // Names come partly from data (area codes): keep them to a safe alphabet.
    const safe = logicalName.replace(/[^A-Za-z0-9._/-]/g, '_');
    if (!SAFE_NAME.test(safe) || safe.includes('..')) throw new Error(`unsafe output name: ${logicalName}`);
    return safe;
  }
  function makeDir(abs: string): void {
    const dir = dirname(abs);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
  }
  function write(logicalName: string, extension: string, content: string): string {
    const safe = safeName(logicalName);
    const hash = contentHash(content);
    const rel = `${prefix}/${safe}.${hash}.${extension}`;
    const abs = join(dataDir, rel);
    makeDir(abs);
    options.record?.(rel);
    // A file of this name whose bytes hash to its name already holds this content: keep it.
    // Not promises: measured, queued async writes only ran once the (synchronous) aggregation
    // yielded. The queue's worker thread writes while the aggregation goes on.
    if (options.queue !== undefined) {
      options.queue.write(abs, content, Buffer.byteLength(content), hash, options.force ?? false);
    } else {
      const bytes = Buffer.from(content);
      if (options.force || !holds(abs, bytes.length, hash)) writeFileAtomic(abs, bytes);
    }
    written.push(rel);
    return rel;
  }
  function stream(logicalName: string, extension: string): OutputStream {
    const safe = safeName(logicalName);
    // Written under a temporary name (recorded first, so cleanup removes it if the run dies), hashed
    // as it goes, and renamed to its content-hashed name at the end.
    const tempRel = `${prefix}/${safe}.stream${TEMP_SUFFIX}`;
    const tempAbs = join(dataDir, tempRel);
    const hash = createHash('sha256');
    let fd: number | null = null;
    let pending = '';
    const flush = (): void => {
      if (fd === null) {
        makeDir(tempAbs);
        options.record?.(tempRel);
        fd = openSync(tempAbs, 'w');
      }
      const bytes = Buffer.from(pending);
      pending = '';
      hash.update(bytes);
      writeSync(fd, bytes);
    };
    return {
      write(text) {
        pending += text;
        if (pending.length >= STREAM_CHUNK_CHARS) flush();
      },
      end() {
        flush();
        closeSync(fd as number);
        const rel = `${prefix}/${safe}.${hash.digest('hex').slice(0, 10)}.${extension}`;
        options.record?.(rel);
        renameSync(tempAbs, join(dataDir, rel));
        written.push(rel);
        return rel;
      },
    };
  }
  return {
    json: (name, data) => write(name, 'json', JSON.stringify(data)),
    text: (name, extension, content) => write(name, extension, content),
    stream,
    get written() {
      return written;
    },
  };
}

// The name alone proves nothing (a file can be cut short by a crash or edited by hand):
// check its size, then that its bytes hash to the name.
function holds(path: string, size: number, hash: string): boolean {
  try {
    return statSync(path).size === size && contentHash(readFileSync(path)) === hash;
  } catch {
    return false;
  }
}
