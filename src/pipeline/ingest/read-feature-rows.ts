/**
 * GeoJSON and TopoJSON files as row sources: each feature is one row whose
 * columns are its properties (the header is every property name, in the order
 * first seen), and whose geometry travels beside the fields. Lets a council
 * point an assets dataset at the GeoJSON its GIS team exports, unconverted.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import { normaliseHeader } from './normalise-header.ts';

export interface FeatureRowHandlers {
  /** `crs` is the coordinate system the file declares (an old-style GeoJSON `crs` member), or null. */
  header(names: string[], raw: string[], crs: string | null): void;
  /** One feature: `line` is the feature's number in the file (1 = first). `geometry` null when it has none. */
  row(fields: string[], line: number, error: string | undefined, geometry: Geometry | null): void;
  bytes?(chunk: Buffer): void;
}

export interface FeatureFileInfo {
  rows: number;
  bytes: number;
}

/** Column holding a feature's top-level `id` when its properties have no column of that name. */
export const FEATURE_ID_COLUMN = 'id';
/** The same, when a property is already called `id`. */
export const FEATURE_ID_FALLBACK = 'feature id';

/**
 * Whether a dataset file is a feature file: `.geojson`, `.topojson`, `.topo.json` or
 * `.json` by name, or (any name) text whose first character is `{` (a CSV header never is).
 */
export function isFeatureFile(path: string, firstBytes: Buffer): boolean {
  const lower = path.toLowerCase();
  if (['.geojson', '.topojson', '.json'].includes(extname(lower))) return true;
  const text = firstBytes.toString('utf8').replace(/^\uFEFF/, '');
  return text.trimStart().startsWith('{');
}

/**
 * The `crs` member of a GeoJSON file (dropped from RFC 7946 but still written by GIS exports),
 * e.g. "urn:ogc:def:crs:EPSG::27700"; CRS84 is longitude/latitude, so EPSG:4326.
 */
function declaredCrs(json: unknown): string | null {
  const name = (json as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
  if (typeof name !== 'string' || name.trim() === '') return null;
  return /CRS84$/i.test(name.trim()) ? 'EPSG:4326' : name.trim();
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function featuresOf(json: unknown, name: string, layer: string | undefined): Feature[] {
  const doc = json as { type?: unknown; objects?: Record<string, unknown> } | null;
  if (doc === null || typeof doc !== 'object') throw new Error(`${name} is not a GeoJSON or TopoJSON object.`);
  if (doc.type === 'Topology' && doc.objects !== undefined) {
    const names = Object.keys(doc.objects);
    const chosen = layer ?? (names.length === 1 ? names[0] : undefined);
    if (chosen === undefined || !names.includes(chosen)) {
      throw new Error(
        `${name} is a TopoJSON file with ${names.length === 1 ? 'the layer' : 'layers'} ${names.map((n) => `"${n}"`).join(', ')}; set the dataset's topojsonLayer to the one holding the assets.`,
      );
    }
    const out = topoFeature(json as Parameters<typeof topoFeature>[0], chosen) as Feature | FeatureCollection;
    return out.type === 'FeatureCollection' ? out.features : [out];
  }
  if (doc.type === 'FeatureCollection') return (json as FeatureCollection).features ?? [];
  if (doc.type === 'Feature') return [json as Feature];
  throw new Error(
    `${name} is JSON but not a GeoJSON FeatureCollection or a TopoJSON Topology (its "type" is ${JSON.stringify(doc.type ?? null)}).`,
  );
}

/**
 * Reads a GeoJSON or TopoJSON file (TopoJSON object `layer`, or the only one) and
 * passes each feature to `handlers` as a row of property values (numbers as written,
 * nested values as JSON, null as blank). A feature's top-level `id` becomes column
 * `id` (or `feature id` when a property is already named so). A feature that is
 * not an object is passed with an error. Throws when the file is not JSON.
 */
export async function readFeatureRows(
  path: string,
  layer: string | undefined,
  handlers: FeatureRowHandlers,
): Promise<FeatureFileInfo> {
  const name = basename(path);
  const buf = await readFile(path);
  handlers.bytes?.(buf);
  let json: unknown;
  try {
    json = JSON.parse(buf.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${name} looks like GeoJSON but is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const features = featuresOf(json, name, layer);
  const columns: string[] = [];
  const seen = new Set<string>();
  let hasFeatureId = false;
  for (const f of features) {
    if (f === null || typeof f !== 'object') continue;
    if (f.id !== undefined && f.id !== null) hasFeatureId = true;
    for (const key of Object.keys(f.properties ?? {})) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const idColumn = hasFeatureId ? (seen.has(FEATURE_ID_COLUMN) ? FEATURE_ID_FALLBACK : FEATURE_ID_COLUMN) : null;
  const raw = idColumn === null ? columns : [...columns, idColumn];
  handlers.header(normaliseHeader(raw), raw, declaredCrs(json));
  features.forEach((f, i) => {
    if (f === null || typeof f !== 'object') {
      handlers.row([], i + 1, 'the feature is not a GeoJSON object', null);
      return;
    }
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const fields = columns.map((c) => cell(props[c]));
    if (idColumn !== null) fields.push(cell(f.id));
    handlers.row(fields, i + 1, undefined, (f.geometry ?? null) as Geometry | null);
  });
  return { rows: features.length, bytes: buf.length };
}
