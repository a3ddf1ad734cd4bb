import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { simplifyBoundaries } from '../../../../src/pipeline/geo/simplify-boundaries.ts';
import type { AreaFeature } from '../../../../src/pipeline/ingest/read-boundaries.ts';

const area = (code: string, geometry: AreaFeature['geometry']): AreaFeature => ({
  code,
  name: `Name ${code}`,
  parent: 'P',
  geometry,
});

/** A wiggly line from (x0, y0) to (x1, y1) with small noise, deterministic. */
function wiggle(x0: number, y0: number, x1: number, y1: number, n: number, amp: number): Position[] {
  const pts: Position[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const noise = i === 0 || i === n ? 0 : amp * Math.sin(i * 12.9898);
    pts.push([
      x0 + (x1 - x0) * t + noise * (y1 - y0 === 0 ? 0 : 1),
      y0 + (y1 - y0) * t + noise * (x1 - x0 === 0 ? 0 : 1),
    ]);
  }
  return pts;
}

// Two areas sharing a wiggly border x≈1 from (1,0) to (1,1); A to the west, B to the east.
const border = wiggle(1, 0, 1, 1, 200, 0.0004);
const westRing: Position[] = [[0, 0], ...border, [0, 1], [0, 0]];
const eastRing: Position[] = [[2, 0], [2, 1], ...[...border].reverse(), [2, 0]];
const tinyIsland: Position[] = [
  [5, 5],
  [5.0001, 5],
  [5.0001, 5.0001],
  [5, 5.0001],
  [5, 5],
];
const features: AreaFeature[] = [
  area('A', { type: 'MultiPolygon', coordinates: [[westRing], [tinyIsland]] }),
  area('B', { type: 'Polygon', coordinates: [eastRing] }),
  area('TINY', {
    type: 'Polygon',
    coordinates: [
      [
        [7, 7],
        [7.00002, 7],
        [7.00002, 7.00002],
        [7, 7.00002],
        [7, 7],
      ],
    ],
  }),
];

function rings(f: Feature): Position[][] {
  const g = f.geometry as Polygon | MultiPolygon;
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

describe('simplifyBoundaries', () => {
  const out = simplifyBoundaries(features, 0.01);

  it('keeps features in input order with only a code property', () => {
    expect(out.type).toBe('FeatureCollection');
    expect(out.features.map((f) => f.properties)).toEqual([{ code: 'A' }, { code: 'B' }, { code: 'TINY' }]);
  });

  it('removes vertices within the tolerance', () => {
    const before = westRing.length;
    const after = rings(out.features[0] as Feature)[0]?.length ?? 0;
    expect(after).toBeLessThan(before / 10);
  });

  it('keeps every ring closed with at least 4 positions, rounded to 5 decimals', () => {
    for (const f of out.features) {
      for (const r of rings(f)) {
        expect(r.length).toBeGreaterThanOrEqual(4);
        expect(r[0]).toEqual(r[r.length - 1]);
        for (const [x, y] of r as [number, number][]) {
          expect(Math.round(x * 1e5) / 1e5).toBe(x);
          expect(Math.round(y * 1e5) / 1e5).toBe(y);
        }
      }
    }
  });

  it('simplifies a shared border identically for both neighbours (no slivers or gaps)', () => {
    const onBorder = (r: Position[]): string[] =>
      r
        .slice(0, -1)
        .filter(([x]) => (x as number) > 0.5 && (x as number) < 1.5)
        .map((p) => p.join(','))
        .sort();
    const west = onBorder(rings(out.features[0] as Feature)[0] as Position[]);
    const east = onBorder(rings(out.features[1] as Feature)[0] as Position[]);
    expect(west.length).toBeGreaterThanOrEqual(2);
    expect(west).toEqual(east);
  });

  it('drops islands that collapse but never a whole area', () => {
    const a = out.features[0]?.geometry as Polygon | MultiPolygon;
    expect(a.type).toBe('Polygon'); // the tiny island went, the mainland stayed
    const tiny = out.features[2] as Feature;
    expect(rings(tiny)).toHaveLength(1);
    expect(rings(tiny)[0]?.length).toBeGreaterThanOrEqual(4);
  });

  it('is deterministic and does not modify its input', () => {
    const copy = JSON.stringify(features);
    expect(JSON.stringify(simplifyBoundaries(features, 0.01))).toBe(JSON.stringify(out));
    expect(JSON.stringify(features)).toBe(copy);
  });

  it('keeps more detail with a smaller tolerance', () => {
    const fine = simplifyBoundaries(features, 0.0001);
    expect(rings(fine.features[0] as Feature)[0]?.length).toBeGreaterThan(
      rings(out.features[0] as Feature)[0]?.length ?? 0,
    );
  });
});

describe('simplifyBoundaries on an enclave', () => {
  // An area inside another's hole: the hole and the enclave are one border, wiggly, wound opposite ways.
  const loop = [
    ...wiggle(1, 1, 2, 1, 60, 0.0004),
    ...wiggle(2, 1, 2, 2, 60, 0.0004).slice(1),
    ...wiggle(2, 2, 1, 2, 60, 0.0004).slice(1),
    ...wiggle(1, 2, 1, 1, 60, 0.0004).slice(1),
  ];
  const frame: Position[] = [
    [0, 0],
    [3, 0],
    [3, 3],
    [0, 3],
    [0, 0],
  ];
  const out = simplifyBoundaries(
    [
      area('OUTER', { type: 'Polygon', coordinates: [frame, [...loop].reverse()] }),
      area('INNER', { type: 'Polygon', coordinates: [loop] }),
    ],
    0.01,
  );
  const sorted = (r: Position[]) =>
    r
      .slice(0, -1)
      .map((p) => p.join(','))
      .sort();

  it('simplifies the hole and the enclave to the same vertices, so no gap or overlap opens between them', () => {
    const [outer, inner] = out.features.map(rings);
    expect(outer).toHaveLength(2);
    expect(inner).toHaveLength(1);
    expect((inner?.[0] ?? []).length).toBeLessThan(loop.length / 10);
    expect(sorted(outer?.[1] ?? [])).toEqual(sorted(inner?.[0] ?? []));
  });
});
