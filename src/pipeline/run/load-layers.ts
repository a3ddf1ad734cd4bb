/**
 * Loads every configured area layer (boundaries, vintage, population) and
 * writes the files pages need per layer: the area list, simplified boundaries
 * for maps and, on a site with land and buildings, each area's outline at its
 * own scale for the asset pages' small maps.
 */
import type { AreaLayerConfig, AtlasConfig } from '../config/schema.ts';
import type { AreaList, LayerEntry } from '../../lib/manifest.ts';
import { givenForms } from '../../lib/i18n/noun-forms.ts';
import { readAreaLayer, type AreaFeature, type AreaLayerData } from '../ingest/read-boundaries.ts';
import { areaDisplayNames } from '../../lib/geo/area-display-names.ts';
import { readPopulation } from '../ingest/read-population.ts';
import { datasetWarningText } from '../../lib/data-reasons.ts';
import { readAreaLookup } from '../ingest/read-area-lookup.ts';
import { simplifyBoundaries } from '../geo/simplify-boundaries.ts';
import {
  boundaryTiles,
  indexShards,
  INDEX_SHARD_STEP,
  tileZooms,
  TILED_BOUNDARIES_ABOVE,
} from '../geo/boundary-tiles.ts';
import { boundaryOverview } from '../geo/boundary-overview.ts';
import { areaOutlines } from '../geo/area-outlines.ts';
import { configuredView, mapView } from '../geo/map-view.ts';
import { createLoadedLayer, type LoadedLayer } from './loaded-layer.ts';
import type { OutputWriter } from '../output/output-writer.ts';

export interface LayersResult {
  layers: Map<string, LoadedLayer>;
  entries: LayerEntry[];
  /** Things to tell the person running the build (rejected population rows, areas without population). */
  warnings: string[];
}

export async function loadLayers(
  config: AtlasConfig,
  baseDir: string,
  writerFor: (layerId: string) => OutputWriter,
): Promise<LayersResult> {
  const layers = new Map<string, LoadedLayer>();
  const entries: LayerEntry[] = [];
  const warnings: string[] = [];
  const read = new Map<string, AreaLayerData>();
  for (const id of Object.keys(config.areaLayers).sort()) {
    const layerConfig = config.areaLayers[id];
    if (layerConfig === undefined) continue;
    const data = await readAreaLayer(id, layerConfig, baseDir);
    // Names and parents from a lookup first: display names (repeated names with their parent) use them.
    if (layerConfig.lookup) warnings.push(...(await applyLookup(id, layerConfig, data.features, baseDir)));
    read.set(id, data);
  }
  for (const [id, raw] of read) {
    const layerConfig = config.areaLayers[id];
    if (layerConfig === undefined) continue;
    const data = { ...raw, features: withDisplayNames(id, raw.features, read) };
    warnings.push(...data.warnings.map((w) => `areaLayers.${id}: ${w}`));
    let population: Map<string, number> | null = null;
    if (layerConfig.population) {
      const table = await readPopulation(layerConfig.population, baseDir, `areaLayers.${id}.population`);
      population = table.byCode;
      for (const w of table.unmatched) warnings.push(`areaLayers.${id}.population: ${datasetWarningText(w)}`);
      for (const r of table.rejected) {
        warnings.push(
          `areaLayers.${id}.population: ${layerConfig.population.file}:${r.line} ${r.column}: ${r.reason} (${JSON.stringify(r.value)})`,
        );
      }
      const lacking = data.features.filter((f) => !table.byCode.has(f.code)).map((f) => f.code);
      if (lacking.length > 0) {
        warnings.push(
          `areaLayers.${id}.population: ${lacking.length} area(s) have no population row, so no rates: ${lacking.slice(0, 10).join(', ')}${lacking.length > 10 ? ', …' : ''}`,
        );
      }
    }
    const layer = createLoadedLayer(id, layerConfig, data.features, data.bbox, population);
    layers.set(id, layer);
    const out = writerFor(id);
    const areas: AreaList = {
      layer: id,
      areas: data.features.map((f, i) => ({
        code: f.code,
        name: f.name,
        parent: f.parent,
        population: layer.population[i] ?? null,
      })),
    };
    const forms = givenForms(layerConfig.forms);
    const entry: LayerEntry = {
      id,
      label: layerConfig.label,
      ...(forms !== undefined ? { forms } : {}),
      areaCount: data.features.length,
      bbox: data.bbox,
      view:
        layerConfig.mapBounds !== undefined
          ? configuredView(layerConfig.mapBounds)
          : (mapView(data.features) ?? data.bbox),
      viewConfigured: layerConfig.mapBounds !== undefined,
      files: {
        areas: out.json('areas', areas),
        boundaries: out.json('boundaries', simplifyBoundaries(data.features, mapTolerance(data.bbox))),
      },
    };
    if (data.features.length > TILED_BOUNDARIES_ABOVE) {
      const zooms = tileZooms(data.features);
      entry.files.boundaryOverview = out.json(
        'tiles/overview',
        boundaryOverview(data.features, zooms[0] ?? 0).collection,
      );
      entry.files.boundaryTiles = boundaryTiles(data.features, zooms).map(({ zoom, tiles }) => ({
        zoom,
        shardZoom: Math.max(0, zoom - INDEX_SHARD_STEP),
        index: out.json(
          `tiles/${zoom}/index`,
          Object.fromEntries(
            [...indexShards(tiles)].map(([parent, shard]) => [
              parent,
              out.json(
                `tiles/${zoom}/index/${parent}`,
                Object.fromEntries([...shard].map(([key, tile]) => [key, out.json(`tiles/${zoom}/${key}`, tile)])),
              ),
            ]),
          ),
        ),
      }));
    }
    if (config.datasets.some((d) => d.kind === 'assets'))
      entry.files.outlines = out.json('outlines', areaOutlines(data.features));
    if (layerConfig.attribution !== undefined) entry.attribution = layerConfig.attribution;
    entries.push(entry);
  }
  return { layers, entries, warnings };
}

// Names that repeat within the layer are shown with their parent ("Adams, Illinois") or code:
// every page, table and download then tells the areas apart. A parent's name comes from
// another layer holding its code, else from this one.
function withDisplayNames(
  id: string,
  features: readonly AreaFeature[],
  all: ReadonlyMap<string, AreaLayerData>,
): AreaFeature[] {
  const names = new Map<string, Map<string, string>>();
  const nameIn = (layerId: string, code: string): string | null => {
    let byCode = names.get(layerId);
    if (byCode === undefined) {
      byCode = new Map((all.get(layerId)?.features ?? []).map((f) => [f.code, f.name]));
      names.set(layerId, byCode);
    }
    return byCode.get(code) ?? null;
  };
  const order = [...[...all.keys()].filter((l) => l !== id), id];
  const parentName = (code: string): string | null => {
    for (const l of order) {
      const name = nameIn(l, code);
      if (name !== null) return name;
    }
    return null;
  };
  const display = areaDisplayNames(features, parentName);
  return features.map((f, i) => (display[i] === f.name ? f : { ...f, name: display[i] ?? f.name }));
}

/** Fills names the boundaries lack and parents they do not give from the layer's lookup CSV; returns warnings. */
async function applyLookup(
  id: string,
  config: AreaLayerConfig,
  features: AreaFeature[],
  baseDir: string,
): Promise<string[]> {
  const lookupConfig = config.lookup;
  if (lookupConfig === undefined) return [];
  const lookup = await readAreaLookup(lookupConfig, baseDir, `areaLayers.${id}.lookup`);
  const warnings = lookup.rejected.map(
    (r) => `areaLayers.${id}.lookup: ${lookupConfig.file}:${r.line}: ${r.reason} (${JSON.stringify(r.value)})`,
  );
  for (const w of lookup.unmatched) warnings.push(`areaLayers.${id}.lookup: ${datasetWarningText(w)}`);
  const lacking: string[] = [];
  for (const f of features) {
    const entry = lookup.byCode.get(f.code);
    if (entry === undefined) {
      lacking.push(f.code);
      continue;
    }
    if (f.name === f.code && entry.name !== '') f.name = entry.name;
    if (f.parent === null && entry.parent !== '') f.parent = entry.parent;
  }
  if (lacking.length > 0) {
    warnings.push(
      `areaLayers.${id}.lookup: ${lacking.length} area(s) are not in ${lookupConfig.file}, so they keep the names and parents the boundaries give: ${lacking.slice(0, 10).join(', ')}${lacking.length > 10 ? ', …' : ''}`,
    );
  }
  return warnings;
}

// Simplify relative to the layer’s size: 1/560 of its extent keeps a national
// layer small (about 0.02° for the UK) and a borough's wards detailed (tens of metres).
function mapTolerance([w, s, e, n]: readonly [number, number, number, number]): number {
  return Math.max(e - w, n - s) / 560;
}
