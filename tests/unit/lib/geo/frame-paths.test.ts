import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { framePath } from '../../../../src/lib/geo/frame-paths.ts';
import type { MercatorFrame } from '../../../../src/lib/geo/mercator-frame.ts';

/** A frame 100 x 100 that draws a point at (lon, lat) as (x, y), to read the output easily. */
const frame: MercatorFrame = { width: 100, height: 100, bounds: [0, 0, 100, 100], project: (x, y) => [x, y] };

/** The rings of path data as absolute vertices, read the way an SVG renderer reads `M`, `l` and `z`. */
function rings(d: string): [number, number][][] {
  const tokens = d.match(/[MLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const out: [number, number][][] = [];
  let command = '';
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length;) {
    const tok = tokens[i] as string;
    if (/[A-Za-z]/.test(tok)) {
      command = tok;
      i += 1;
      continue;
    }
    const a = Number(tok);
    const b = Number(tokens[i + 1]);
    i += 2;
    if (command === 'M') {
      [x, y] = [a, b];
      out.push([[x, y]]);
      command = 'L';
    } else if (command === 'L') {
      [x, y] = [a, b];
      out[out.length - 1]?.push([x, y]);
    } else if (command === 'l') {
      [x, y] = [Math.round((x + a) * 10) / 10, Math.round((y + b) * 10) / 10];
      out[out.length - 1]?.push([x, y]);
    }
  }
  return out;
}

const square = (x0: number, y0: number, size: number): Polygon['coordinates'][number] => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('framePath', () => {
  it('draws each ring from an absolute start with relative steps that land on the rounded vertices', () => {
    const d = framePath({ type: 'Polygon', coordinates: [square(10.04, 20.06, 5.5), square(11, 21, 1)] }, frame);
    expect(d).toMatch(/^M10,20\.1l/);
    expect(rings(d)).toEqual([
      [
        [10, 20.1],
        [15.5, 20.1],
        [15.5, 25.6],
        [10, 25.6],
      ],
      [
        [11, 21],
        [12, 21],
        [12, 22],
        [11, 22],
      ],
    ]);
    expect(d.match(/z/g)).toHaveLength(2);
  });

  it('separates numbers only where they would otherwise run together', () => {
    // Steps of 12, 0.5, -0.3 and 1.2 then 0.5: "12,.5" (not "12.5"), "-.3", "1.2.5".
    const d = framePath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [12, 0.5],
            [12, 0.2],
            [13.2, 0.7],
            [0, 0],
          ],
        ],
      },
      frame,
      1,
      0,
    );
    expect(d).toBe('M0,0l12,.5,0-.3,1.2.5z');
    expect(rings(d)).toEqual([
      [
        [0, 0],
        [12, 0.5],
        [12, 0.2],
        [13.2, 0.7],
      ],
    ]);
  });

  it('keeps no rounding error over a long ring of small steps', () => {
    const ring: [number, number][] = [];
    for (let i = 0; i <= 400; i++) ring.push([50 + 30 * Math.cos(i / 63.7), 50 + 30 * Math.sin(i / 63.7)]);
    ring.push(ring[0] as [number, number]);
    const d = framePath({ type: 'Polygon', coordinates: [ring] }, frame);
    const drawn = rings(d)[0] ?? [];
    expect(drawn.length).toBeGreaterThan(100);
    // Every drawn vertex is one of the ring's, rounded to 0.1 px.
    const rounded = new Set(ring.map(([x, y]) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`));
    for (const [x, y] of drawn) expect(rounded.has(`${x},${y}`), `${x},${y}`).toBe(true);
  });

  it('drops vertices closer than minStep and polygons wholly outside the frame and its margin', () => {
    const d = framePath(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [0.2, 0],
              [10, 0],
              [10, 10],
              [0, 0],
            ],
          ],
          [square(250, 250, 10)],
          [square(150, 150, 10)],
        ],
      },
      frame,
    );
    const drawn = rings(d);
    expect(drawn[0]).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
    // (150, 150) is inside the frame grown by its own size on every side; (250, 250) is not.
    expect(drawn).toHaveLength(2);
    expect(drawn[1]?.[0]).toEqual([150, 150]);
    expect(framePath({ type: 'Polygon', coordinates: [square(250, 250, 10)] }, frame)).toBe('');
  });
});
