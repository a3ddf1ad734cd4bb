/**
 * The small static map on an asset page: its area's outline and the point, as
 * SVG drawn at build time (no tiles, no JavaScript). The outline's path and the
 * projection are made once per area and reused by every asset page in it.
 *
 * Web Mercator (as the interactive maps use) fitted to the area by d3-geo. d3's
 * spherical geometry reads a ring's winding as which side is inside: exteriors
 * clockwise, where GeoJSON (RFC 7946) winds them anticlockwise, so an RFC 7946
 * area would be drawn as the whole world minus the area. Each polygon is
 * therefore rewound when its area comes out larger than a hemisphere.
 */
import { geoArea, geoMercator, geoPath } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface MiniMapFrame {
  width: number;
  height: number;
  /** SVG path data of the area's outline. */
  outline: string;
  /** [x, y] in the frame for a WGS84 point, rounded to 0.1. */
  project(lon: number, lat: number): [number, number];
}

/**
 * SVG path data of `geometry` (an asset's own outline) drawn in `frame`, vertex by vertex
 * through `frame.project`, so it lines up with the area outline and the point.
 */
export function pathInFrame(frame: MiniMapFrame, geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((polygon) =>
      polygon.map(
        (ring) =>
          ring
            .map((p, j) => {
              const [x, y] = frame.project(p[0] as number, p[1] as number);
              return `${j === 0 ? 'M' : 'L'}${x},${y}`;
            })
            .join('') + 'Z',
      ),
    )
    .join('');
}

/** A frame fitting `geometry` into `width`×`height` with `padding` around it. */
export function miniMapFrame(geometry: Polygon | MultiPolygon, width = 320, height = 240, padding = 12): MiniMapFrame {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const feature = {
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'MultiPolygon' as const, coordinates: polygons.map(windForD3) },
  };
  const projection = geoMercator().fitExtent(
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
      const p = projection([lon, lat]) ?? [NaN, NaN];
      return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
    },
  };
}

/** The polygon with its rings reversed when d3 would read it as the rest of the globe. */
function windForD3(rings: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
}
