/**
 * Boundaries small enough to ship to the browser map, simplified as a topology
 * (topojson-server, then Visvalingam's algorithm from topojson-simplify): a
 * border shared by two areas is one arc, simplified once for both, so the map
 * shows no slivers or gaps between neighbours.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { AreaFeature } from '../ingest/read-boundaries.ts';

/** Default tolerance in degrees: 382 UK local authorities (2019) come out at about 220 KB. */
export const DEFAULT_SIMPLIFY_TOLERANCE = 0.02;

type Area = Feature<Polygon | MultiPolygon, { code: string }>;
type AreaTopology = Topology<{ areas: GeometryCollection<{ code: string }> }>;

/**
 * Returns a compact GeoJSON FeatureCollection for the browser map. A vertex is
 * removed when the triangle it makes with its neighbours is smaller than a
 * `toleranceDeg`-sided square (in degrees, default DEFAULT_SIMPLIFY_TOLERANCE);
 * the ends of every shared border stay. Coordinates are rounded to 4 decimals,
 * properties are `{ code }` only, features in input order. Rings stay valid
 * (closed, >= 4 positions); islands and holes that collapse are dropped, but an
 * area always keeps its largest polygon. Deterministic; the input is not changed.
 */
export function simplifyBoundaries(
  features: readonly AreaFeature[],
  toleranceDeg: number = DEFAULT_SIMPLIFY_TOLERANCE,
): FeatureCollection<Polygon | MultiPolygon, { code: string }> {
  const input: FeatureCollection<Polygon | MultiPolygon, { code: string }> = {
    type: 'FeatureCollection',
    // topology() takes the coordinates over into its arcs; copies keep the caller's features as they were.
    features: features.map((f) => ({
      type: 'Feature',
      properties: { code: f.code },
      geometry: copyGeometry(f.geometry),
    })),
  };
  // Typed by what topology() is given: one collection of polygons, each with its code.
  const topo = topology({ areas: input }) as unknown as AreaTopology;
  const simplified = simplify(presimplify(topo, planarTriangleArea), toleranceDeg * toleranceDeg) as AreaTopology;
  const areas = feature(simplified, simplified.objects.areas);
  const out: Area[] = features.map((f, i) => {
    const g = areas.features[i]?.geometry as Polygon | MultiPolygon | null | undefined;
    const polygons = g == null ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const kept: Position[][][] = [];
    for (const polygon of polygons) {
      const outer = polygon[0] === undefined ? null : roundRing(polygon[0]);
      if (outer === null) continue;
      const rings = [outer];
      for (const hole of polygon.slice(1)) {
        const ring = roundRing(hole);
        if (ring !== null) rings.push(ring);
      }
      kept.push(rings);
    }
    if (kept.length === 0) kept.push([largestRingKept(f.geometry)]);
    const geometry: Polygon | MultiPolygon =
      kept.length === 1
        ? { type: 'Polygon', coordinates: kept[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates: kept };
    return { type: 'Feature', properties: { code: f.code }, geometry };
  });
  return { type: 'FeatureCollection', features: out };
}

function copyGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map((p) => [...p])) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => r.map((p) => [...p]))) };
}

function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}

/** Rounds to 4 decimals (about 10 m, finer than any tolerance used), drops repeats, closes the ring; null when fewer than three distinct vertices remain. */
function roundRing(pts: readonly Position[]): Position[] | null {
  const out: Position[] = [];
  let last = '';
  for (const p of pts) {
    const q = [Math.round((p[0] as number) * 1e4) / 1e4, Math.round((p[1] as number) * 1e4) / 1e4];
    const k = key(q);
    if (k !== last) out.push(q);
    last = k;
  }
  while (out.length > 1 && key(out[0] as Position) === key(out[out.length - 1] as Position)) out.pop();
  if (out.length < 3) return null;
  out.push([...(out[0] as Position)]);
  return out;
}

/** For an area every ring of which collapsed: its largest outer ring as drawn, only rounded (such an area is smaller than the tolerance). */
function largestRingKept(geometry: Polygon | MultiPolygon): Position[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest: Position[] = [];
  let largestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    const area = Math.abs(ringArea(outer));
    if (area > largestArea) {
      largest = outer;
      largestArea = area;
    }
  }
  const ring = roundRing(largest);
  if (ring !== null) return ring;
  // Smaller than the 4-decimal grid: a one-grid-step square at its first vertex still shows where it is.
  const [x, y] = (largest[0] ?? [0, 0]).map((v) => Math.round(v * 1e4)) as [number, number];
  return [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ].map(([a, b]) => [(a as number) / 1e4, (b as number) / 1e4]);
}

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += ((a[0] as number) - (b[0] as number)) * ((a[1] as number) + (b[1] as number));
  }
  return sum / 2;
}
