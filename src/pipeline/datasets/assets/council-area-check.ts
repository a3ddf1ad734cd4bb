/**
 * `councilAreas`: flags placed assets that fall outside the publishing
 * council's own area(s), the usual sign of a wrong sign on a longitude or a
 * mistyped easting. The assets stay on the map; the warning lists the rows.
 */
import type { AssetsDatasetConfig } from '../../config/schema.ts';
import type { LoadedLayer } from '../../run/loaded-layer.ts';
import { Tally } from './asset-values.ts';
import { countNoun } from '../../../lib/plural.ts';

export interface CouncilAreaCheck {
  /** One placed asset at lon/lat; `where` names its row ("file line N (id)"). */
  check(lon: number, lat: number, where: string): void;
  /** The warning sentence, or null when every asset is inside. */
  warning(): string | null;
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
  const elsewhere = new Tally();
  const rows: string[] = [];
  return {
    check(lon, lat, where) {
      const feature = layer.features[layer.spatial().locate(lon, lat)];
      if (feature !== undefined && own.has(feature.code)) return;
      elsewhere.add(feature === undefined ? `outside every area of ${layer.config.label.toLowerCase()}` : feature.name);
      if (rows.length < LISTED) rows.push(where);
    },
    warning() {
      if (elsewhere.total === 0) return null;
      const more = elsewhere.total > rows.length ? ` and ${elsewhere.total - rows.length} more` : '';
      return (
        `${countNoun(elsewhere.total, 'placed asset is', 'placed assets are')} outside the council's own area (councilAreas: ${spec.codes.join(', ')}): ` +
        `${elsewhere.describe()}. Check their coordinates (a longitude with the wrong sign, a mistyped easting): ${rows.join('; ')}${more}.`
      );
    },
  };
}
