import { describe, expect, it } from 'vitest';
import type { Polygon, MultiPolygon } from 'geojson';
import { configuredView, mapView } from '../../../../src/pipeline/geo/map-view.ts';
import type { AreaFeature } from '../../../../src/pipeline/ingest/read-boundaries.ts';

const box = (w: number, s: number, e: number, n: number): number[][][] => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const area = (code: string, geometry: Polygon | MultiPolygon): AreaFeature => ({
  code,
  name: code,
  parent: null,
  geometry,
});

// A US-like layer: the lower 48, and Alaska with the Aleutians split at 180°.
const us = [
  area('48', { type: 'Polygon', coordinates: box(-124.7, 24.5, -66.9, 49.4) }),
  area('02', { type: 'MultiPolygon', coordinates: [box(172.4, 51.2, 180, 53), box(-180, 51.2, -129.9, 71.4)] }),
];

describe('mapView', () => {
  it('fits a layer across the antimeridian rather than around the world', () => {
    expect(mapView(us)).toEqual([172.4, 24.5, 293.1, 71.4]);
  });

  it('fits only the areas selected (those with data)', () => {
    expect(mapView(us, (i) => i === 0)).toEqual([-124.7, 24.5, -66.9, 49.4]);
    expect(mapView(us, () => false)).toBeNull();
  });

  it('reads configured bounds whose east is below west as crossing 180°', () => {
    expect(configuredView([172, 18, -66, 72])).toEqual([172, 18, 294, 72]);
    expect(configuredView([-8.7, 49.8, 1.8, 60.9])).toEqual([-8.7, 49.8, 1.8, 60.9]);
  });
});
