/**
 * Writes the pipeline's files: deterministic JSON (no whitespace, keys in the
 * order the producer built them) under content-hashed names, so a host can
 * cache them forever and the same inputs give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from './write-file-atomic.ts';
import type { WriteQueue } from './write-queue.ts';

export interface OutputWriter {
  /** Writes `data` as JSON; returns its path relative to the data root, e.g. `notifications/summary.3f2a9c1b0d.json`. */
  json(logicalName: string, data: unknown): string;
  /** Writes text (CSV, GeoJSON) with the given extension; returns its relative path. */
  text(logicalName: string, extension: 'csv' | 'json' | 'geojson', content: string): string;
  /** Every relative path written so far, in write order. */
  readonly written: readonly string[];
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

const encoder = new TextEncoder();

/** Content hash used in file names: 10 hex characters of SHA-256. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** A writer rooted at `dataDir`, writing below `prefix/`. */
export function createOutputWriter(dataDir: string, prefix: string, options: OutputWriterOptions = {}): OutputWriter {
  const written: string[] = [];
  const madeDirs = new Set<string>();
  function write(logicalName: string, extension: string, content: string): string {
    // Names come partly from data (area codes): keep them to a safe alphabet.
    const safe = logicalName.replace(/[^A-Za-z0-9._/-]/g, '_');
    if (!SAFE_NAME.test(safe) || safe.includes('..')) throw new Error(`unsafe output name: ${logicalName}`);
    // Its own buffer (not Node's shared pool), so that it can be handed to the write queue's thread.
    const bytes = encoder.encode(content);
    const hash = contentHash(bytes);
    const rel = `${prefix}/${safe}.${hash}.${extension}`;
    const abs = join(dataDir, rel);
    const dir = dirname(abs);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    options.record?.(rel);
    // A file of this name whose bytes hash to its name already holds this content: keep it.
    // Not promises: measured, queued async writes only ran once the (synchronous) aggregation
    // yielded. The queue's worker thread writes while the aggregation goes on.
    if (options.queue !== undefined) options.queue.write(abs, bytes, hash, options.force ?? false);
    else if (options.force || !holds(abs, bytes.length, hash)) writeFileAtomic(abs, bytes);
    written.push(rel);
    return rel;
  }
  return {
    json: (name, data) => write(name, 'json', JSON.stringify(data)),
    text: (name, extension, content) => write(name, extension, content),
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
