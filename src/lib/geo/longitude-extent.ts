/**
 * The narrowest west–east span that covers a set of longitude ranges, going
 * across the antimeridian when that is narrower: the US counties span 172°E
 * (the Aleutians) to 67°W, which is 121° wide across 180°, not 352° around the
 * other side. Used for a map's first view, so a national layer does not open as
 * a small patch in a world-wide frame.
 */

/**
 * `[west, east]` in degrees with west ≤ east; east is above 180 when the span
 * crosses the antimeridian (`[172.4, 292.9]`), as map libraries take such bounds;
 * a span is taken across only when it is then at most 180° wide.
 * `ranges` are `[west, east]` pairs within −180…180 with west ≤ east (one per
 * polygon, so a shape already split at 180° counts as two). Empty input: null.
 */
export function longitudeExtent(ranges: readonly (readonly [number, number])[]): [number, number] | null {
  if (ranges.length === 0) return null;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [w, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  const first = merged[0] as [number, number];
  const last = merged[merged.length - 1] as [number, number];
  // The widest empty stretch of longitude is left out of the view: around the back by default,
  // across 180° when a wider gap elsewhere leaves a view at most half the world wide (a world
  // layer keeps the usual frame).
  let gap = first[0] + 360 - last[1];
  let extent: [number, number] = [first[0], last[1]];
  for (let i = 0; i + 1 < merged.length; i++) {
    const a = merged[i] as [number, number];
    const b = merged[i + 1] as [number, number];
    if (b[0] - a[1] > gap && a[1] + 360 - b[0] <= 180) {
      gap = b[0] - a[1];
      extent = [b[0], a[1] + 360];
    }
  }
  return extent;
}
