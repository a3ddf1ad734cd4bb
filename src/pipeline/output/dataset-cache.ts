/**
 * Incremental builds: a dataset whose config and pipeline code are unchanged,
 * and whose inputs have the size and modification time they had when last read
 * (as `make` judges), keeps its previous outputs. The key hashes config, code
 * and the inputs' bytes (hashed while they are read, not in a pass of their own).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatasetEntry } from '../../lib/manifest.ts';

export interface CacheRecord {
  key: string;
  entry: DatasetEntry;
  /** Datasets derived from this one (roll-ups), rebuilt with it. */
  derived: DatasetEntry[];
  files: string[];
  /** Size and modification time of each input when it was read. */
  inputs: { size: number; mtimeMs: number }[];
  /** SHA-256 of each input's bytes, as read. */
  inputHashes: string[];
}

export const CACHE_DIR = '.cache';

/** SHA-256 over the text of every .ts/.mjs file below the given folders (sorted), so code changes invalidate the cache. */
export function hashSources(roots: readonly string[]): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|mjs)$/.test(name)) files.push(p);
    }
  };
  for (const r of roots) if (existsSync(r)) walk(r);
  for (const f of files.sort()) hash.update(relative(process.cwd(), f)).update(readFileSync(f));
  return hash.digest('hex');
}

/** Cache key of a dataset from the JSON-able parts that determine its outputs. */
export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function readCache(dataDir: string, id: string): CacheRecord | null {
  const path = join(dataDir, CACHE_DIR, `${id}.json`);
  if (!existsSync(path)) return null;
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheRecord>;
    // Records from older versions lack fields: treat them as no record.
    if (
      !Array.isArray(record.files) ||
      !Array.isArray(record.inputs) ||
      !Array.isArray(record.inputHashes) ||
      !Array.isArray(record.derived)
    )
      return null;
    return record.files.every((f) => existsSync(join(dataDir, f))) ? (record as CacheRecord) : null;
  } catch {
    return null;
  }
}

export function writeCache(dataDir: string, id: string, record: CacheRecord): void {
  mkdirSync(join(dataDir, CACHE_DIR), { recursive: true });
  writeFileSync(join(dataDir, CACHE_DIR, `${id}.json`), JSON.stringify(record));
}
