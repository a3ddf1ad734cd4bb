import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { areaOverlaps, type OverlapArea } from '../../../../src/lib/geo/area-overlaps.ts';

const box = (code: string, x0: number, y0: number, x1: number, y1: number): OverlapArea => ({
  code,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});

// A district of two wards, and a layer whose one area straddles both wards.
const district = box('D', 0, 0, 2, 2);
const wards = [box('W1', 0, 0, 1, 2), box('W2', 1, 0, 2, 2)];
const straddle = box('S', 0.5, 0, 1.5, 2);

describe('areaOverlaps', () => {
  it('puts each ward wholly in its district', () => {
    const m = areaOverlaps(wards, [district]);
    expect(m.get('W1')).toEqual([{ code: 'D', share: 1 }]);
    expect(m.get('W2')).toEqual([{ code: 'D', share: 1 }]);
  });

  it('splits a district between its wards by area', () => {
    expect(areaOverlaps([district], wards).get('D')).toEqual([
      { code: 'W1', share: 0.5 },
      { code: 'W2', share: 0.5 },
    ]);
  });

  it('measures a partial overlap by area, largest first', () => {
    expect(areaOverlaps([straddle], wards).get('S')).toEqual([
      { code: 'W1', share: 0.5 },
      { code: 'W2', share: 0.5 },
    ]);
    expect(areaOverlaps(wards, [straddle]).get('W1')).toEqual([{ code: 'S', share: 0.5 }]);
    const uneven = areaOverlaps([box('U', 0.5, 0, 2, 2)], wards).get('U');
    expect(uneven?.map((o) => o.code)).toEqual(['W2', 'W1']);
    expect(uneven?.[0]?.share).toBeCloseTo(2 / 3, 1);
  });

  it('leaves out areas that only touch, slivers under the minimum share, and holes', () => {
    // Touching along x = 2 only.
    expect(areaOverlaps([box('E', 2, 0, 3, 2)], [district]).has('E')).toBe(false);
    // 1% of the district's width: under the default 2%.
    expect(areaOverlaps([district], [box('T', 1.98, 0, 3, 2)]).has('D')).toBe(false);
    expect(areaOverlaps([district], [box('T', 1.98, 0, 3, 2)], { minShare: 0 }).get('D')?.[0]?.code).toBe('T');
    // A district with a hole where a ward would be: that ward is outside it.
    const ring = (district.geometry as Polygon).coordinates[0] ?? [];
    const holed: OverlapArea = {
      code: 'H',
      geometry: {
        type: 'Polygon',
        coordinates: [
          ring,
          [
            [0, 0],
            [0, 2],
            [1, 2],
            [1, 0],
            [0, 0],
          ],
        ],
      },
    };
    const inHole = areaOverlaps(wards, [holed]);
    expect(inHole.has('W1')).toBe(false);
    expect(inHole.get('W2')).toEqual([{ code: 'H', share: 1 }]);
  });
});
