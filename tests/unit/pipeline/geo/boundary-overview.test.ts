import { describe, expect, it } from 'vitest';
import { brotliCompressSync } from 'node:zlib';
import { boundaryOverview } from '../../../../src/pipeline/geo/boundary-overview.ts';
import type { AreaFeature } from '../../../../src/pipeline/ingest/read-boundaries.ts';
import { square } from './square-area.ts';

// A 40 x 40 grid of 0.05° squares (1,600 areas) from 0° E, 50° N.
const grid: AreaFeature[] = [];
for (let i = 0; i < 40; i++)
  for (let j = 0; j < 40; j++) grid.push(square(`A${i}-${j}`, i * 0.05, 50 + j * 0.05, 0.05));

describe('boundary overview', () => {
  it('merges every area into one group per tile of the grouping zoom, counting each area once', () => {
    const o = boundaryOverview(grid, 9);
    expect(o.groupZoom).toBe(8);
    const total = o.collection.features.reduce((s, f) => s + f.properties.areas, 0);
    expect(total).toBe(1600);
    // 2° x 2° at zoom 8 (1.4° tiles): a few groups, far fewer than areas, each an "x/y" tile.
    expect(o.collection.features.length).toBeGreaterThan(1);
    expect(o.collection.features.length).toBeLessThan(20);
    for (const f of o.collection.features) {
      expect(f.properties.code).toMatch(/^\d+\/\d+$/);
      // Neighbours merged: each group of the grid is one outline, not a square per area.
      expect(f.geometry.type === 'Polygon' ? 1 : f.geometry.coordinates.length).toBe(1);
    }
    expect(o.brotliBytes).toBe(brotliCompressSync(JSON.stringify(o.collection), {}).length);
  });

  it('steps to a coarser grouping zoom until the file fits the budget', () => {
    const roomy = boundaryOverview(grid, 9);
    const tight = boundaryOverview(grid, 9, roomy.brotliBytes - 1);
    expect(tight.groupZoom).toBeLessThan(roomy.groupZoom);
    expect(tight.collection.features.length).toBeLessThan(roomy.collection.features.length);
    expect(tight.collection.features.reduce((s, f) => s + f.properties.areas, 0)).toBe(1600);
  });

  it('writes the same file for the same areas in any order', () => {
    const a = boundaryOverview(grid, 9);
    const b = boundaryOverview([...grid].reverse(), 9);
    expect(JSON.stringify(b.collection)).toBe(JSON.stringify(a.collection));
  });
});
