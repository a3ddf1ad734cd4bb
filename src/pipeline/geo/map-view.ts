/**
 * A map's first view: the WGS84 box around some areas of a layer, taken across
 * the antimeridian when that is narrower (see `longitudeExtent`), so a national
 * layer with islands beyond 180° opens on its territory, not on the whole world.
 */
import type { AreaFeature } from '../ingest/read-boundaries.ts';
import { longitudeExtent } from '../../lib/geo/longitude-extent.ts';
import { ringsBbox } from './rings-bbox.ts';

/**
 * `[west, south, east, north]` of the features `include` selects (default: all),
 * rounded outwards to 5 decimals; east is above 180 when the box crosses the
 * antimeridian. Null when no feature is selected.
 */
export function mapView(
  features: readonly AreaFeature[],
  include: (index: number) => boolean = () => true,
): [number, number, number, number] | null {
  const lons: [number, number][] = [];
  let s = Infinity;
  let n = -Infinity;
  features.forEach((f, i) => {
    if (!include(i)) return;
    // Each polygon on its own: a shape split at 180° is two ranges, not one spanning the world.
    for (const polygon of f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) {
      const outer = polygon[0];
      if (outer === undefined || outer.length === 0) continue;
      const [pw, ps, pe, pn] = ringsBbox([outer]);
      lons.push([pw, pe]);
      if (ps < s) s = ps;
      if (pn > n) n = pn;
    }
  });
  const lon = longitudeExtent(lons);
  if (lon === null) return null;
  const down = (v: number): number => Math.floor(v * 1e5 + 1e-6) / 1e5;
  const up = (v: number): number => Math.ceil(v * 1e5 - 1e-6) / 1e5;
  return [down(lon[0]), down(s), up(lon[1]), up(n)];
}

/** A configured `mapBounds` as a view: an east below west means the box crosses 180°, written here as east + 360. */
export function configuredView(bounds: readonly [number, number, number, number]): [number, number, number, number] {
  const [w, s, e, n] = bounds;
  return [w, s, e < w ? e + 360 : e, n];
}
