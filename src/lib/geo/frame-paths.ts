/**
 * SVG path data of polygon boundaries in a Mercator frame, for map pictures
 * drawn at build time: vertices rounded to 0.1 px, a vertex closer than
 * `minStep` pixels to the last one kept is dropped, and a polygon whose box
 * lies wholly outside the frame grown by `margin` (a fraction of its width and
 * height on every side, so a box of another shape still shows the
 * surroundings) is left out.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { MercatorFrame } from './mercator-frame.ts';

const round1 = (v: number): string => {
  const r = Math.round(v * 10) / 10;
  return String(r === 0 ? 0 : r);
};

export function framePath(geometry: Polygon | MultiPolygon, frame: MercatorFrame, margin = 1, minStep = 0.6): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const left = -margin * frame.width;
  const right = frame.width * (1 + margin);
  const top = -margin * frame.height;
  const bottom = frame.height * (1 + margin);
  const parts: string[] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => ring.map((p) => frame.project(p[0] as number, p[1] as number)));
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [x, y] of rings[0] ?? []) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    if (maxX < left || minX > right || maxY < top || minY > bottom) continue;
    for (const ring of rings) {
      const pts: string[] = [];
      let lx = Infinity;
      let ly = Infinity;
      for (const [j, [x, y]] of ring.entries()) {
        const last = j === ring.length - 1;
        if (!last && Math.hypot(x - lx, y - ly) < minStep) continue;
        lx = x;
        ly = y;
        const s = `${round1(x)},${round1(y)}`;
        if (pts[pts.length - 1] !== s) pts.push(s);
      }
      if (pts.length >= 3) parts.push(`M${pts.join('L')}Z`);
    }
  }
  return parts.join('');
}
