/**
 * The land map's first view, drawn at build time: the area outlines and the
 * estate's markers in a Mercator frame fitted to every placed asset. The same
 * picture stays where WebGL is missing; MapLibre, loaded when the map is used,
 * takes over at the frame's bounds (src/lib/geo/mercator-frame.ts).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readData } from '../manifest.ts';
import { boundsOf } from '../../lib/assets/estate-bounds.ts';
import { staticMarkers, type StaticMarkers } from '../../lib/assets/static-markers.ts';
import { framePath } from '../../lib/geo/frame-paths.ts';
import { latitudeOf, mercatorFrame, mercatorX, mercatorY, type LonLatBounds } from '../../lib/geo/mercator-frame.ts';
import { landData, layerEntry } from './land-data.ts';

/** The picture's longer side in SVG units: about the map box's height, so markers show near their own size. */
export const PICTURE_SIZE = 500;

export interface EstatePicture {
  bounds: LonLatBounds;
  width: number;
  height: number;
  /** One path per area with any part near the frame. */
  outlines: string[];
  markers: StaticMarkers;
}

let picture: EstatePicture | null | undefined;

/** `bounds` grown by `share` of its projected width and height on every side (room for the edge markers). */
function grown([west, south, east, north]: LonLatBounds, share: number): LonLatBounds {
  const dx = (mercatorX(east) - mercatorX(west)) * share * 360;
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  const dy = (bottom - top) * share;
  return [west - dx, latitudeOf(bottom + dy), east + dx, latitudeOf(top - dy)];
}

/** The picture of the whole estate, or null when no asset is placed (made once per build). */
export function estatePicture(layerIds: readonly string[]): EstatePicture | null {
  if (picture !== undefined) return picture;
  const { estate } = landData();
  const all = Array.from({ length: estate.count }, (_, k) => k);
  const tight = boundsOf(estate, all);
  if (tight === null) {
    picture = null;
    return picture;
  }
  const bounds = grown(tight, 0.04);
  let frame = mercatorFrame(bounds, PICTURE_SIZE);
  if (frame.height > PICTURE_SIZE) frame = mercatorFrame(bounds, (PICTURE_SIZE * PICTURE_SIZE) / frame.height);
  const outlines: string[] = [];
  for (const id of layerIds) {
    const layer = layerEntry(id);
    if (layer === undefined) continue;
    const fc = readData<FeatureCollection<Polygon | MultiPolygon, { code: string }>>(layer.files.boundaries);
    for (const f of fc.features) {
      const d = framePath(f.geometry, frame);
      if (d !== '') outlines.push(d);
    }
  }
  picture = {
    bounds,
    width: frame.width,
    height: frame.height,
    outlines,
    markers: staticMarkers(estate, all, frame),
  };
  return picture;
}
