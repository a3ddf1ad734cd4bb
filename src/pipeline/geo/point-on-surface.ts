/**
 * A representative point of an asset's geometry: a point that lies inside the
 * shape (a centroid can fall outside an L-shaped plot or a ring of land), the
 * way PostGIS ST_PointOnSurface and JTS InteriorPoint choose it. Planar, in the
 * geometry's own units; an asset is small enough for that to hold in degrees too.
 */
import type { Geometry, Position } from 'geojson';

type Ring = readonly Position[];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

/** Area-weighted centroid of a polygon's rings (holes subtract); null when the area is 0. */
function centroid(rings: readonly Ring[]): [number, number] | null {
  let a = 0;
  let cx = 0;
  let cy = 0;
  rings.forEach((ring, k) => {
    // The outer ring counts positively and holes negatively, whatever their winding.
    const sign = k === 0 ? 1 : -1;
    const ar = Math.abs(ringArea(ring)) * sign;
    let rx = 0;
    let ry = 0;
    let rs = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      const f = xj * yi - xi * yj;
      rx += (xi + xj) * f;
      ry += (yi + yj) * f;
      rs += f;
    }
    if (rs === 0) return;
    // Ring centroid from the signed sum, weighted by the ring's unsigned area.
    a += ar;
    cx += (rx / (3 * rs)) * ar;
    cy += (ry / (3 * rs)) * ar;
  });
  return a === 0 ? null : [cx / a, cy / a];
}

/** Even-odd test over every ring, so a point in a hole is outside. */
function insideRings(x: number, y: number, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The JTS scan line: a horizontal line at a height no vertex has (halfway between the two
 * vertex heights nearest the middle of the shape), cut by every edge; the midpoint of the
 * widest inside stretch is inside the polygon.
 */
function scanLinePoint(rings: readonly Ring[]): [number, number] | null {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of rings[0] ?? []) {
    const y = p[1] ?? 0;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (!(maxY > minY)) return null;
  const middle = (minY + maxY) / 2;
  let lo = minY;
  let hi = maxY;
  for (const ring of rings) {
    for (const p of ring) {
      const y = p[1] ?? 0;
      if (y <= middle && y > lo) lo = y;
      else if (y > middle && y < hi) hi = y;
    }
  }
  const y = (lo + hi) / 2;
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  let width = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const w = (xs[k + 1] as number) - (xs[k] as number);
    if (w > width) {
      width = w;
      best = [((xs[k] as number) + (xs[k + 1] as number)) / 2, y];
    }
  }
  return best;
}

function polygonPoint(rings: readonly Ring[]): [number, number] | null {
  const c = centroid(rings);
  if (c !== null && insideRings(c[0], c[1], rings)) return c;
  return scanLinePoint(rings) ?? c;
}

/**
 * A point inside `geometry`: a Point is itself; a MultiPoint its first point; a line its
 * middle vertex; a polygon its centroid when that is inside, else the midpoint of the widest
 * stretch of a horizontal line through it; a MultiPolygon the point of its largest part.
 * Null for an empty geometry or one with no area and no vertices.
 */
export function pointOnSurface(geometry: Geometry): [number, number] | null {
  switch (geometry.type) {
    case 'Point': {
      const [x, y] = geometry.coordinates;
      return x === undefined || y === undefined ? null : [x, y];
    }
    case 'MultiPoint':
    case 'LineString': {
      const points = geometry.coordinates;
      const p = geometry.type === 'LineString' ? points[Math.floor((points.length - 1) / 2)] : points[0];
      return p?.[0] === undefined || p[1] === undefined ? null : [p[0], p[1]];
    }
    case 'MultiLineString':
      return pointOnSurface({ type: 'LineString', coordinates: geometry.coordinates[0] ?? [] });
    case 'Polygon':
      return polygonPoint(geometry.coordinates);
    case 'MultiPolygon': {
      let largest: Position[][] | undefined;
      let area = -1;
      for (const polygon of geometry.coordinates) {
        const a =
          Math.abs(ringArea(polygon[0] ?? [])) - polygon.slice(1).reduce((s, h) => s + Math.abs(ringArea(h)), 0);
        if (a > area) {
          area = a;
          largest = polygon;
        }
      }
      return largest === undefined ? null : polygonPoint(largest);
    }
    case 'GeometryCollection': {
      for (const g of geometry.geometries) {
        const p = pointOnSurface(g);
        if (p !== null) return p;
      }
      return null;
    }
  }
}
