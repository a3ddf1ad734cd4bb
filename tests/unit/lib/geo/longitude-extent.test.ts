import { describe, expect, it } from 'vitest';
import { longitudeExtent } from '../../../../src/lib/geo/longitude-extent.ts';

describe('longitudeExtent', () => {
  it.each<[string, [number, number][], [number, number] | null]>([
    ['nothing', [], null],
    ['one range', [[-8.6, 1.8]], [-8.6, 1.8]],
    [
      'overlapping ranges merge',
      [
        [-3, -1],
        [-2, 2],
        [1, 4],
      ],
      [-3, 4],
    ],
    [
      'a layer across the antimeridian (Aleutians at 172°E to 180°, and at −180° to −130°; the rest at −125° to −67°)',
      [
        [172.4, 180],
        [-180, -130],
        [-125, -67],
      ],
      [172.4, 293],
    ],
    [
      'Fiji, split at 180°',
      [
        [177, 180],
        [-180, -178.2],
      ],
      [177, 181.8],
    ],
    [
      'a world layer keeps the usual frame',
      [
        [-180, -30],
        [-20, 60],
        [70, 180],
      ],
      [-180, 180],
    ],
  ])('%s', (_case, ranges, expected) => {
    expect(longitudeExtent(ranges)).toEqual(expected);
  });
});
