/**
 * An area layer ready for joining: features sorted by code, a lookup from code
 * (and configured aliases) to feature index, populations, and a lazily built
 * spatial index for point-in-polygon assignment.
 */
import type { AreaLayerConfig } from '../config/schema.ts';
import type { AreaFeature } from '../ingest/read-boundaries.ts';
import { createAreaIndex, type AreaIndex } from '../geo/area-index.ts';

export interface LoadedLayer {
  id: string;
  config: AreaLayerConfig;
  features: readonly AreaFeature[];
  /** Population per feature index; null where the population file has no row. */
  population: readonly (number | null)[];
  bbox: [number, number, number, number];
  /** Feature index for a code as written in data (aliases applied); -1 when unknown. */
  resolveCode(code: string): number;
  /** Spatial index, built on first use. */
  spatial(): AreaIndex;
}

export function createLoadedLayer(
  id: string,
  config: AreaLayerConfig,
  features: readonly AreaFeature[],
  bbox: [number, number, number, number],
  populationByCode: ReadonlyMap<string, number> | null,
): LoadedLayer {
  const byCode = new Map<string, number>();
  features.forEach((f, i) => byCode.set(f.code, i));
  for (const [from, to] of Object.entries(config.aliases)) {
    const target = byCode.get(to);
    if (target === undefined) {
      throw new Error(`areaLayers.${id}.aliases: "${from}" points to "${to}", which is not a code in ${config.file}.`);
    }
    byCode.set(from, target);
  }
  const population = features.map((f) => populationByCode?.get(f.code) ?? null);
  let index: AreaIndex | undefined;
  return {
    id,
    config,
    features,
    population,
    bbox,
    resolveCode: (code) => byCode.get(code) ?? -1,
    spatial: () => (index ??= createAreaIndex(features)),
  };
}
