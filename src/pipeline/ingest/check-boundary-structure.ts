/**
 * Structure checks for boundary files, so a malformed file stops the build with
 * the file and the feature named ("feature 3 (code E05000001): ring 1 is not
 * closed") rather than "Cannot read properties of null" from deep inside a library.
 */
import type { Position } from 'geojson';

/** Throws unless `doc` is a TopoJSON topology whose `layer` object and arcs can be decoded. */
export function checkTopology(doc: Record<string, unknown>, layer: string, where: string): void {
  const arcs = doc['arcs'];
  if (!Array.isArray(arcs)) throw new Error(`${where}: the TopoJSON file has no "arcs" list.`);
  const quantized = doc['transform'] !== undefined;
  arcs.forEach((arc: unknown, i) => {
    if (!Array.isArray(arc) || arc.length < 2)
      throw new Error(`${where}: arc ${i} is not a list of at least 2 points.`);
    arc.forEach((p: unknown, j) => {
      if (!isPosition(p)) throw new Error(`${where}: arc ${i} point ${j} is not a pair of finite numbers.`);
    });
  });
  const transform = doc['transform'] as { scale?: unknown; translate?: unknown } | undefined;
  if (quantized && !(isPosition(transform?.scale) && isPosition(transform?.translate))) {
    throw new Error(`${where}: the TopoJSON "transform" needs "scale" and "translate", each two finite numbers.`);
  }
  const object = (doc['objects'] as Record<string, unknown>)[layer] as Record<string, unknown> | null;
  if (object === null || typeof object !== 'object') throw new Error(`${where}: layer "${layer}" is not an object.`);
  const geometries = object['type'] === 'GeometryCollection' ? object['geometries'] : [object];
  if (!Array.isArray(geometries)) throw new Error(`${where}: layer "${layer}" has no "geometries" list.`);
  geometries.forEach((g: unknown, i) => checkTopoGeometry(g, arcs.length, `${where}: feature ${i + 1}`));
}

function checkTopoGeometry(g: unknown, arcCount: number, where: string): void {
  if (g === null || typeof g !== 'object') throw new Error(`${where} is not an object.`);
  const { type, arcs } = g as { type?: unknown; arcs?: unknown };
  if (type === null || type === undefined) return; // A null geometry: reported later as "no geometry".
  const depth =
    type === 'Polygon'
      ? 2
      : type === 'MultiPolygon'
        ? 3
        : type === 'LineString'
          ? 1
          : type === 'MultiLineString'
            ? 2
            : 0;
  if (depth === 0) return; // Points and unknown types are reported later as not polygons.
  const visit = (value: unknown, level: number): void => {
    if (!Array.isArray(value)) throw new Error(`${where}: its "arcs" are not nested lists of arc numbers.`);
    if (level === 0) {
      for (const a of value) {
        const index = typeof a === 'number' && Number.isInteger(a) ? (a < 0 ? ~a : a) : -1;
        if (index < 0 || index >= arcCount) {
          throw new Error(`${where}: refers to arc ${JSON.stringify(a)}, but the file has arcs 0 to ${arcCount - 1}.`);
        }
      }
      return;
    }
    for (const v of value) visit(v, level - 1);
  };
  visit(arcs, depth - 1);
}

/** Throws unless `features` is a list of GeoJSON features (objects with `properties` an object or null). */
export function checkFeatureList(features: unknown, where: string): void {
  if (!Array.isArray(features)) throw new Error(`${where}: "features" is not a list.`);
  features.forEach((f: unknown, i) => {
    if (f === null || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature') {
      throw new Error(`${where}: feature ${i + 1} is not a GeoJSON Feature.`);
    }
    const props = (f as { properties?: unknown }).properties;
    if (props !== null && props !== undefined && (typeof props !== 'object' || Array.isArray(props))) {
      throw new Error(`${where}: feature ${i + 1} has "properties" that are not an object.`);
    }
  });
}

/**
 * Throws unless a Polygon's or MultiPolygon's coordinates are rings of at least
 * four positions of finite numbers, each ring closed (last position equal to the first).
 */
export function checkPolygonCoordinates(type: 'Polygon' | 'MultiPolygon', coordinates: unknown, where: string): void {
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons)) throw new Error(`${where}: its coordinates are not a list of polygons.`);
  polygons.forEach((rings: unknown, p) => {
    const at = type === 'MultiPolygon' ? ` polygon ${p + 1}` : '';
    if (!Array.isArray(rings) || rings.length === 0) throw new Error(`${where}:${at} has no rings.`);
    rings.forEach((ring: unknown, r) => {
      const name = `${where}:${at} ring ${r + 1}`;
      if (!Array.isArray(ring) || ring.length < 4) throw new Error(`${name} has fewer than 4 positions.`);
      ring.forEach((pos: unknown, k) => {
        if (!isPosition(pos)) throw new Error(`${name} position ${k + 1} is not a pair of finite numbers.`);
      });
      const first = ring[0] as Position;
      const last = ring[ring.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        throw new Error(`${name} is not closed (its last position should repeat its first).`);
      }
    });
  });
}

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
}
