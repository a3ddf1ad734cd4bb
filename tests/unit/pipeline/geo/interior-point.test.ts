import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { interiorPoint } from '../../../../src/pipeline/geo/interior-point.ts';
import { createAreaIndex } from '../../../../src/pipeline/geo/area-index.ts';

// A "U": its centroid (and its box's centre) fall in the gap between the arms.
const u: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ],
  ],
};
// A square with a square hole in the middle.
const ring: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
    [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ],
  ],
};
const islands: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [10, 10],
        [10.1, 10],
        [10.1, 10.1],
        [10, 10.1],
        [10, 10],
      ],
    ],
    u.coordinates,
  ],
};

describe('interiorPoint', () => {
  it.each<[string, Polygon | MultiPolygon]>([
    ['a U shape, whose centre is outside it', u],
    ['a square with a hole in the middle', ring],
    ['the largest of several islands', islands],
  ])('lies inside %s', (_case, geometry) => {
    const p = interiorPoint(geometry);
    expect(p).not.toBeNull();
    const index = createAreaIndex([{ code: 'a', name: 'a', parent: null, geometry }]);
    expect(index.locate(p?.[0] ?? NaN, p?.[1] ?? NaN)).toBe(0);
  });

  it('is on the largest island', () => {
    expect(interiorPoint(islands)?.[0]).toBeLessThan(3);
  });
});
