/**
 * Colours for `n` map bands, light (low) to dark (high), sampled from the
 * viridis scale reversed: perceptually even, readable in greyscale and by
 * people with the common forms of colour-blindness. Fixed values, no library.
 */
const STOPS: readonly [number, number, number][] = [
  [253, 231, 37],
  [181, 222, 43],
  [110, 206, 88],
  [53, 183, 121],
  [31, 158, 137],
  [38, 130, 142],
  [49, 104, 142],
  [62, 74, 137],
  [72, 40, 120],
  [68, 1, 84],
];

export function bandColours(n: number): string[] {
  if (n < 1) return [];
  if (n === 1) return [hex(STOPS[4] as [number, number, number])];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = (i / (n - 1)) * (STOPS.length - 1);
    const lo = Math.floor(t);
    const hi = Math.min(lo + 1, STOPS.length - 1);
    const f = t - lo;
    const a = STOPS[lo] as [number, number, number];
    const b = STOPS[hi] as [number, number, number];
    out.push(hex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]));
  }
  return out;
}

function hex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
