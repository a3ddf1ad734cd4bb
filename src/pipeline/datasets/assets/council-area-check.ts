/**
 * `councilAreas`: flags placed assets that fall outside the publishing
 * council's own area(s), the usual sign of a wrong sign on a longitude or a
 * mistyped easting. The assets stay on the map; the warning lists the rows.
 */
import type { AssetsDatasetConfig } from '../../config/schema.ts';
import type { LoadedLayer } from '../../run/loaded-layer.ts';
import { Tally } from './asset-values.ts';
import type { DatasetWarning } from '../../../lib/data-reasons.ts';

export interface CouncilAreaCheck {
  /** One placed asset at lon/lat, from `file` line `line` with id `id`. */
  check(lon: number, lat: number, file: string, line: number, id: string): void;
  /** The warning (coded), or null when every asset is inside. */
  warning(): DatasetWarning | null;
}

/** Rows named in the warning; the count covers all. */
const LISTED = 10;

/** Areas named in the warning, largest first; the rest are counted. */
const AREAS_NAMED = 5;

/** Null when the config has no `councilAreas`. Throws when the layer or a code is unknown. */
export function createCouncilAreaCheck(
  config: AssetsDatasetConfig,
  layers: ReadonlyMap<string, LoadedLayer>,
): CouncilAreaCheck | null {
  const spec = config.councilAreas;
  if (spec === undefined) return null;
  const layerId = spec.layer ?? (config.join.by === 'none' ? undefined : config.join.layer);
  const layer = layerId === undefined ? undefined : layers.get(layerId);
  if (layer === undefined) {
    const known = [...layers.keys()].join(', ') || 'none';
    throw new Error(
      `${config.id}: councilAreas needs an area layer: set councilAreas.layer to one of the area layers (${known}).`,
    );
  }
  const own = new Set<string>();
  for (const code of spec.codes) {
    const at = layer.resolveCode(code);
    if (layer.features[at] === undefined) {
      throw new Error(
        `${config.id}: councilAreas.codes has "${code}", which is not an area of ${layerId} (${layer.config.label}). Use the layer's codeProperty values.`,
      );
    }
    own.add(layer.features[at]?.code ?? code);
  }
  // Areas are tallied by name; assets outside every area apart, so that no area's name can be
  // taken for them. They are named in each language when the warning is said.
  const elsewhere = new Tally();
  let outsideEvery = 0;
  const rows: { file: string; line: number; id: string }[] = [];
  return {
    check(lon, lat, file, line, id) {
      const feature = layer.features[layer.spatial().locate(lon, lat)];
      if (feature !== undefined && own.has(feature.code)) return;
      if (feature === undefined) outsideEvery++;
      else elsewhere.add(feature.name);
      if (rows.length < LISTED) rows.push({ file, line, id });
    },
    warning() {
      const assets = elsewhere.total + outsideEvery;
      if (assets === 0) return null;
      // Largest first, ties by name; "outside every area" after the areas with as many.
      const areas: { name: string | null; count: number }[] = elsewhere
        .top(Infinity)
        .items.map((i) => ({ name: i.value, count: i.count }));
      if (outsideEvery > 0) {
        const at = areas.findIndex((a) => a.count < outsideEvery);
        areas.splice(at === -1 ? areas.length : at, 0, { name: null, count: outsideEvery });
      }
      return {
        code: 'outsideCouncil',
        assets,
        codes: [...spec.codes],
        layerLabel: layer.config.label,
        areas: areas.slice(0, AREAS_NAMED),
        more: Math.max(0, areas.length - AREAS_NAMED),
        rows,
      };
    },
  };
}
