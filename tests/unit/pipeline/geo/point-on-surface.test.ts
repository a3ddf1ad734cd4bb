import { describe, expect, it } from 'vitest';
import { pointOnSurface } from '../../../../src/pipeline/geo/point-on-surface.ts';

/** Even-odd point in polygon, written out again here so the test does not trust the module's own. */
function inside(x: number, y: number, rings: number[][][]): boolean {
  let c = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i] as [number, number];
      const [xj, yj] = r[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

describe('pointOnSurface', () => {
  it('is the centroid of a square', () => {
    const square = [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    expect(pointOnSurface({ type: 'Polygon', coordinates: square })).toEqual([2, 2]);
  });

  it('lies inside a U-shaped plot whose centroid is in the gap', () => {
    // A U: the centroid (2, ~1.9) falls in the notch between the arms.
    const u = [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [3, 4],
        [3, 1],
        [1, 1],
        [1, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    const p = pointOnSurface({ type: 'Polygon', coordinates: u }) as [number, number];
    expect(inside(p[0], p[1], u)).toBe(true);
  });

  it('lies outside the hole of a ring of land', () => {
    const ring = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [2, 2],
        [8, 2],
        [8, 8],
        [2, 8],
        [2, 2],
      ],
    ];
    const p = pointOnSurface({ type: 'Polygon', coordinates: ring }) as [number, number];
    expect(inside(p[0], p[1], ring)).toBe(true);
  });

  it('uses the largest part of a multipolygon', () => {
    const small = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    const large = [
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
        [10, 10],
      ],
    ];
    expect(pointOnSurface({ type: 'MultiPolygon', coordinates: [small, large] })).toEqual([15, 15]);
  });

  it('gives a point as itself and null for an empty geometry', () => {
    expect(pointOnSurface({ type: 'Point', coordinates: [-1.5, 52] })).toEqual([-1.5, 52]);
    expect(pointOnSurface({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});
