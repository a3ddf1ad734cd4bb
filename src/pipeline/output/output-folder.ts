/**
 * The data step's claim on its output folder. It only writes into a folder that
 * is new, empty, or marked as its own (`.cache/owner.json`), and it records each
 * file's name in `.cache/written.log` before creating the file, so cleanup
 * deletes only files this step wrote: never a council's config, inputs or
 * anything else that happens to share the folder.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { TEMP_SUFFIX, writeFileAtomic } from './write-file-atomic.ts';

export const CACHE_DIR = '.cache';
const OWNER = `${CACHE_DIR}/owner.json`;
const JOURNAL = `${CACHE_DIR}/written.log`;
const OWNER_TEXT = `${JSON.stringify({ writtenBy: 'civic-atlas data step', ownerVersion: 1 })}\n`;
// Files with fixed names the step rewrites every run and never deletes.
const FIXED = new Set(['manifest.json', OWNER, JOURNAL]);
// A recorded path: relative, forward slashes, no empty, `.` or `..` segments.
const RECORDED = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
// Names of files earlier versions wrote (content-hashed outputs, manifest, cache records).
const LEGACY_OUTPUT = /\.[0-9a-f]{10}\.(?:json|csv|geojson)$/;

export class OutputFolderError extends Error {}

export interface OutputFolder {
  /** Absolute path of the folder. */
  readonly dir: string;
  /** Notes that `relativePath` is about to be written (call before creating it). */
  record(relativePath: string): void;
  /** Deletes every recorded file not in `keep` (and leftover temporary files), then records `keep` alone. */
  finish(keep: ReadonlySet<string>): void;
  /** Releases the record file; safe to call twice. */
  close(): void;
}

/**
 * Claims `dir` for the data step: creates it (and the owner mark) when it is
 * missing or empty, accepts it when it carries the owner mark (or is an output
 * folder of an earlier version, which it then marks), and otherwise throws an
 * {@link OutputFolderError} that says why and what to do.
 */
export function claimOutputFolder(dir: string): OutputFolder {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new OutputFolderError(
      `output folder ${root} is a file, not a folder. Choose a folder for the data step's output.`,
    );
  }
  makeFolder(root);
  try {
    return claimMade(root);
  } catch (error) {
    if (error instanceof OutputFolderError) throw error;
    throw unwritable(root, error);
  }
}

// The output folder's claim once it exists: mark, journal and cleanup.
function claimMade(root: string): OutputFolder {
  const ownerPath = join(root, OWNER);
  const owned = existsSync(ownerPath) && readFileSync(ownerPath, 'utf8') === OWNER_TEXT;
  if (!owned) {
    const entries = readdirSync(root);
    const legacy = entries.length > 0 && isLegacyOutput(root);
    if (entries.length > 0 && !legacy) {
      throw new OutputFolderError(
        `output folder ${root} is not empty and was not made by the data step (it has no ${OWNER}), ` +
          `so the data step will not write into it or delete anything from it. ` +
          `It holds: ${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}. ` +
          `Point --out (or ATLAS_DATA_DIR) at a new or empty folder, e.g. .atlas/data.`,
      );
    }
    mkdirSync(join(root, CACHE_DIR), { recursive: true });
    if (legacy) writeFileAtomic(join(root, JOURNAL), legacyFiles(root).join('\n') + '\n');
    writeFileAtomic(ownerPath, OWNER_TEXT);
  }
  let fd: number | null = openSync(join(root, JOURNAL), 'a');
  const close = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    dir: root,
    record(relativePath) {
      if (fd === null) throw new Error('output folder already closed');
      if (!RECORDED.test(relativePath)) throw new Error(`unsafe output name: ${relativePath}`);
      // Unbuffered: the name reaches the kernel before the file exists, so even a killed run is cleaned up.
      writeSync(fd, `${relativePath}\n`);
    },
    finish(keep) {
      close();
      const recorded = new Set(readFileSync(join(root, JOURNAL), 'utf8').split('\n'));
      for (const rel of [...recorded, ...FIXED]) {
        if (!RECORDED.test(rel)) continue;
        const abs = join(root, rel);
        if (!abs.startsWith(root + sep)) continue;
        rmSync(`${abs}${TEMP_SUFFIX}`, { force: true });
        if (keep.has(rel) || FIXED.has(rel)) continue;
        rmSync(abs, { force: true });
        removeEmptyParents(root, dirname(abs));
      }
      writeFileAtomic(
        join(root, JOURNAL),
        [...keep]
          .sort()
          .map((f) => `${f}\n`)
          .join(''),
      );
    },
    close,
  };
}

function removeEmptyParents(root: string, dir: string): void {
  for (let d = dir; d.startsWith(root + sep); d = dirname(d)) {
    if (!existsSync(d) || readdirSync(d).length > 0) return;
    rmSync(d, { recursive: true });
  }
}

// Output folders written before the owner mark existed: a manifest and a cache folder, nothing else at the top
// but the folders of layers and datasets.
function isLegacyOutput(root: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { schemaVersion?: unknown };
    return manifest.schemaVersion === 1 && statSync(join(root, CACHE_DIR)).isDirectory();
  } catch {
    return false;
  }
}

function legacyFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const rel = relative(root, p).split(sep).join('/');
      if (statSync(p).isDirectory()) walk(p);
      else if (LEGACY_OUTPUT.test(name) || (rel.startsWith(`${CACHE_DIR}/`) && name.endsWith('.json'))) found.push(rel);
    }
  };
  walk(root);
  return found.sort();
}

/**
 * Creates `root` and any missing parents, one level at a time: Node's recursive mkdirSync never
 * returns for a path in a pseudo file system such as /proc (it retries ENOENT for ever), so the
 * data step would hang instead of saying the folder cannot be made.
 */
function makeFolder(root: string): void {
  const missing: string[] = [];
  let at = root;
  while (!existsSync(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  if (existsSync(at) && !statSync(at).isDirectory()) {
    throw new OutputFolderError(
      `output folder ${root} cannot be made: ${at} is a file, not a folder. ` +
        `Point --out (or ATLAS_DATA_DIR) at a folder you can write, e.g. .atlas/data.`,
    );
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw unwritable(root, error);
    }
  }
}

// What stops the data step writing into `root`, with the fix.
function unwritable(root: string, error: unknown): OutputFolderError {
  const e = error as NodeJS.ErrnoException;
  // Node's messages start with the code already ("EACCES: permission denied, mkdir '…'").
  const why = typeof e.message === 'string' ? e.message : String(error);
  return new OutputFolderError(
    `output folder ${root} cannot be written (${why}). ` +
      `Point --out (or ATLAS_DATA_DIR) at a folder you can write, e.g. .atlas/data, or make this one writable.`,
  );
}
