/**
 * The data step: config in, validated and aggregated JSON out, plus the
 * manifest pages read. Side effects (logging, progress) are passed in so the
 * whole build runs inside tests.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, datasetFiles } from './config/load-config.ts';
import type { AtlasConfig, DatasetConfig, SiteConfig } from './config/schema.ts';
import type { DatasetEntry, LayerEntry, Manifest } from '../lib/manifest.ts';
import { loadLayers, type LayersResult } from './run/load-layers.ts';
import { processDataset, RejectionThresholdError, type ProgressSink } from './run/process-dataset.ts';
import { createOutputWriter, type OutputWriter } from './output/output-writer.ts';
import {
  cacheKey,
  cachePath,
  compareInputs,
  hashSources,
  inputStamp,
  readCache,
  writeCache,
  type CacheRecord,
} from './output/dataset-cache.ts';
import { LAYER_CACHE_PATH, layerCacheKey, readLayerCache, writeLayerCache } from './output/layer-cache.ts';
import { claimOutputFolder, type OutputFolder } from './output/output-folder.ts';
import { writeFileAtomic } from './output/write-file-atomic.ts';
import { WriteQueue } from './output/write-queue.ts';
import type { ConfigTranslations } from '../lib/i18n/config-text.ts';

export interface BuildLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface BuildOptions {
  configPath: string;
  dataDir: string;
  /** Rebuild only these dataset ids; the others keep their previous outputs. */
  only?: readonly string[];
  /** Ignore the cache: recompute every dataset and rewrite every file. */
  force?: boolean;
  log?: BuildLog;
  /** Progress sink per dataset (the CLI draws bars). */
  progress?: (dataset: DatasetConfig, totalBytes: number) => ProgressSink;
}

export interface DatasetResult {
  id: string;
  entry: DatasetEntry;
  /** True when the previous outputs were reused. */
  cached: boolean;
  seconds: number;
  bytes: number;
}

export interface BuildResult {
  manifest: Manifest;
  datasets: DatasetResult[];
  /** Datasets over their rejection threshold: the build must fail, after reporting all of them. */
  failed: { id: string; message: string }[];
  warnings: string[];
}

const SILENT: BuildLog = { info: () => undefined, warn: () => undefined };

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const { config, baseDir, translations } = await loadConfig(options.configPath);
  const only = options.only ?? [];
  for (const id of only) {
    if (!config.datasets.some((d) => d.id === id)) {
      throw new Error(
        `--only ${id}: no dataset with that id. Datasets: ${config.datasets.map((d) => d.id).join(', ')}.`,
      );
    }
  }
  // Refuses a folder the data step does not own before anything is written or deleted.
  const folder = claimOutputFolder(options.dataDir);
  try {
    return await buildInto(folder, config, baseDir, options, translations);
  } finally {
    folder.close();
  }
}

async function buildInto(
  folder: OutputFolder,
  config: AtlasConfig,
  baseDir: string,
  options: BuildOptions,
  translations: ConfigTranslations,
): Promise<BuildResult> {
  // Outputs are written by a worker thread while the next ones are computed; flushed before a
  // cache record or the manifest names them.
  const queue = new WriteQueue();
  try {
    return await buildWith(folder, config, baseDir, options, queue, translations);
  } finally {
    try {
      queue.close();
    } catch {
      // Only after another error: a finished build flushed the queue (and threw) before its manifest.
    }
  }
}

async function buildWith(
  folder: OutputFolder,
  config: AtlasConfig,
  baseDir: string,
  options: BuildOptions,
  queue: WriteQueue,
  translations: ConfigTranslations,
): Promise<BuildResult> {
  const log = options.log ?? SILENT;
  const only = options.only ?? [];
  const dataDir = folder.dir;
  const writerOptions = { force: options.force ?? false, record: folder.record, queue };
  const codeVersion = hashSources([join(import.meta.dirname, '.'), join(import.meta.dirname, '../lib')]);
  // The language of the config's text and the data, whose letters fold into slugs by its convention.
  const language = config.site.languages?.[0] ?? config.site.locale;

  // The layers are read once a dataset needs them, or when their outputs are not cached.
  let loaded: Promise<LayersResult> | null = null;
  const layerWriters: OutputWriter[] = [];
  const readLayers = (): Promise<LayersResult> =>
    (loaded ??= loadLayers(config, baseDir, (id) => {
      const w = createOutputWriter(dataDir, `layers/${id}`, writerOptions);
      layerWriters.push(w);
      return w;
    }));
  const layerKey = await layerCacheKey(config, baseDir, codeVersion);
  const cachedLayers = options.force ? null : readLayerCache(dataDir, layerKey);
  let layerEntries: LayerEntry[];
  let warnings: string[];
  let layerWritten: string[];
  if (cachedLayers !== null) {
    ({ entries: layerEntries, warnings, files: layerWritten } = cachedLayers);
    log.info('area layers: unchanged, reusing previous outputs');
  } else {
    ({ entries: layerEntries, warnings } = await readLayers());
    layerWritten = layerWriters.flatMap((w) => w.written);
    queue.flush();
    writeLayerCache(folder, { key: layerKey, entries: layerEntries, warnings, files: layerWritten });
  }
  for (const w of warnings) log.warn(w);

  const results: DatasetResult[] = [];
  const failed: BuildResult['failed'] = [];
  const keep = new Set<string>([...layerWritten, LAYER_CACHE_PATH]);
  for (const dataset of config.datasets) {
    const paths = datasetFiles(dataset).map((f) => resolve(baseDir, f));
    const stats = paths.map((p) => inputStamp(statSync(p)));
    const bytes = stats.reduce((sum, s) => sum + s.size, 0);
    const layerId = dataset.join.by === 'none' ? undefined : dataset.join.layer;
    const previous = readCache(dataDir, dataset.id);
    const reuse = (record: CacheRecord): void => {
      results.push({ id: dataset.id, entry: record.entry, cached: true, seconds: 0, bytes });
      for (const d of record.derived) results.push({ id: d.id, entry: d, cached: true, seconds: 0, bytes: 0 });
      record.files.forEach((f) => keep.add(f));
      keep.add(cachePath(dataset.id));
    };
    const selected = only.length === 0 || only.includes(dataset.id);
    if (!selected) {
      if (previous) reuse(previous);
      else log.warn(`${dataset.id}: not built before and not selected by --only, so it is left out of the site.`);
      continue;
    }
    const keyOf = (inputHashes: readonly string[]): string =>
      cacheKey({
        dataset,
        layer:
          layerId === undefined
            ? null
            : {
                config: config.areaLayers[layerId],
                files: layerWritten.filter((f) => f.startsWith(`layers/${layerId}/`)),
              },
        inputs: inputHashes,
        language,
        rollUps: rollUpInputs(dataset, config.areaLayers, layerWritten, baseDir),
        codeVersion,
      });
    if (!options.force && previous !== null && previous.key === keyOf(previous.inputHashes)) {
      const inputs = await compareInputs(previous, paths, stats);
      if (inputs !== 'changed') {
        // Same bytes under a new stamp: remember the stamp, so the next run is fast again.
        if (inputs === 'rehashed') writeCache(folder, dataset.id, { ...previous, inputs: stats });
        reuse(previous);
        log.info(`${dataset.id}: unchanged, reusing previous outputs`);
        continue;
      }
    }
    const started = performance.now();
    const out = createOutputWriter(dataDir, dataset.id, writerOptions);
    const progress = options.progress?.(dataset, bytes);
    let run: Awaited<ReturnType<typeof processDataset>>;
    try {
      run = await processDataset({
        config: dataset,
        baseDir,
        layers: (await readLayers()).layers,
        out,
        language,
        ...(progress ? { progress } : {}),
      });
    } catch (error) {
      if (!(error instanceof RejectionThresholdError)) throw error;
      failed.push({ id: dataset.id, message: error.message });
      continue;
    }
    queue.flush();
    const seconds = (performance.now() - started) / 1000;
    const { entry, derived, inputHashes } = run;
    writeCache(folder, dataset.id, {
      key: keyOf(inputHashes),
      entry,
      derived,
      files: [...out.written],
      inputs: stats,
      inputHashes,
    });
    out.written.forEach((f) => keep.add(f));
    keep.add(cachePath(dataset.id));
    results.push({ id: dataset.id, entry, cached: false, seconds, bytes });
    for (const d of derived) results.push({ id: d.id, entry: d, cached: false, seconds: 0, bytes: 0 });
  }

  const manifest: Manifest = {
    schemaVersion: 1,
    site: siteInfo(config.site, translations),
    layers: layerEntries,
    datasets: results.map((r) => r.entry),
  };
  // Last, after every file it names: a run killed before this leaves the previous manifest in place.
  queue.flush();
  writeFileAtomic(join(dataDir, 'manifest.json'), JSON.stringify(manifest));
  // Old content-hashed files would pile up build after build: delete what this step wrote and no longer uses.
  folder.finish(keep);
  return { manifest, datasets: results, failed, warnings };
}

// What a dataset's roll-ups read besides its own files: the parent layers and any lookup files
// (by size and modification time, as the inputs are judged).
function rollUpInputs(
  dataset: DatasetConfig,
  areaLayers: AtlasConfig['areaLayers'],
  layerWritten: readonly string[],
  baseDir: string,
): unknown[] {
  if (dataset.kind !== 'cases') return [];
  return dataset.rollUp.map((r) => {
    const lookup = typeof r.via === 'string' ? null : statSync(resolve(baseDir, r.via.file));
    return {
      layer: areaLayers[r.layer],
      files: layerWritten.filter((f) => f.startsWith(`layers/${r.layer}/`)),
      lookup: lookup === null ? null : { size: lookup.size, mtimeMs: lookup.mtimeMs },
    };
  });
}

function siteInfo(site: SiteConfig, translations: ConfigTranslations): Manifest['site'] {
  const info: Manifest['site'] = {
    title: site.title,
    council: site.council,
    // With several languages, the default one; each page is then built in its own.
    locale: site.languages?.[0] ?? site.locale,
    basePath: site.basePath,
    demo: site.demo,
  };
  if (site.shortName !== undefined) info.shortName = site.shortName;
  if (site.languages !== undefined && site.languages.length > 1) info.languages = site.languages;
  if (Object.keys(translations).length > 0) info.translations = translations;
  if (site.url !== undefined) info.url = new URL(site.url).origin;
  if (site.tiles) info.tiles = site.tiles;
  if (site.communityRights) info.communityRights = site.communityRights;
  return info;
}
