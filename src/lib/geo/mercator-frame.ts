/**
 * A Web Mercator picture frame: WGS84 bounds drawn `width` pixels wide, y down,
 * with the height the bounds take at that width. MapLibre shows the same bounds
 * the same way when it fits them with no padding, so an SVG drawn in this frame
 * (viewBox `0 0 width height`, scaled to fit its box) and a MapLibre map fitted
 * to `bounds` in a box of the same size show the same extent: one can take over
 * from the other without a jump.
 */

/** [west, south, east, north] in degrees; east may exceed 180 for a view across the antimeridian. */
export type LonLatBounds = readonly [number, number, number, number];

export interface MercatorFrame {
  width: number;
  height: number;
  bounds: LonLatBounds;
  /** [x, y] in the frame for a WGS84 point (not rounded; may fall outside the frame). */
  project(lon: number, lat: number): [number, number];
}

/** Web Mercator's latitude limit: the world is a square. */
const MAX_LAT = 85.051129;

/** x of a longitude in the unit world square (0 at 180° W). */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** y of a latitude in the unit world square (0 at the top, the north). */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
}

/** Latitude of a y in the unit world square (inverse of `mercatorY`). */
export function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

export function mercatorFrame(bounds: LonLatBounds, width: number): MercatorFrame {
  const [west, south, east, north] = bounds;
  const x0 = mercatorX(west);
  const y0 = mercatorY(north);
  const worldWidth = mercatorX(east) - x0;
  const scale = width / (worldWidth > 0 ? worldWidth : 1);
  const height = (mercatorY(south) - y0) * scale;
  return {
    width,
    height,
    bounds,
    project(lon, lat) {
      // A view across the antimeridian is one piece: longitudes west of it move east by 360°.
      const l = east > 180 && lon < west ? lon + 360 : lon;
      return [(mercatorX(l) - x0) * scale, (mercatorY(lat) - y0) * scale];
    },
  };
}
