import { describe, expect, it } from 'vitest';
import { latitudeOf, mercatorFrame, mercatorY } from '../../../../src/lib/geo/mercator-frame.ts';
import { framePath } from '../../../../src/lib/geo/frame-paths.ts';

describe('mercatorFrame', () => {
  const bounds = [-2.2, 51.8, -1.9, 52.0] as const;
  const frame = mercatorFrame(bounds, 500);

  it('puts the bounds corners on the frame corners', () => {
    const [x0, y0] = frame.project(-2.2, 52.0);
    const [x1, y1] = frame.project(-1.9, 51.8);
    expect(x0).toBeCloseTo(0, 9);
    expect(y0).toBeCloseTo(0, 9);
    expect(x1).toBeCloseTo(500, 9);
    expect(y1).toBeCloseTo(frame.height, 9);
  });

  it('keeps Web Mercator proportions: height over width is the stretch of latitude at that place', () => {
    // 0.3° of longitude against 0.2° of latitude at ~51.9°N, stretched by 1/cos(latitude).
    const expected = (0.2 / Math.cos((51.9 * Math.PI) / 180) / 0.3) * 500;
    expect(frame.height).toBeCloseTo(expected, 0);
  });

  it('inverts latitude exactly', () => {
    for (const lat of [-60, -1.5, 0, 51.8, 70]) expect(latitudeOf(mercatorY(lat))).toBeCloseTo(lat, 9);
  });

  it('draws a view across the antimeridian in one piece', () => {
    const pacific = mercatorFrame([170, -20, 190, -10], 400);
    expect(pacific.project(-175, -15)[0]).toBeCloseTo(300, 6);
    expect(pacific.project(175, -15)[0]).toBeCloseTo(100, 6);
  });
});

describe('framePath', () => {
  const frame = mercatorFrame([0, 0, 1, 1], 100);
  const square = (w: number, s: number, e: number, n: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  });

  it('draws a polygon in the frame, rounded to 0.1 px, from its first vertex in relative steps', () => {
    expect(framePath(square(0.25, 0.25, 0.75, 0.75), frame)).toBe('M25,75l50,0,0-50-50,0z');
  });

  it('leaves out a polygon wholly beyond the margin, keeps one within it', () => {
    expect(framePath(square(5, 5, 6, 6), frame)).toBe('');
    expect(framePath(square(1.5, 0.2, 1.8, 0.4), frame)).not.toBe('');
  });

  it('drops vertices closer than the minimum step, and rings that collapse', () => {
    const dense = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0.2, 0.2],
          [0.201, 0.2],
          [0.8, 0.2],
          [0.8, 0.8],
          [0.2, 0.2],
        ],
      ],
    };
    expect(framePath(dense, frame)).toBe('M20,80l60,0,0-60z');
    expect(framePath(square(0.5, 0.5, 0.501, 0.501), frame)).toBe('');
  });
});
