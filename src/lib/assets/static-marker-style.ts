/**
 * Sizes of the markers in the estate's static map picture, shared by the
 * build-time drawing and the browser's redraw so both look the same (and like
 * MapLibre's canvas-drawn badges: see src/client/assets/marker-images.ts).
 */

/** Radius of a cluster's circle for its written count. */
export function clusterRadius(label: string): number {
  return label.length <= 1 ? 13 : label.length <= 3 ? 16 : 20;
}

/** A status marker is its 20×20 shape, centred on the point. */
export const POINT_SIZE = 20;

/** Id prefix of the status shapes in the picture's <defs> (`static-status-0` …). */
export const STATIC_STATUS_ID = 'static-status-';
