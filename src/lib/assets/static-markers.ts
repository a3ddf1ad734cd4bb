/**
 * The estate's markers for a map picture drawn without MapLibre (at build time,
 * and redrawn in the browser when the filters change until MapLibre takes
 * over): points on a grid of `cell`-pixel squares in a Mercator frame, each
 * square holding `minPoints` or more drawn as one numbered circle at the mean
 * position of its points, the rest as single markers. Close to what MapLibre's
 * clustering shows at the same extent, and small whatever the number of points.
 */
import type { MercatorFrame } from '../geo/mercator-frame.ts';

export interface StaticCluster {
  x: number;
  y: number;
  count: number;
  /** The count as the map writes it: 1234 → "1.2k", 12345 → "12k". */
  label: string;
}

export interface StaticPoint {
  x: number;
  y: number;
  /** Index into `ASSET_STATUSES`. */
  status: number;
}

export interface StaticMarkers {
  clusters: StaticCluster[];
  /** In drawing order: the first status (vacant) last, so it is on top. */
  points: StaticPoint[];
}

export interface PlacedAssets {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  status: ArrayLike<number>;
}

/** How MapLibre (supercluster) abbreviates a cluster's count. */
export function clusterLabel(count: number): string {
  if (count >= 10_000) return `${Math.round(count / 1000)}k`;
  if (count >= 1000) return `${Math.round(count / 100) / 10}k`;
  return String(count);
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** Markers of the placed assets among `ks` in `frame`; assets outside the frame are left out. */
export function staticMarkers(
  e: PlacedAssets,
  ks: ArrayLike<number>,
  frame: MercatorFrame,
  cell = 40,
  minPoints = 3,
): StaticMarkers {
  const cells = new Map<number, { sx: number; sy: number; ks: number[] }>();
  const columns = Math.ceil(frame.width / cell) + 1;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i] as number;
    const lon = e.lon[k] as number;
    if (Number.isNaN(lon)) continue;
    const [x, y] = frame.project(lon, e.lat[k] as number);
    if (!(x >= 0 && x <= frame.width && y >= 0 && y <= frame.height)) continue;
    const key = Math.floor(y / cell) * columns + Math.floor(x / cell);
    let c = cells.get(key);
    if (c === undefined) {
      c = { sx: 0, sy: 0, ks: [] };
      cells.set(key, c);
    }
    c.sx += x;
    c.sy += y;
    c.ks.push(k);
  }
  const clusters: StaticCluster[] = [];
  const points: StaticPoint[] = [];
  for (const key of [...cells.keys()].sort((a, b) => a - b)) {
    const c = cells.get(key) as { sx: number; sy: number; ks: number[] };
    const n = c.ks.length;
    if (n >= minPoints) {
      clusters.push({ x: round1(c.sx / n), y: round1(c.sy / n), count: n, label: clusterLabel(n) });
      continue;
    }
    for (const k of c.ks) {
      const [x, y] = frame.project(e.lon[k] as number, e.lat[k] as number);
      points.push({ x: round1(x), y: round1(y), status: e.status[k] as number });
    }
  }
  points.sort((a, b) => b.status - a.status || a.y - b.y || a.x - b.x);
  return { clusters, points };
}
