/**
 * Keyboard movement between areas of the static map: each area stands at the
 * centre of its bounding box (SVG pixel space, y down), and an arrow key moves
 * to the nearest area roughly in that direction.
 */

/** Unit steps of the arrow keys in SVG space (y down). */
export const ARROW_STEPS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** Centre of the bounding box of an SVG path's coordinates (taken pairwise); null when it has none. */
export function pathBoxCentre(d: string): [number, number] | null {
  const nums = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const x = nums[i] as number;
    const y = nums[i + 1] as number;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return Number.isFinite(minX) ? [(minX + maxX) / 2, (minY + maxY) / 2] : null;
}

/** The nearest area whose centre lies within 60° of `dir` from the current one; null when there is none. */
export function neighbour(
  centres: ReadonlyMap<string, readonly [number, number]>,
  from: string,
  dir: readonly [number, number],
): string | null {
  const here = centres.get(from);
  if (!here) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [code, c] of centres) {
    if (code === from) continue;
    const dx = c[0] - here[0];
    const dy = c[1] - here[1];
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * dir[0] + dy * dir[1]) / dist;
    if (cos < 0.5) continue;
    // Prefer areas straight ahead: distance grows as the angle widens.
    const score = dist * (2 - cos);
    if (score < bestScore) {
      bestScore = score;
      best = code;
    }
  }
  return best;
}
