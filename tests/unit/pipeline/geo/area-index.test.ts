import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { createAreaIndex } from '../../../../src/pipeline/geo/area-index.ts';
import type { AreaFeature } from '../../../../src/pipeline/ingest/read-boundaries.ts';

const ring = (x: number, y: number, w: number, h = w): Position[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
];
const area = (code: string, geometry: AreaFeature['geometry']): AreaFeature => ({
  code,
  name: code,
  parent: null,
  geometry,
});

// 0: a 10x10 square with a 4x4 hole; 1: an island filling the hole; 2: two separate squares (MultiPolygon)
// east of 0; 3: a triangle sharing 0's east edge between y 0 and 10.
const features: AreaFeature[] = [
  area('DONUT', { type: 'Polygon', coordinates: [ring(0, 0, 10), ring(3, 3, 4).reverse()] }),
  area('HOLE', { type: 'Polygon', coordinates: [ring(3, 3, 4)] }),
  area('MULTI', { type: 'MultiPolygon', coordinates: [[ring(20, 0, 2)], [ring(30, 5, 2)]] }),
  area('TRI', {
    type: 'Polygon',
    coordinates: [
      [
        [10, 0],
        [15, 5],
        [10, 10],
        [10, 0],
      ],
    ],
  }),
];
const index = createAreaIndex(features);

describe('createAreaIndex', () => {
  it('finds the polygon containing a point', () => {
    expect(index.locate(1, 1)).toBe(0);
    expect(index.locate(12, 5)).toBe(3);
  });

  it('excludes holes (even-odd), where another area may sit', () => {
    expect(index.locate(5, 5)).toBe(1);
    const withoutIsland = createAreaIndex([features[0] as AreaFeature]);
    expect(withoutIsland.locate(5, 5)).toBe(-1);
    expect(withoutIsland.locate(2.9, 5)).toBe(0);
  });

  it('finds points in any part of a MultiPolygon', () => {
    expect(index.locate(21, 1)).toBe(2);
    expect(index.locate(31, 6)).toBe(2);
    expect(index.locate(25, 3)).toBe(-1);
  });

  it('returns -1 outside every area', () => {
    expect(index.locate(-1, 5)).toBe(-1);
    expect(index.locate(14, 9)).toBe(-1); // inside the triangle's bbox, outside the triangle
    expect(index.locate(NaN, 5)).toBe(-1);
  });

  it('gives points on a shared border to the lowest feature index, whatever the order of search', () => {
    expect(index.locate(10, 5)).toBe(0); // DONUT/TRI edge
    expect(index.locate(10, 0)).toBe(0); // shared vertex
    expect(index.locate(5, 3)).toBe(0); // on the hole's edge: DONUT and HOLE both claim it
    const reversed = createAreaIndex([...features].reverse());
    expect(reversed.locate(10, 5)).toBe(0); // TRI is now index 0
    expect(reversed.locate(5, 3)).toBe(2); // HOLE is now index 2, DONUT 3
  });

  it('handles an empty layer', () => {
    expect(createAreaIndex([]).locate(0, 0)).toBe(-1);
  });
});
