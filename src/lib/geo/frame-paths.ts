/**
 * SVG path data of polygon boundaries in a Mercator frame, for map pictures
 * drawn at build time: vertices rounded to 0.1 px, a vertex closer than
 * `minStep` pixels to the last one kept is dropped, and a polygon whose box
 * lies wholly outside the frame grown by `margin` (a fraction of its width and
 * height on every side, so a box of another shape still shows the
 * surroundings) is left out. The data is written compactly, as it is part of
 * the page's HTML (hundreds of areas on a national site): each ring starts
 * with an absolute `M` and goes on with relative steps (`l` once, then pairs),
 * taken between the rounded vertices so that no rounding error builds up.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { MercatorFrame } from './mercator-frame.ts';

/** A number of tenths written as a decimal: 12 -> "1.2", -3 -> "-.3", 0 -> "0". */
function tenths(n: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const tenth = a % 10;
  return `${sign}${whole === 0 ? '' : whole}${tenth === 0 ? '' : `.${tenth}`}`;
}

/** `parts` joined as SVG number lists need: a separator only where the next one starts with neither "-" nor a "." after a decimal. */
function numberList(parts: string[]): string {
  let out = '';
  let last = '';
  for (const p of parts) {
    if (out !== '' && !p.startsWith('-') && !(p.startsWith('.') && last.includes('.'))) out += ',';
    out += p;
    last = p;
  }
  return out;
}

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
      // Vertices in whole tenths of a pixel.
      const pts: [number, number][] = [];
      let lx = Infinity;
      let ly = Infinity;
      for (const [j, [x, y]] of ring.entries()) {
        const last = j === ring.length - 1;
        if (!last && Math.hypot(x - lx, y - ly) < minStep) continue;
        lx = x;
        ly = y;
        const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
        const prev = pts[pts.length - 1];
        if (prev === undefined || prev[0] !== p[0] || prev[1] !== p[1]) pts.push(p);
      }
      const first = pts[0];
      if (pts.length < 3 || first === undefined) continue;
      // A closed ring's last vertex repeats its first: "z" draws that side.
      const end = pts[pts.length - 1] as [number, number];
      if (first[0] === end[0] && first[1] === end[1]) pts.pop();
      const steps: string[] = [];
      for (let j = 1; j < pts.length; j++) {
        const [x, y] = pts[j] as [number, number];
        const [px, py] = pts[j - 1] as [number, number];
        steps.push(tenths(x - px), tenths(y - py));
      }
      parts.push(`M${numberList([tenths(first[0]), tenths(first[1])])}l${numberList(steps)}z`);
    }
  }
  return parts.join('');
}
