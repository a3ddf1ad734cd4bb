/**
 * Area boundaries (GeoJSON or TopoJSON, WGS84) to the features the pipeline
 * joins rows to: one vintage, one code per area, polygons only.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { AreaLayerConfig } from '../config/schema.ts';
import { ringsBbox } from '../geo/rings-bbox.ts';
import { areaCodeProblem } from '../../lib/area-code.ts';
import { checkFeatureList, checkPolygonCoordinates, checkTopology } from './check-boundary-structure.ts';

/** One area: `code` and `name` trimmed strings, `parent` null when not configured or blank. */
export interface AreaFeature {
  code: string;
  name: string;
  parent: string | null;
  geometry: Polygon | MultiPolygon;
}

export interface AreaLayerData {
  /** Sorted by code (code-point order). */
  features: AreaFeature[];
  /** WGS84 [west, south, east, north] of all features, in degrees, rounded outwards to 5 decimals. */
  bbox: [number, number, number, number];
  /** Things a person should know that did not stop the build (features skipped, names missing), each starting with the file name. */
  warnings: string[];
}

/**
 * Reads an area layer: GeoJSON or TopoJSON (format `auto`: by file extension and
 * `type: "Topology"`), the TopoJSON object `config.layer` (or the only one), keeps
 * features valid in `vintage.year` (start absent or <= year, end absent or >= year,
 * both inclusive), and reads code/name/parent properties (trimmed strings).
 * Features without a code, or whose code cannot name a file or page (`areaCodeProblem`), are
 * skipped with a warning; a missing name becomes the code.
 * Throws with a clear message naming the file (and the feature) for malformed structure
 * (see check-boundary-structure.ts), duplicate codes within the vintage, non-polygon
 * geometries, projected (non-WGS84) coordinates, or an empty result.
 */
export async function readAreaLayer(layerId: string, config: AreaLayerConfig, baseDir: string): Promise<AreaLayerData> {
  const where = `areaLayers.${layerId} (${config.file})`;
  const path = resolve(baseDir, config.file);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${where}: cannot read the boundary file: ${(error as Error).message}`, { cause: error });
  }
  const warnings: string[] = [];
  const source = toFeatures(json, config, where);
  const vintage = config.vintage;
  const features: AreaFeature[] = [];
  let noCode = 0;
  let noName = 0;
  const unsafe: string[] = [];
  const unsafeParents: string[] = [];
  for (const [index, f] of source.entries()) {
    const props = f.properties ?? {};
    if (vintage !== undefined) {
      const start = yearOf(props[vintage.startProperty], vintage.startProperty, where);
      const end = yearOf(props[vintage.endProperty], vintage.endProperty, where);
      if ((start !== null && start > vintage.year) || (end !== null && end < vintage.year)) continue;
    }
    const code = text(valueOf(f, config.codeProperty));
    if (code === '') {
      noCode++;
      continue;
    }
    const problem = areaCodeProblem(code);
    if (problem !== null) {
      unsafe.push(`feature ${index + 1} ${JSON.stringify(code)}: ${problem}`);
      continue;
    }
    const g = (f.geometry ?? null) as Geometry | null;
    if (g === null || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      const found = g === null || typeof g !== 'object' ? 'no geometry' : `a ${String(g.type)} geometry`;
      throw new Error(`${where}: area ${code} has ${found}; boundaries must be Polygon or MultiPolygon.`);
    }
    checkPolygonCoordinates(g.type, g.coordinates, `${where}: feature ${index + 1} (code ${code})`);
    let name = config.nameProperty === undefined ? '' : text(valueOf(f, config.nameProperty));
    if (name === '') {
      noName++;
      name = code;
    }
    let parent = config.parentProperty === undefined ? '' : text(valueOf(f, config.parentProperty));
    const parentProblem = parent === '' ? null : areaCodeProblem(parent);
    if (parentProblem !== null) {
      unsafeParents.push(
        `area ${code} parent ${JSON.stringify(parent)}: ${parentProblem.replace(/^area code/, 'code')}`,
      );
      parent = '';
    }
    features.push({ code, name, parent: parent === '' ? null : parent, geometry: g });
  }
  const have = (): string => propertiesFound(source);
  if (noCode > 0)
    warnings.push(
      `${config.file}: ${noCode} feature(s) have no ${describeKey(config.codeProperty)} and were skipped. The features have: ${have()}.`,
    );
  if (unsafe.length > 0)
    warnings.push(
      `${config.file}: ${unsafe.length} feature(s) skipped because their code cannot name a file or page: ${unsafe.slice(0, 5).join('; ')}${unsafe.length > 5 ? '; …' : ''}. Rows with these codes are rejected as matching no area.`,
    );
  if (unsafeParents.length > 0)
    warnings.push(
      `${config.file}: ${unsafeParents.length} area(s) have a parent code that cannot name a file or page, so no parent: ${unsafeParents.slice(0, 5).join('; ')}${unsafeParents.length > 5 ? '; …' : ''}.`,
    );
  if (noName > 0 && config.nameProperty !== undefined)
    warnings.push(
      `${config.file}: ${noName} area(s) have no ${describeKey(config.nameProperty)}; their code is used as the name. The features have: ${have()}.`,
    );
  if (features.length === 0) {
    const filter = vintage === undefined ? '' : ` valid in ${vintage.year}`;
    throw new Error(
      `${where}: no areas${filter} with a ${describeKey(config.codeProperty)}. The features have: ${have()}. ` +
        `Set codeProperty to the one holding the area code ("${ID_KEY}" for the feature's own id).`,
    );
  }

  features.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const duplicates = new Set<string>();
  for (let i = 1; i < features.length; i++) {
    const code = (features[i] as AreaFeature).code;
    if (code === (features[i - 1] as AreaFeature).code) duplicates.add(code);
  }
  if (duplicates.size > 0) {
    const list = [...duplicates].slice(0, 5).join(', ');
    const hint = vintage === undefined ? ' If the file holds several vintages, set `vintage.year`.' : '';
    throw new Error(`${where}: ${duplicates.size} code(s) appear on more than one area (${list}).${hint}`);
  }
  return { features, bbox: bboxOf(features, where), warnings };
}

/** The GeoJSON features of a GeoJSON or TopoJSON document. */
function toFeatures(json: unknown, config: AreaLayerConfig, where: string): Feature[] {
  const doc = json as { type?: unknown; objects?: Record<string, unknown> };
  const isTopology = doc !== null && typeof doc === 'object' && doc.type === 'Topology';
  const lower = config.file.toLowerCase();
  const byName = lower.endsWith('.topojson') || lower.endsWith('.topo.json') ? 'topojson' : 'geojson';
  const format = config.format === 'auto' ? (isTopology ? 'topojson' : byName) : config.format;
  if (format === 'topojson') {
    if (!isTopology || doc.objects === undefined)
      throw new Error(`${where}: not a TopoJSON file (no "type": "Topology").`);
    const names = Object.keys(doc.objects);
    const layer = config.layer ?? (names.length === 1 ? names[0] : undefined);
    if (layer === undefined) {
      throw new Error(`${where}: the TopoJSON file has several layers; set \`layer\` to one of: ${names.join(', ')}.`);
    }
    if (!names.includes(layer))
      throw new Error(`${where}: no layer "${layer}" in the TopoJSON file; it has: ${names.join(', ')}.`);
    checkTopology(doc as Record<string, unknown>, layer, where);
    // Overloads resolve by the object's type, which a layer name does not reveal.
    const out = topoFeature(json as Parameters<typeof topoFeature>[0], layer) as Feature | FeatureCollection;
    return out.type === 'FeatureCollection' ? out.features : [out];
  }
  if (isTopology) throw new Error(`${where}: \`format\` is geojson but the file is TopoJSON.`);
  if (doc?.type === 'FeatureCollection') {
    const { features } = json as FeatureCollection;
    checkFeatureList(features, where);
    return features;
  }
  if (doc?.type === 'Feature') return [json as Feature];
  throw new Error(`${where}: not a GeoJSON FeatureCollection.`);
}

/** `codeProperty` (or name, parent) value naming the feature's own `id` rather than a property. */
export const ID_KEY = '$id';

function valueOf(f: Feature, key: string): unknown {
  return key === ID_KEY ? f.id : f.properties?.[key];
}

function describeKey(key: string): string {
  return key === ID_KEY ? 'id (codeProperty "$id")' : `"${key}" property`;
}

/** The property names the features carry (and "$id" when they have ids), for error messages. */
function propertiesFound(features: readonly Feature[]): string {
  const names = new Set<string>();
  let ids = 0;
  for (const f of features) {
    if (f.id !== undefined && f.id !== null && f.id !== '') ids++;
    for (const k of Object.keys(f.properties ?? {})) names.add(k);
  }
  const list = [...names].sort().map((n) => `"${n}"`);
  if (ids > 0) list.unshift(`an id on ${ids} of ${features.length} features (use "$id")`);
  return list.length === 0 ? 'no properties and no ids' : list.join(', ');
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** A vintage year property: null when absent or blank, else an integer (numbers or numeric strings). */
function yearOf(value: unknown, property: string, where: string): number | null {
  const t = text(value);
  if (t === '') return null;
  const year = Number(t);
  if (!Number.isInteger(year)) throw new Error(`${where}: property "${property}" should be a year, found "${t}".`);
  return year;
}

function bboxOf(features: readonly AreaFeature[], where: string): [number, number, number, number] {
  const [w, s, e, n] = ringsBbox(
    features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat()),
  );
  if (!(w >= -180 && e <= 180 && s >= -90 && n <= 90)) {
    throw new Error(
      `${where}: coordinates run to ${w}, ${s}, ${e}, ${n}, which is not longitude/latitude; boundaries must be in WGS84 (EPSG:4326). Reproject them, e.g. with mapshaper -proj wgs84.`,
    );
  }
  // Rounded outwards to 5 decimals (~1 m) so the box still contains every vertex.
  // The 1e-6 slack keeps float noise (1.7611000000000008) from widening the box by a whole step.
  const down = (v: number): number => Math.floor(v * 1e5 + 1e-6) / 1e5;
  const up = (v: number): number => Math.ceil(v * 1e5 - 1e-6) / 1e5;
  return [down(w), down(s), up(e), up(n)];
}
