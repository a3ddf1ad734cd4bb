// A square area of `size` degrees from its south-west corner, for the boundary tiling tests.
import type { AreaFeature } from '../../../../src/pipeline/ingest/read-boundaries.ts';

export const square = (code: string, west: number, south: number, size: number): AreaFeature => ({
  code,
  name: code,
  parent: null,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  },
});
