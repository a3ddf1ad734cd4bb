/**
 * Coordinates as published (national grids, UTM, web mercator, WGS84) to
 * WGS84 longitude/latitude, and the checks that catch swapped or misplaced
 * points before they are joined to areas.
 */
import { createRequire } from 'node:module';
import type proj4 from 'proj4';

// proj4 is loaded by the first projector that needs it: most datasets (cases, indicators, points
// already in WGS84) never do, and loading it costs ~7 MB of resident memory in every data step.
let proj4Lib: typeof proj4 | null = null;
function loadProj4(): typeof proj4 {
  proj4Lib ??= createRequire(import.meta.url)('proj4') as typeof proj4;
  return proj4Lib;
}

/** Converts x/y in a source CRS to WGS84 [longitude, latitude] in degrees; NaN when it cannot. */
export type Projector = (x: number, y: number) => [lon: number, lat: number];

const ETRS89 = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

const DEFINITIONS: Record<string, string> = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:3857':
    '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  // British National Grid; the OS's 7-parameter Helmert approximation (a few metres) instead of the OSTN15 grid.
  'EPSG:27700':
    '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs',
  'EPSG:29903':
    '+proj=tmerc +lat_0=53.5 +lon_0=-8 +k=1.000035 +x_0=200000 +y_0=250000 +ellps=mod_airy +towgs84=482.5,-130.6,564.6,-1.042,-0.214,-0.631,8.15 +units=m +no_defs',
  'EPSG:2157': `+proj=tmerc +lat_0=53.5 +lon_0=-8 +k=0.99982 +x_0=600000 +y_0=750000 ${ETRS89}`,
  'EPSG:3035': `+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 ${ETRS89}`,
  'EPSG:2154': `+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 ${ETRS89}`,
  // Amersfoort to WGS 84 (2) as a plain Helmert: the newer Molodensky–Badekas parameters need a
  // rotation origin that +towgs84 cannot express and would land 160 m off.
  'EPSG:28992':
    '+proj=sterea +lat_0=52.1561605555556 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.2369,50.0087,465.658,-0.406857,0.350733,-1.87035,4.0812 +units=m +no_defs',
  'EPSG:31370':
    '+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 +x_0=150000.013 +y_0=5400088.438 +ellps=intl +towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs',
};
for (let zone = 29; zone <= 35; zone++) {
  DEFINITIONS[`EPSG:258${zone}`] = `+proj=utm +zone=${zone} ${ETRS89}`;
  DEFINITIONS[`EPSG:326${zone}`] = `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`;
}

const KNOWN_CRS = Object.keys(DEFINITIONS)
  .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
  .join(', ');

// Names that registers write in their CoordinateReferenceSystem column.
const ALIASES: Record<string, string> = {
  WGS84: 'EPSG:4326',
  'WGS 84': 'EPSG:4326',
  OSGB36: 'EPSG:27700',
  BNG: 'EPSG:27700',
  'BRITISH NATIONAL GRID': 'EPSG:27700',
};

/** `EPSG:27700`, `epsg:27700`, `27700`, `urn:ogc:def:crs:EPSG::27700` or a known alias -> `EPSG:27700`. */
function canonicalCrs(crs: string): string {
  const text = crs.trim().toUpperCase();
  const alias = ALIASES[text];
  if (alias !== undefined) return alias;
  const code = /^(?:URN:OGC:DEF:CRS:)?(?:EPSG:{1,2})?(\d+)$/.exec(text)?.[1];
  return code === undefined ? text : `EPSG:${code}`;
}

/** Whether `crs` names a coordinate system built in here (in any spelling `canonicalCrs` reads). */
export function isKnownCrs(crs: string): boolean {
  return canonicalCrs(crs) in DEFINITIONS;
}

/** The built-in coordinate systems, for messages and docs: "EPSG:2154, EPSG:2157, …". */
export function knownCrsList(): string {
  return KNOWN_CRS;
}

const NAMES: Record<string, string> = {
  'EPSG:4326': 'longitude/latitude (WGS84)',
  'EPSG:3857': 'web Mercator',
  'EPSG:27700': 'British National Grid',
  'EPSG:29903': 'Irish Grid',
  'EPSG:2157': 'Irish Transverse Mercator',
  'EPSG:3035': 'ETRS89 LAEA Europe',
  'EPSG:2154': 'Lambert-93',
  'EPSG:28992': 'Dutch RD New',
  'EPSG:31370': 'Belgian Lambert 72',
};

/** `EPSG:27700 (British National Grid)`: the canonical code with a human name where one is known. */
export function crsName(crs: string): string {
  const name = canonicalCrs(crs);
  const label = NAMES[name];
  return label === undefined ? name : `${name} (${label})`;
}

/** True for longitude/latitude in degrees (EPSG:4326), whose values lie within ±180 / ±90. */
export function isGeographicCrs(crs: string): boolean {
  return canonicalCrs(crs) === 'EPSG:4326';
}

/** Every built-in CRS, commonest first: what rows outside the area are tried in, to say which system they look like. */
export function builtInCrs(): string[] {
  const first = ['EPSG:4326', 'EPSG:27700', 'EPSG:3857', 'EPSG:29903', 'EPSG:2157'];
  return [...first, ...Object.keys(DEFINITIONS).filter((c) => !first.includes(c))];
}

/**
 * Builds a projector from `crs` to WGS84. Built in: EPSG:4326, 3857, 27700 (British
 * National Grid, Helmert towgs84), 29903, 2157, 25829–25835, 32629–32635, 3035,
 * 2154, 28992, 31370; `proj4Def` (a proj4 string) overrides. For EPSG:4326, x is
 * longitude. Throws a helpful Error, naming the `proj4` config key, for an unknown CRS.
 */
export function makeProjector(crs: string, proj4Def?: string): Projector {
  const name = canonicalCrs(crs);
  const definition = proj4Def ?? DEFINITIONS[name];
  if (definition === undefined) {
    throw new Error(
      `Unknown coordinate system "${crs}". Add its proj4 definition as \`coordinates.proj4\` in the dataset's config (epsg.io lists it under "PROJ.4"), or use one of ${KNOWN_CRS}.`,
    );
  }
  if (name === 'EPSG:4326' && proj4Def === undefined) return (x, y) => [x, y];
  let converter: proj4.Converter;
  try {
    converter = loadProj4()(definition, DEFINITIONS['EPSG:4326'] as string);
  } catch (error) {
    throw new Error(`Cannot use the proj4 definition for "${crs}" (${definition}): ${(error as Error).message}`, {
      cause: error,
    });
  }
  return (x, y) => {
    const out = converter.forward([x, y]);
    return [out[0] as number, out[1] as number];
  };
}

/** Where a record's coordinates put it, or why they cannot be used. */
export type Placement = { ok: true; lon: number; lat: number; swapped: boolean } | { ok: false; reason: string };

function inside(lon: number, lat: number, b: readonly [number, number, number, number]): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

function round5(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

/**
 * Projects x/y to WGS84 and checks the point lies within `bounds` [west, south,
 * east, north] (degrees, inclusive). When it does not and `detectSwap` is set,
 * tries y/x and reports `swapped: true` if that fits. lon/lat are rounded to 5
 * decimals (~1 m). Non-finite x or y give `coordinates not numbers`; points
 * outside give `outside the area (lat, lon is not within …)` with the point at
 * 0.1° so that rows misplaced the same way share one reason.
 */
export function placePoint(
  x: number,
  y: number,
  project: Projector,
  bounds: readonly [number, number, number, number],
  detectSwap: boolean,
): Placement {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return { ok: false, reason: 'coordinates not numbers' };
  const [lon, lat] = project(x, y);
  if (inside(lon, lat, bounds)) return { ok: true, lon: round5(lon), lat: round5(lat), swapped: false };
  if (detectSwap) {
    const [lon2, lat2] = project(y, x);
    if (inside(lon2, lat2, bounds)) return { ok: true, lon: round5(lon2), lat: round5(lat2), swapped: true };
  }
  const [w, s, e, n] = bounds;
  const area = `${s.toFixed(2)}…${n.toFixed(2)} N, ${w.toFixed(2)}…${e.toFixed(2)} E`;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    return {
      ok: false,
      reason: `outside the area (the coordinates are not a place in the declared CRS; expected ${area})`,
    };
  }
  return { ok: false, reason: `outside the area (${lat.toFixed(1)}, ${lon.toFixed(1)} is not within ${area})` };
}
