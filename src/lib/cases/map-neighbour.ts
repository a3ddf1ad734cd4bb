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

/**
 * Centre of the bounding box of an SVG path made of moves and lines (`M`/`L` absolute, `m`/`l`
 * relative, pairs after a command repeat it, `z` closes); null when it has no point.
 */
export function pathBoxCentre(d: string): [number, number] | null {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = 'M';
  let first = true;
  let pending = 0;
  for (const token of d.match(/[MLmlZz]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? []) {
    if (/[MLmlZz]/.test(token)) {
      command = token;
      first = true;
      if (token === 'z' || token === 'Z') [x, y] = [startX, startY];
      continue;
    }
    if (command === 'z' || command === 'Z') continue;
    // Numbers come in pairs: hold the first until the second arrives.
    if (first) {
      pending = Number(token);
      first = false;
      continue;
    }
    first = true;
    const relative = command === 'm' || command === 'l';
    x = relative ? x + pending : pending;
    y = relative ? y + Number(token) : Number(token);
    if (command === 'M' || command === 'm') {
      [startX, startY] = [x, y];
      // Pairs after a move are lines.
      command = command === 'm' ? 'l' : 'L';
    }
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
