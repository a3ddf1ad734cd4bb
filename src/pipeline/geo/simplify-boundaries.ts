/**
 * Boundaries small enough to ship to the browser map: Douglas–Peucker per
 * section of ring between junctions (vertices where neighbouring areas' borders
 * meet or part), so a border shared by two areas is simplified identically for
 * both and the map shows no slivers or gaps between them.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { AreaFeature } from '../ingest/read-boundaries.ts';

/** Default tolerance in degrees (~1.7 km north–south): 382 UK local authorities (2019) come out at about 235 KB. */
export const DEFAULT_SIMPLIFY_TOLERANCE = 0.015;

/**
 * Returns a compact GeoJSON FeatureCollection for the browser map: geometry
 * simplified with Douglas–Peucker (`toleranceDeg` in degrees, default
 * DEFAULT_SIMPLIFY_TOLERANCE), shared borders kept identical, coordinates rounded
 * to 4 decimals, properties `{ code }` only, features in input order. Rings stay
 * valid (closed, >= 4 positions); islands and holes that collapse are dropped,
 * but an area always keeps its largest polygon. Deterministic.
 */
export function simplifyBoundaries(
  features: readonly AreaFeature[],
  toleranceDeg: number = DEFAULT_SIMPLIFY_TOLERANCE,
): FeatureCollection<Polygon | MultiPolygon, { code: string }> {
  const junctions = findJunctions(features);
  const out: Feature<Polygon | MultiPolygon, { code: string }>[] = [];
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const kept: Position[][][] = [];
    for (const polygon of polygons) {
      const outer = polygon[0] === undefined ? null : simplifyRing(polygon[0], toleranceDeg, junctions);
      if (outer === null) continue;
      const rings = [outer];
      for (const hole of polygon.slice(1)) {
        const simplified = simplifyRing(hole, toleranceDeg, junctions);
        if (simplified !== null) rings.push(simplified);
      }
      kept.push(rings);
    }
    if (kept.length === 0) kept.push([largestRingKept(polygons, toleranceDeg, junctions)]);
    const geometry: Polygon | MultiPolygon =
      kept.length === 1
        ? { type: 'Polygon', coordinates: kept[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates: kept };
    out.push({ type: 'Feature', properties: { code: f.code }, geometry });
  }
  return { type: 'FeatureCollection', features: out };
}

function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}

/** A ring's distinct vertices (the closing repeat of the first dropped). */
function openRing(ring: readonly Position[]): Position[] {
  const n = ring.length;
  if (n > 1 && key(ring[0] as Position) === key(ring[n - 1] as Position)) return ring.slice(0, n - 1);
  return ring.slice();
}

/**
 * Vertices that must survive simplification: those whose neighbours differ
 * between the rings that pass through them (where a shared border starts or ends).
 */
function findJunctions(features: readonly AreaFeature[]): Set<string> {
  const neighbours = new Map<string, string>();
  const junctions = new Set<string>();
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const pts = openRing(ring).map(key);
        const n = pts.length;
        for (let i = 0; i < n; i++) {
          const v = pts[i] as string;
          if (junctions.has(v)) continue;
          const a = pts[(i + n - 1) % n] as string;
          const b = pts[(i + 1) % n] as string;
          const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
          const seen = neighbours.get(v);
          if (seen === undefined) neighbours.set(v, pair);
          else if (seen !== pair) junctions.add(v);
        }
      }
    }
  }
  return junctions;
}

function lexLess(a: Position, b: Position): boolean {
  const ax = a[0] as number;
  const bx = b[0] as number;
  return ax < bx || (ax === bx && (a[1] as number) < (b[1] as number));
}

/**
 * Simplifies one closed ring, keeping its junction vertices (or, without any, its
 * lexicographically smallest vertex) so that the same border gives the same
 * result in whichever ring and direction it appears. Null when fewer than three
 * distinct vertices remain.
 */
function simplifyRing(ring: readonly Position[], tolerance: number, junctions: ReadonlySet<string>): Position[] | null {
  const pts = openRing(ring);
  const n = pts.length;
  if (n < 3) return null;
  const anchors: number[] = [];
  for (let i = 0; i < n; i++) if (junctions.has(key(pts[i] as Position))) anchors.push(i);
  if (anchors.length === 0) {
    let start = 0;
    for (let i = 1; i < n; i++) if (lexLess(pts[i] as Position, pts[start] as Position)) start = i;
    anchors.push(start);
  }
  const out: Position[] = [];
  for (let k = 0; k < anchors.length; k++) {
    const from = anchors[k] as number;
    const to = anchors[(k + 1) % anchors.length] as number;
    const length = ((to - from + n - 1) % n) + 2; // from..to inclusive, wrapping; a lone anchor goes all the way round
    const chain: Position[] = new Array<Position>(length);
    for (let i = 0; i < length; i++) chain[i] = pts[(from + i) % n] as Position;
    const keep = douglasPeucker(chain, tolerance);
    for (let i = 0; i < length - 1; i++) if (keep[i] === 1) out.push(chain[i] as Position);
  }
  return roundRing(out);
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

/** Squared distance from p to segment ab, computed from the lexicographically smaller end so direction cannot change it. */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  const [ox, oy] = (lexLess(b, a) ? b : a) as [number, number];
  const [ex, ey] = (lexLess(b, a) ? a : b) as [number, number];
  const px = p[0] as number;
  const py = p[1] as number;
  const dx = ex - ox;
  const dy = ey - oy;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ox) * dx + (py - oy) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const qx = ox + t * dx - px;
  const qy = oy + t * dy - py;
  return qx * qx + qy * qy;
}

/** Douglas–Peucker keep-flags for an open chain (both ends kept); iterative, ties broken by position, not index. */
function douglasPeucker(chain: readonly Position[], tolerance: number): Uint8Array {
  const keep = new Uint8Array(chain.length);
  keep[0] = 1;
  keep[chain.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: number[] = [0, chain.length - 1];
  while (stack.length > 0) {
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    const a = chain[first] as Position;
    const b = chain[last] as Position;
    let best = -1;
    let bestD = tol2;
    for (let i = first + 1; i < last; i++) {
      const p = chain[i] as Position;
      const d = segmentDistance2(p, a, b);
      if (d > bestD || (d === bestD && best !== -1 && lexLess(p, chain[best] as Position))) {
        best = i;
        bestD = d;
      }
    }
    if (best === -1) continue;
    keep[best] = 1;
    stack.push(first, best, best, last);
  }
  return keep;
}

/** The area's largest outer ring, simplified with a finer tolerance until it stays a valid ring. */
function largestRingKept(
  polygons: readonly Position[][][],
  tolerance: number,
  junctions: ReadonlySet<string>,
): Position[] {
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
  for (let t = tolerance / 4; t > 1e-9; t /= 4) {
    const ring = simplifyRing(largest, t, junctions);
    if (ring !== null) return ring;
  }
  // Smaller than the 5-decimal grid: a one-grid-step square at its first vertex still shows where it is.
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
