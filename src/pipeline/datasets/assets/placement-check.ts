/**
 * Checks where an assets dataset's points landed when nothing bounds them: no join layer and no
 * `coordinates.bounds`, so any place on Earth is accepted and a file in another coordinate system,
 * or with its axes swapped, would land silently. The site's own area layers (their extent, or the
 * map view they configure) say where the council is; points far from them, and values that cannot
 * be degrees at all, are reported with the config change that fixes them. Without any layer, the
 * report says the placement was not checked and how to make it checked.
 */
import type { DatasetWarning, PlacementFix } from '../../../lib/data-reasons.ts';
import type { LoadedLayer } from '../../run/loaded-layer.ts';
import { builtInCrs, crsName, isGeographicCrs, makeProjector, type Projector } from '../../ingest/coordinates.ts';

type Bounds = [number, number, number, number];

/** Where the site's areas are: the extent of its area layers, padded. */
export interface SiteReference {
  bounds: Bounds;
  /** The ids of the layers it was taken from. */
  layers: string[];
}

/** Padding around the layers' extent, in degrees (~10 km): a council's land just over its boundary is no sign of a fault. */
const PAD = 0.1;
/** At most this many points per file are kept to try in other systems (each try is a projection). */
const SAMPLE = 2000;
/** Metres in a US survey foot (1200/3937). */
const US_FOOT = 1200 / 3937;

/**
 * The padded extent of every area layer (and of any map view a layer configures), rounded outwards to
 * 0.01°; null when the site has none. Views that cross 180° are left out: their box is not a plain one.
 */
export function siteReference(layers: ReadonlyMap<string, LoadedLayer>): SiteReference | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const ids: string[] = [];
  for (const layer of [...layers.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const boxes = [layer.bbox, layer.config.mapBounds].filter(
      (b): b is Bounds => b !== undefined && b.every(Number.isFinite) && b[0] <= b[2] && b[1] <= b[3],
    );
    if (boxes.length === 0) continue;
    ids.push(layer.id);
    for (const b of boxes) {
      w = Math.min(w, b[0]);
      s = Math.min(s, b[1]);
      e = Math.max(e, b[2]);
      n = Math.max(n, b[3]);
    }
  }
  if (ids.length === 0) return null;
  // The epsilon keeps -2.3 at -2.3 where floating point makes it -230.0000001 hundredths.
  const down = (v: number): number => Math.floor((v - PAD) * 100 + 1e-6) / 100;
  const up = (v: number): number => Math.ceil((v + PAD) * 100 - 1e-6) / 100;
  return {
    bounds: [Math.max(-180, down(w)), Math.max(-90, down(s)), Math.min(180, up(e)), Math.min(90, up(n))],
    layers: ids,
  };
}

/** `[-0.61, 51.19, 0.45, 51.79]`: bounds as the config writes them. */
export function boundsText(b: readonly number[]): string {
  return `[${b.join(', ')}]`;
}

/** `EPSG:27700` for any spelling of it. */
function codeOf(crs: string): string {
  return crsName(crs).split(' ')[0] ?? crs;
}

function inside(lon: number, lat: number, b: Bounds): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/** True when x/y cannot be longitude/latitude in either order. */
export function notDegrees(x: number, y: number): boolean {
  const fits = (lon: number, lat: number): boolean => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  return !fits(x, y) && !fits(y, x);
}

interface FileStats {
  file: string;
  crs: string | readonly string[];
  proj4: string | undefined;
  columns: string;
  /** Read as longitude/latitude: values beyond ±180/±90 are then not degrees. */
  geographic: boolean;
  placed: number;
  outside: number;
  swappedInside: number;
  notDegrees: number;
  example: [number, number] | null;
  /** Source x/y of rows outside the reference or not in degrees, to try in other systems. */
  sample: [number, number][];
  sampleNotDegrees: [number, number][];
}

export interface PlacementCheck {
  /** A new file: the system its rows are read in, and the column(s) they come from as the file names them. */
  beginFile(file: string, crs: string | readonly string[], proj4: string | undefined, columns: string): void;
  /** One row with coordinates: its values as read, and where it was placed (null when it was not). */
  add(x: number, y: number, placed: { lon: number; lat: number } | null): void;
  /** The coded warnings for the report, in file order. */
  warnings(): DatasetWarning[];
}

/** `reference` null: the site has no area layer, so nothing says where the points should be. */
export function createPlacementCheck(reference: SiteReference | null): PlacementCheck {
  const files: FileStats[] = [];
  let current: FileStats | null = null;

  function fileWarnings(f: FileStats, ref: SiteReference): DatasetWarning[] {
    const out: DatasetWarning[] = [];
    const single = typeof f.crs === 'string' ? f.crs : f.crs.length === 1 ? (f.crs[0] as string) : null;
    if (f.notDegrees > 0 && f.example !== null) {
      const crs = single === null ? null : bestSystem(f.sampleNotDegrees, ref.bounds, single);
      out.push({
        code: 'coordinatesNotDegrees',
        file: f.file,
        rows: f.notDegrees,
        columns: f.columns,
        example: `${f.example[0]}, ${f.example[1]}`,
        crs,
      });
    }
    if (f.outside === 0) return out;
    let fix: PlacementFix = null;
    let crs: string | null = null;
    if (f.swappedInside * 2 >= f.outside) fix = 'swap';
    else if (single !== null) {
      crs = bestSystem(f.sample, ref.bounds, single);
      if (crs !== null) fix = 'crs';
      else if (!isGeographicCrs(single) || f.proj4 !== undefined) fix = unitFix(f, single, ref.bounds);
    }
    // The system they were read in, by its code alone (its name is English), unless another one fits.
    if (fix !== 'crs') crs = single === null ? null : codeOf(single);
    out.push({
      code: 'outsideSite',
      file: f.file,
      assets: f.outside,
      of: f.placed,
      bounds: boundsText(ref.bounds),
      layers: ref.layers.join(', '),
      fix,
      crs,
    });
    return out;
  }

  return {
    beginFile(file, crs, proj4, columns) {
      current = {
        file,
        crs,
        proj4,
        columns,
        geographic:
          proj4 === undefined && (typeof crs === 'string' ? isGeographicCrs(crs) : crs.every(isGeographicCrs)),
        placed: 0,
        outside: 0,
        swappedInside: 0,
        notDegrees: 0,
        example: null,
        sample: [],
        sampleNotDegrees: [],
      };
      files.push(current);
    },
    add(x, y, placed) {
      const f = current;
      if (f === null) return;
      if (placed === null) {
        if (f.geographic && notDegrees(x, y)) {
          f.notDegrees++;
          f.example ??= [x, y];
          if (f.sampleNotDegrees.length < SAMPLE) f.sampleNotDegrees.push([x, y]);
        }
        return;
      }
      f.placed++;
      if (reference === null || inside(placed.lon, placed.lat, reference.bounds)) return;
      f.outside++;
      if (inside(placed.lat, placed.lon, reference.bounds)) f.swappedInside++;
      if (f.sample.length < SAMPLE) f.sample.push([x, y]);
    },
    warnings() {
      if (reference === null) {
        const placed = files.reduce((s, f) => s + f.placed, 0);
        const notDeg = files.filter((f) => f.notDegrees > 0 && f.example !== null);
        const out: DatasetWarning[] = notDeg.map((f) => ({
          code: 'coordinatesNotDegrees',
          file: f.file,
          rows: f.notDegrees,
          columns: f.columns,
          example: `${f.example?.[0] ?? ''}, ${f.example?.[1] ?? ''}`,
          crs: null,
        }));
        if (placed > 0) out.push({ code: 'placementUnchecked', assets: placed });
        return out;
      }
      return files.flatMap((f) => fileWarnings(f, reference));
    },
  };
}

/**
 * The built-in system (other than `configured`) that puts most of `points` inside `bounds`, when it
 * puts at least half of them there; null when none does.
 */
function bestSystem(points: readonly [number, number][], bounds: Bounds, configured: string): string | null {
  if (points.length === 0) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const candidate of builtInCrs()) {
    if (crsName(candidate) === crsName(configured)) continue;
    const project = makeProjector(candidate);
    let n = 0;
    for (const [x, y] of points) {
      const [lon, lat] = project(x, y);
      if (inside(lon, lat, bounds)) n++;
    }
    if (n > bestCount) {
      best = codeOf(candidate);
      bestCount = n;
    }
  }
  return bestCount * 2 >= points.length ? best : null;
}

/** A grid read in the wrong unit: the values scaled by the US survey foot (or its inverse) land inside. */
function unitFix(f: FileStats, crs: string, bounds: Bounds): PlacementFix {
  if (f.sample.length === 0) return null;
  let project: Projector;
  try {
    project = makeProjector(crs, f.proj4);
  } catch {
    return null;
  }
  const fits = (k: number): number =>
    f.sample.filter(([x, y]) => {
      const [lon, lat] = project(x * k, y * k);
      return inside(lon, lat, bounds);
    }).length;
  if (fits(US_FOOT) * 2 >= f.sample.length) return 'feet';
  if (fits(1 / US_FOOT) * 2 >= f.sample.length) return 'metres';
  return null;
}
