import { describe, expect, it } from 'vitest';
import {
  clusterIndex,
  paddedView,
  viewInside,
  type AssetClusterProps,
  type AssetPointProps,
  type ClusterView,
} from '../../../../src/lib/assets/asset-clusters.ts';

/** Assets at [lon, lat, status]. */
function estate(points: [number, number, number][]) {
  return {
    lon: Float64Array.from(points, (p) => p[0]),
    lat: Float64Array.from(points, (p) => p[1]),
    status: Uint8Array.from(points, (p) => p[2]),
  };
}

const clustersOf = (v: ClusterView) =>
  v.features.filter((f) => 'point_count' in f.properties).map((f) => f.properties as AssetClusterProps);
const pointsOf = (v: ClusterView) =>
  v.features.filter((f) => !('point_count' in f.properties)).map((f) => f.properties as AssetPointProps);

// Three assets within a few metres of each other, two more a few metres apart 0.05° east, one
// 0.2° north, one without coordinates.
const e = estate([
  [-1.5, 52.5, 0],
  [-1.5001, 52.5001, 1],
  [-1.4999, 52.5001, 2],
  [-1.45, 52.5, 3],
  [-1.4501, 52.5, 0],
  [-1.5, 52.7, 1],
  [NaN, NaN, 0],
]);
const all = [0, 1, 2, 3, 4, 5, 6];
const world: [number, number, number, number] = [-180, -85, 180, 85];

describe('clusterIndex', () => {
  it('clusters three or more close assets, and never two (minPoints 3)', () => {
    const v = clusterIndex(e, all).view(world, 10);
    expect(clustersOf(v).map((c) => c.point_count)).toEqual([3]);
    // The pair 0.05° east is too few to cluster; the lone asset stays; the unplaced one is not on the map.
    expect(
      pointsOf(v)
        .map((p) => p.k)
        .sort(),
    ).toEqual([3, 4, 5]);
    expect(pointsOf(v).find((p) => p.k === 3)?.s).toBe(3);
  });

  it('clusters with a radius of 36 pixels of a 512-pixel tile', () => {
    // At zoom 6 a 512-pixel tile spans 5.625°: 36 pixels are 0.396°, so the pair 0.05° east and
    // the asset 0.2° north join the three; at zoom 9 (0.049° for 36 pixels) they do not.
    expect(clustersOf(clusterIndex(e, all).view(world, 6)).map((c) => c.point_count)).toEqual([6]);
    expect(clustersOf(clusterIndex(e, all).view(world, 9)).map((c) => c.point_count)).toEqual([3]);
  });

  it('shows every asset from zoom 14 on (no clusters past zoom 13)', () => {
    const index = clusterIndex(e, all);
    expect(clustersOf(index.view(world, 13))).toHaveLength(1);
    expect(clustersOf(index.view(world, 14))).toEqual([]);
    expect(
      pointsOf(index.view(world, 16.5))
        .map((p) => p.k)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives the zoom at which a cluster splits, and null for an id it does not have', () => {
    const index = clusterIndex(e, all);
    const [cluster] = clustersOf(index.view(world, 6));
    expect(cluster?.point_count).toBe(6);
    // The six split at zoom 7 (36 pixels are 0.198° there: the asset 0.2° north leaves them).
    expect(index.expansionZoom(cluster?.cluster_id ?? -1)).toBe(7);
    const [three] = clustersOf(index.view(world, 13));
    // The three stay together to the last clustered zoom: they split when clustering stops.
    expect(index.expansionZoom(three?.cluster_id ?? -1)).toBe(14);
    expect(index.expansionZoom(123456)).toBeNull();
  });

  it('clusters only the records it is given (the filter result) and only inside the box', () => {
    const v = clusterIndex(e, [0, 1, 5]).view(world, 10);
    expect(clustersOf(v)).toEqual([]);
    expect(
      pointsOf(v)
        .map((p) => p.k)
        .sort(),
    ).toEqual([0, 1, 5]);
    const north = clusterIndex(e, all).view([-1.6, 52.6, -1.4, 52.8], 10);
    expect(pointsOf(north).map((p) => p.k)).toEqual([5]);
    expect(clustersOf(north)).toEqual([]);
  });

  it('writes a cluster as MapLibre did, with its count abbreviated for the badge', () => {
    const many = estate(Array.from({ length: 1500 }, (_, i): [number, number, number] => [i * 1e-6, 0, 0]));
    const [c] = clustersOf(
      clusterIndex(
        many,
        Array.from({ length: 1500 }, (_, i) => i),
      ).view(world, 5),
    );
    expect(c).toMatchObject({ cluster: true, point_count: 1500, point_count_abbreviated: '1.5k' });
  });
});

describe('paddedView', () => {
  it('adds half the width and height on each side, within the poles', () => {
    expect(paddedView([0, 10, 2, 12])).toEqual([-1, 9, 3, 13]);
    expect(paddedView([0, -80, 10, 80])[1]).toBe(-90);
    expect(viewInside([0, 10, 2, 12], paddedView([0, 10, 2, 12]))).toBe(true);
    expect(viewInside([2.5, 10, 3.5, 12], paddedView([0, 10, 2, 12]))).toBe(false);
  });
});
