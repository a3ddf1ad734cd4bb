/**
 * Where an asset's coordinates put it, for files in one coordinate system or
 * several mixed row by row: picks each row's system from its values and the
 * area's bounds, counts rows per system, and, for rows that land outside the
 * area, says which other system they would fit (BNG metres read as degrees…).
 */
import type { DatasetWarning } from '../../../lib/data-reasons.ts';
import type { Position } from 'geojson';
import {
  builtInCrs,
  crsName,
  isGeographicCrs,
  makeProjector,
  placePoint,
  type Placement,
  type Projector,
} from '../../ingest/coordinates.ts';

type Bounds = readonly [number, number, number, number];

export interface AssetPlacement {
  placement: Placement;
  /** Index into the configured systems of the one the row was read in (-1 when none fitted). */
  system: number;
}

export interface AssetPlacer {
  /** Places source x/y (in the configured system or systems). */
  place(x: number, y: number): AssetPlacement;
  /** Projects a shape's rings with the system a row was read in, rounded to 5 decimals (~1 m). */
  projectRings(rings: Position[][], system: number, swapped: boolean): Position[][];
  /** For the report: rows per system when several, and which other system or unit outside rows would fit. */
  warnings(): DatasetWarning[];
}

/** At most this many outside rows are tried in other systems (each try is a projection). */
const HINT_SAMPLE = 2000;

/** Metres in a US survey foot (1200/3937); an international foot is 0.3048 m, within 2 ppm. */
const US_FOOT = 1200 / 3937;

function plausible(geographic: boolean, x: number, y: number): boolean {
  const degrees = (Math.abs(x) <= 180 && Math.abs(y) <= 90) || (Math.abs(y) <= 180 && Math.abs(x) <= 90);
  return geographic ? degrees : !degrees;
}

function inside(lon: number, lat: number, b: Bounds): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/**
 * `crs` is one system or a list; `proj4` applies to the first. With a list, a row is read in
 * the first system whose value range fits it (degrees for EPSG:4326, anything else for a grid)
 * and that puts it inside `bounds`; when none does, in the first whose range fits.
 * `hints`: whether rows outside `bounds` are tried in other systems and units (crsUnit,
 * crsOther); off when `bounds` are the whole world, where any system would "fit".
 */
export function createAssetPlacer(
  crs: string | readonly string[],
  proj4Def: string | undefined,
  bounds: Bounds,
  detectSwap: boolean,
  hints = true,
): AssetPlacer {
  const systems = typeof crs === 'string' ? [crs] : [...crs];
  const projectors: Projector[] = systems.map((c, i) => makeProjector(c, i === 0 ? proj4Def : undefined));
  const geographic = systems.map((c, i) => (i === 0 && proj4Def !== undefined ? false : isGeographicCrs(c)));
  const perSystem = systems.map(() => 0);
  const outside: [number, number][] = [];
  let outsideTotal = 0;

  function place(x: number, y: number): AssetPlacement {
    if (systems.length === 1) {
      const placement = placePoint(x, y, projectors[0] as Projector, bounds, detectSwap);
      record(placement, 0, x, y);
      return { placement, system: placement.ok ? 0 : -1 };
    }
    let fallback = -1;
    for (let k = 0; k < systems.length; k++) {
      if (!plausible(geographic[k] as boolean, x, y)) continue;
      if (fallback < 0) fallback = k;
      const placement = placePoint(x, y, projectors[k] as Projector, bounds, detectSwap);
      if (placement.ok) {
        perSystem[k] = (perSystem[k] ?? 0) + 1;
        return { placement, system: k };
      }
    }
    const k = fallback < 0 ? 0 : fallback;
    const placement = placePoint(x, y, projectors[k] as Projector, bounds, detectSwap);
    record(placement, k, x, y);
    return { placement, system: placement.ok ? k : -1 };
  }

  function record(placement: Placement, k: number, x: number, y: number): void {
    if (placement.ok) {
      perSystem[k] = (perSystem[k] ?? 0) + 1;
      return;
    }
    if (!placement.reason.startsWith('outside the area')) return;
    outsideTotal++;
    if (hints && outside.length < HINT_SAMPLE) outside.push([x, y]);
  }

  function projectRings(rings: Position[][], system: number, swapped: boolean): Position[][] {
    const project = projectors[system] ?? (projectors[0] as Projector);
    const r5 = (v: number): number => Math.round(v * 1e5) / 1e5;
    return rings.map((ring) =>
      ring.map((p) => {
        const [x = NaN, y = NaN] = p;
        const [lon, lat] = swapped ? project(y, x) : project(x, y);
        return [r5(lon), r5(lat)];
      }),
    );
  }

  function warnings(): DatasetWarning[] {
    const out: DatasetWarning[] = [];
    if (systems.length > 1) {
      out.push({ code: 'crsPerRow', systems: systems.map((c, k) => ({ crs: crsName(c), rows: perSystem[k] ?? 0 })) });
    }
    if (outside.length > 0) {
      // Which other system would put these rows inside the area? Commonest systems are tried first.
      const configured = new Set(systems.map((c) => crsName(c)));
      let best = '';
      let bestCount = 0;
      for (const candidate of builtInCrs()) {
        if (configured.has(crsName(candidate))) continue;
        const project = makeProjector(candidate);
        const geo = isGeographicCrs(candidate);
        let n = 0;
        for (const [x, y] of outside) {
          if (!plausible(geo, x, y)) continue;
          const [lon, lat] = project(x, y);
          if (inside(lon, lat, bounds)) n++;
        }
        if (n > bestCount) {
          best = candidate;
          bestCount = n;
        }
      }
      // A grid read in the wrong unit: US State Plane files come in feet and metres, and
      // epsg.io has a code for each. Scaling the values by the foot shows which it was.
      const project = projectors[0] as Projector;
      if (!geographic[0] && systems.length === 1) {
        const fits = (k: number): number =>
          outside.filter(([x, y]) => {
            const [lon, lat] = project(x * k, y * k);
            return inside(lon, lat, bounds);
          }).length;
        const asFeet = fits(US_FOOT);
        const asMetres = asFeet > 0 ? 0 : fits(1 / US_FOOT);
        if (asFeet > 0 || asMetres > 0) {
          out.push({
            code: 'crsUnit',
            assets: asFeet > 0 ? asFeet : asMetres,
            outside: outsideTotal,
            crs: crsName(systems[0] as string),
            unit: asFeet > 0 ? 'feet' : 'metres',
          });
        }
      }
      if (bestCount > 0) {
        out.push({
          code: 'crsOther',
          assets: bestCount,
          outside: outsideTotal,
          tried: outside.length < outsideTotal ? outside.length : null,
          crs: crsName(best),
          best,
          systems: [...systems],
        });
      }
    }
    return out;
  }

  return { place, projectRings, warnings };
}
