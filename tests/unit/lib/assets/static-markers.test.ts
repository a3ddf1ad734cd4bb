import { describe, expect, it } from 'vitest';
import { clusterLabel, staticMarkers } from '../../../../src/lib/assets/static-markers.ts';
import { mercatorFrame } from '../../../../src/lib/geo/mercator-frame.ts';

const frame = mercatorFrame([0, 0, 1, 1], 400);

function assets(points: [number, number, number][]) {
  return {
    lon: Float64Array.from(points, (p) => p[0]),
    lat: Float64Array.from(points, (p) => p[1]),
    status: Uint8Array.from(points, (p) => p[2]),
  };
}

describe('staticMarkers', () => {
  it('groups three or more points of one grid cell into a numbered circle at their mean, and keeps the rest', () => {
    const e = assets([
      [0.01, 0.99, 2],
      [0.02, 0.98, 2],
      [0.03, 0.97, 1],
      [0.5, 0.5, 0],
      [0.51, 0.5, 3],
      [NaN, NaN, 0],
    ]);
    const m = staticMarkers(e, [0, 1, 2, 3, 4, 5], frame);
    expect(m.clusters).toHaveLength(1);
    expect(m.clusters[0]?.count).toBe(3);
    const [x, y] = frame.project(0.02, 0.98);
    expect(m.clusters[0]?.x).toBeCloseTo(x, 0);
    expect(m.clusters[0]?.y).toBeCloseTo(y, 0);
    // Every placed asset is drawn once; the unplaced one is not. Vacant (0) is drawn last, on top.
    expect(m.points.map((p) => p.status)).toEqual([3, 0]);
  });

  it('draws only the assets it is given (the filtered ones), and none outside the frame', () => {
    const e = assets([
      [0.2, 0.2, 0],
      [0.8, 0.8, 1],
      [3, 3, 1],
    ]);
    const m = staticMarkers(e, [1, 2], frame);
    expect(m.clusters).toEqual([]);
    expect(m.points).toHaveLength(1);
    expect(m.points[0]?.status).toBe(1);
  });

  it('is the same for the same input (deterministic build output)', () => {
    const pts: [number, number, number][] = Array.from({ length: 500 }, (_, i) => [
      ((i * 37) % 100) / 100,
      ((i * 61) % 100) / 100,
      i % 4,
    ]);
    const e = assets(pts);
    const ks = pts.map((_, i) => i);
    const a = staticMarkers(e, ks, frame);
    expect(staticMarkers(e, ks.reverse(), frame).clusters).toEqual(a.clusters);
    const total = a.clusters.reduce((s, c) => s + c.count, 0) + a.points.length;
    expect(total).toBe(500);
  });
});

describe('clusterLabel', () => {
  it('abbreviates as the interactive map does', () => {
    expect([7, 999, 1234, 9960, 12345].map(clusterLabel)).toEqual(['7', '999', '1.2k', '10k', '12k']);
  });
});
