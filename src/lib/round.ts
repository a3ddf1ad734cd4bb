/** Rounds to a fixed number of decimals; `-0` becomes `0` so output is byte-stable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
