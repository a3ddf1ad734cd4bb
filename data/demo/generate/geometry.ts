/** Planar geometry on [x, y] pairs (British National Grid metres in this demo). */

export type XY = [number, number];

/** Signed shoelace area of an open ring: positive when counter-clockwise. */
export function signedArea(ring: readonly XY[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as XY;
    const [x2, y2] = ring[(i + 1) % ring.length] as XY;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

export function counterClockwise(ring: readonly XY[]): XY[] {
  return signedArea(ring) < 0 ? [...ring].reverse() : [...ring];
}

/** Even–odd point-in-polygon for an open ring. */
export function pointInRing([px, py]: XY, ring: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as XY;
    const [xj, yj] = ring[j] as XY;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment([px, py]: XY, [ax, ay]: XY, [bx, by]: XY): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Shortest distance from a point to the edges of a ring. */
export function distanceToRing(point: XY, ring: readonly XY[]): number {
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) {
    best = Math.min(best, distanceToSegment(point, ring[i] as XY, ring[(i + 1) % ring.length] as XY));
  }
  return best;
}

function cross([ax, ay]: XY, [bx, by]: XY, [px, py]: XY): number {
  return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
}

function lineIntersection(p: XY, q: XY, a: XY, b: XY): XY {
  const cp = cross(a, b, p);
  const cq = cross(a, b, q);
  const t = cp / (cp - cq);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/**
 * Sutherland–Hodgman: the part of `subject` (any simple ring) inside `clip`
 * (a convex counter-clockwise ring). Both rings open.
 */
export function clipToConvex(subject: readonly XY[], clip: readonly XY[]): XY[] {
  let output: XY[] = [...subject];
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const a = clip[i] as XY;
    const b = clip[(i + 1) % clip.length] as XY;
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const current = input[j] as XY;
      const previous = input[(j + input.length - 1) % input.length] as XY;
      const currentIn = cross(a, b, current) >= 0;
      const previousIn = cross(a, b, previous) >= 0;
      if (currentIn) {
        if (!previousIn) output.push(lineIntersection(previous, current, a, b));
        output.push(current);
      } else if (previousIn) {
        output.push(lineIntersection(previous, current, a, b));
      }
    }
  }
  return output;
}

/**
 * Makes vertices computed twice (once per neighbouring polygon) identical:
 * each point is replaced by the first registered point within `tolerance`.
 */
export class VertexSnapper {
  private readonly points: XY[] = [];
  constructor(private readonly tolerance: number) {}

  snap(point: XY): XY {
    for (const known of this.points) {
      if (Math.abs(known[0] - point[0]) <= this.tolerance && Math.abs(known[1] - point[1]) <= this.tolerance)
        return known;
    }
    this.points.push(point);
    return point;
  }
}

/** Drops vertices equal to their predecessor (the ring is open). */
export function withoutRepeats(ring: readonly XY[]): XY[] {
  return ring.filter((p, i) => {
    const prev = ring[(i + ring.length - 1) % ring.length] as XY;
    return ring.length === 1 || p[0] !== prev[0] || p[1] !== prev[1];
  });
}

function segmentsTouch(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const onSegment = (p: XY, q: XY, r: XY) =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  return (
    (d1 === 0 && onSegment(c, d, a)) ||
    (d2 === 0 && onSegment(c, d, b)) ||
    (d3 === 0 && onSegment(a, b, c)) ||
    (d4 === 0 && onSegment(a, b, d))
  );
}

/** True when no two non-adjacent edges of the open ring touch. */
export function isSimpleRing(ring: readonly XY[]): boolean {
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // adjacent through the closing edge
      if (segmentsTouch(ring[i] as XY, ring[(i + 1) % n] as XY, ring[j] as XY, ring[(j + 1) % n] as XY)) return false;
    }
  }
  return true;
}
