/**
 * The small static map on an asset page: its area's outline and the point, as
 * SVG drawn at build time (no tiles, no JavaScript). The outline's path and the
 * projection are made once per area and reused by every asset page in it.
 *
 * Planar on purpose: d3's spherical projections read a ring's winding order as
 * which side is inside, and GeoJSON (RFC 7946) winds the other way from d3, so an
 * RFC 7946 area would be drawn as the whole world minus the area. An area is
 * small enough for longitude scaled by cos(latitude) to keep its shape.
 */
import { geoIdentity, geoPath } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface MiniMapFrame {
  width: number;
  height: number;
  /** SVG path data of the area's outline. */
  outline: string;
  /** [x, y] in the frame for a WGS84 point, rounded to 0.1. */
  project(lon: number, lat: number): [number, number];
}

/** A frame fitting `geometry` into `width`×`height` with `padding` around it. */
export function miniMapFrame(geometry: Polygon | MultiPolygon, width = 320, height = 240, padding = 12): MiniMapFrame {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const lats = polygons.flatMap((p) => p.flatMap((ring) => ring.map((q) => q[1] as number)));
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const flat = (p: Position): Position => [(p[0] as number) * k, p[1] as number];
  const planar: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: polygons.map((p) => p.map((ring) => ring.map(flat))),
  };
  const feature = { type: 'Feature' as const, properties: {}, geometry: planar };
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      feature,
    );
  const outline = geoPath(projection).digits(1)(feature) ?? '';
  return {
    width,
    height,
    outline,
    project(lon, lat) {
      const p = projection([lon * k, lat]) ?? [NaN, NaN];
      return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
    },
  };
}
