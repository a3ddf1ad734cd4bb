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
