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
  // Keyed by the text the English sentence shows, so the order is the sentence's (largest first,
  // ties by that text); assets outside every area are also counted apart, to be named in each language.
  const outsideText = `outside every area of ${layer.config.label.toLowerCase()}`;
  const elsewhere = new Tally();
  let outsideEvery = 0;
  const rows: { file: string; line: number; id: string }[] = [];
  return {
    check(lon, lat, file, line, id) {
      const feature = layer.features[layer.spatial().locate(lon, lat)];
      if (feature !== undefined && own.has(feature.code)) return;
      if (feature === undefined) outsideEvery++;
      elsewhere.add(feature === undefined ? outsideText : feature.name);
      if (rows.length < LISTED) rows.push({ file, line, id });
    },
    warning() {
      if (elsewhere.total === 0) return null;
      const { items, more } = elsewhere.top();
      return {
        code: 'outsideCouncil',
        assets: elsewhere.total,
        codes: [...spec.codes],
        layerLabel: layer.config.label,
        areas: items.map((i) => ({
          name: outsideEvery > 0 && i.value === outsideText ? null : i.value,
          count: i.count,
        })),
        more,
        rows,
      };
    },
  };
}
