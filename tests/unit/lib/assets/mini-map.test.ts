import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { miniMapFrame } from '../../../../src/lib/assets/mini-map.ts';

// A triangle near Eastmere, wound both ways: RFC 7946 (anticlockwise) and d3's (clockwise).
const ccw: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.6, 52.5],
      [-1.5, 52.5],
      [-1.55, 52.56],
      [-1.6, 52.5],
    ],
  ],
};
const cw: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.6, 52.5],
      [-1.55, 52.56],
      [-1.5, 52.5],
      [-1.6, 52.5],
    ],
  ],
};

describe('miniMapFrame', () => {
  it.each([
    ['anticlockwise (RFC 7946)', ccw],
    ['clockwise', cw],
  ])('draws the area itself, not the world around it, whichever way it is wound: %s', (_, polygon) => {
    const frame = miniMapFrame(polygon, 320, 240, 12);
    // Three vertices: a move and two lines, closed.
    expect(frame.outline).toMatch(/^M[\d.,-]+L[\d.,-]+L[\d.,-]+Z$/);
    const [x, y] = frame.project(-1.55, 52.52);
    expect(x).toBeGreaterThan(12);
    expect(x).toBeLessThan(308);
    expect(y).toBeGreaterThan(12);
    expect(y).toBeLessThan(228);
  });

  it('keeps north up and the shape in proportion', () => {
    const frame = miniMapFrame(ccw, 320, 240, 12);
    const [, yNorth] = frame.project(-1.55, 52.56);
    const [, ySouth] = frame.project(-1.55, 52.5);
    expect(yNorth).toBeLessThan(ySouth);
    // 0.1° of longitude at 52.5°N is ~6.8 km; 0.06° of latitude ~6.7 km: about square.
    const [xWest] = frame.project(-1.6, 52.5);
    const [xEast] = frame.project(-1.5, 52.5);
    expect((xEast - xWest) / (ySouth - yNorth)).toBeCloseTo(1.01, 1);
  });
});

// A square with a square hole, wound as RFC 7946 says (exterior anticlockwise, hole clockwise) and the other way.
const outer = [
  [-1.6, 52.5],
  [-1.5, 52.5],
  [-1.5, 52.56],
  [-1.6, 52.56],
  [-1.6, 52.5],
];
const hole = [
  [-1.57, 52.52],
  [-1.57, 52.54],
  [-1.53, 52.54],
  [-1.53, 52.52],
  [-1.57, 52.52],
];
const reversed = (ring: number[][]) => [...ring].reverse();

describe('miniMapFrame with holes and several parts', () => {
  it.each([
    ['RFC 7946', [outer, hole]],
    ['d3', [reversed(outer), reversed(hole)]],
  ])('draws the hole as a hole, wound as %s', (_, coordinates) => {
    const frame = miniMapFrame({ type: 'Polygon', coordinates }, 320, 240, 12);
    // Two closed subpaths: the exterior and the hole.
    expect(frame.outline.match(/M/g)).toHaveLength(2);
    expect(frame.outline.match(/Z/g)).toHaveLength(2);
    // About 6.8 km by 6.7 km in a 4:3 frame: the height is what fits, so the north and south edges touch the padding.
    expect(frame.project(-1.55, 52.56)[1]).toBeCloseTo(12, 0);
    expect(frame.project(-1.55, 52.5)[1]).toBeCloseTo(228, 0);
  });

  it('fits every part of a MultiPolygon whose parts are wound differently', () => {
    const west = [
      [-1.6, 52.5],
      [-1.58, 52.5],
      [-1.58, 52.52],
      [-1.6, 52.52],
      [-1.6, 52.5],
    ];
    const east = reversed([
      [-1.52, 52.54],
      [-1.5, 52.54],
      [-1.5, 52.56],
      [-1.52, 52.56],
      [-1.52, 52.54],
    ]);
    const frame = miniMapFrame({ type: 'MultiPolygon', coordinates: [[west], [east]] }, 320, 240, 12);
    expect(frame.outline.match(/M/g)).toHaveLength(2);
    const [xw, yw] = frame.project(-1.6, 52.5);
    const [xe, ye] = frame.project(-1.5, 52.56);
    // Both parts together fill the frame's height, south-west corner at the bottom left: north up.
    expect([xw, yw]).toEqual([expect.closeTo(50.5, 0), expect.closeTo(228, 0)]);
    expect([xe, ye]).toEqual([expect.closeTo(269.5, 0), expect.closeTo(12, 0)]);
  });
});
