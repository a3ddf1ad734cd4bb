/**
 * Incremental builds: a dataset whose config and pipeline code are unchanged,
 * and whose inputs still hold the bytes they held when last read, keeps its
 * previous outputs. The fast check is size, modification time, change time and
 * inode (as `make` judges, plus the two a hand edit cannot restore); when only
 * the change time or inode moved (a copy, a checkout, `touch -d`), the input is
 * hashed again and compared with the SHA-256 recorded while it was last read.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatasetEntry } from '../../lib/manifest.ts';
import { CACHE_DIR, type OutputFolder } from './output-folder.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

export { CACHE_DIR };

/** What the cache remembers of one input file when it was read. */
export interface InputStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface CacheRecord {
  key: string;
  entry: DatasetEntry;
  /** Datasets derived from this one (roll-ups), rebuilt with it. */
  derived: DatasetEntry[];
  files: string[];
  /** Size in bytes of each of `files`, checked before the outputs are reused. */
  fileSizes: number[];
  /** Stamp of each input when it was read. */
  inputs: InputStamp[];
  /** SHA-256 of each input's bytes, as read. */
  inputHashes: string[];
}

export function inputStamp(st: Stats): InputStamp {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
}

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

/**
 * Whether the inputs at `paths` (stamped now as `now`) still hold what `record` read:
 * `same` by stamp alone, `rehashed` when a stamp moved but the bytes hash as before, else `changed`.
 */
export async function compareInputs(
  record: CacheRecord,
  paths: readonly string[],
  now: readonly InputStamp[],
): Promise<'same' | 'rehashed' | 'changed'> {
  if (record.inputs.length !== now.length || record.inputHashes.length !== now.length) return 'changed';
  let rehashed = false;
  for (const [i, stamp] of now.entries()) {
    const before = record.inputs[i];
    const path = paths[i];
    if (before === undefined || path === undefined || before.size !== stamp.size) return 'changed';
    if (before.mtimeMs === stamp.mtimeMs && before.ctimeMs === stamp.ctimeMs && before.ino === stamp.ino) continue;
    if ((await hashFile(path)) !== record.inputHashes[i]) return 'changed';
    rehashed = true;
  }
  return rehashed ? 'rehashed' : 'same';
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The dataset's cache record, or null when there is none, it is from an older version, or an output it lists is missing or the wrong size. */
export function readCache(dataDir: string, id: string): CacheRecord | null {
  const path = join(dataDir, CACHE_DIR, `${id}.json`);
  if (!existsSync(path)) return null;
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheRecord>;
    const { files, fileSizes, inputs, inputHashes } = record;
    // Records from older versions lack fields: treat them as no record.
    if (
      !Array.isArray(files) ||
      !Array.isArray(fileSizes) ||
      !Array.isArray(inputs) ||
      !Array.isArray(inputHashes) ||
      !Array.isArray(record.derived)
    )
      return null;
    if (files.length !== fileSizes.length) return null;
    const intact = files.every((f, i) => {
      const full = join(dataDir, f);
      return existsSync(full) && statSync(full).size === fileSizes[i];
    });
    return intact ? (record as CacheRecord) : null;
  } catch {
    return null;
  }
}

/** Relative path of a dataset's cache record. */
export function cachePath(id: string): string {
  return `${CACHE_DIR}/${id}.json`;
}

/** Writes the record atomically, after the outputs it lists (so a record never names a file not yet written). */
export function writeCache(folder: OutputFolder, id: string, record: Omit<CacheRecord, 'fileSizes'>): void {
  const fileSizes = record.files.map((f) => statSync(join(folder.dir, f)).size);
  folder.record(cachePath(id));
  writeFileAtomic(join(folder.dir, cachePath(id)), JSON.stringify({ ...record, fileSizes }));
}
