/**
 * Incremental builds for the area layers: reading, checking and simplifying boundaries takes most
 * of a warm run, so the layers' manifest entries, warnings and written files are remembered under a
 * key made of the layers' config, the SHA-256 of every file they read (boundaries, population,
 * lookup), whether outlines are written, and the pipeline code. While the key matches and the
 * files are intact, the layers are not read again unless a dataset has to be recomputed.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AtlasConfig } from '../config/schema.ts';
import type { LayerEntry } from '../../lib/manifest.ts';
import { CACHE_DIR, type OutputFolder } from './output-folder.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

/** What a run remembers of the layers it read. */
export interface LayerCacheRecord {
  key: string;
  entries: LayerEntry[];
  warnings: string[];
  /** Files the layers wrote, relative to the output folder. */
  files: string[];
  /** Size in bytes of each of `files`, checked before they are reused. */
  fileSizes: number[];
}

/** Relative path of the layers' cache record. */
export const LAYER_CACHE_PATH = `${CACHE_DIR}/layers.json`;

/** Every file the area layers read, resolved against `baseDir`, in config order. */
export function layerInputs(areaLayers: AtlasConfig['areaLayers'], baseDir: string): string[] {
  const files: string[] = [];
  for (const id of Object.keys(areaLayers).sort()) {
    const layer = areaLayers[id];
    if (layer === undefined) continue;
    files.push(resolve(baseDir, layer.file));
    if (layer.population) files.push(resolve(baseDir, layer.population.file));
    if (layer.lookup) files.push(resolve(baseDir, layer.lookup.file));
  }
  return files;
}

/** The key of the layers' outputs: their config, the content of every file they read, the outlines flag and the code version. */
export async function layerCacheKey(config: AtlasConfig, baseDir: string, codeVersion: string): Promise<string> {
  const inputs: string[] = [];
  for (const path of layerInputs(config.areaLayers, baseDir)) inputs.push(await hashFile(path));
  const outlines = config.datasets.some((d) => d.kind === 'assets');
  return createHash('sha256')
    .update(JSON.stringify({ areaLayers: config.areaLayers, inputs, outlines, codeVersion }))
    .digest('hex');
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The layers' record when it has `key` and every file it lists is there at its size; else null. */
export function readLayerCache(dataDir: string, key: string): LayerCacheRecord | null {
  const path = join(dataDir, LAYER_CACHE_PATH);
  if (!existsSync(path)) return null;
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<LayerCacheRecord>;
    const { entries, warnings, files, fileSizes } = record;
    if (record.key !== key || !Array.isArray(entries) || !Array.isArray(warnings)) return null;
    if (!Array.isArray(files) || !Array.isArray(fileSizes) || files.length !== fileSizes.length) return null;
    const intact = files.every((f, i) => {
      const full = join(dataDir, f);
      return existsSync(full) && statSync(full).size === fileSizes[i];
    });
    return intact ? (record as LayerCacheRecord) : null;
  } catch {
    return null;
  }
}

/** Writes the record atomically; call once the files it lists are on disk. */
export function writeLayerCache(folder: OutputFolder, record: Omit<LayerCacheRecord, 'fileSizes'>): void {
  const fileSizes = record.files.map((f) => statSync(join(folder.dir, f)).size);
  folder.record(LAYER_CACHE_PATH);
  writeFileAtomic(join(folder.dir, LAYER_CACHE_PATH), JSON.stringify({ ...record, fileSizes }));
}
