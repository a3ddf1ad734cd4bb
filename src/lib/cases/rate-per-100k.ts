/**
 * Rate per 100,000 people: `count / population × 100,000`. Null when either is
 * unknown or the population is not a positive number (no rate can be given).
 * Not rounded: round once, where the figure is written.
 */
export function ratePer100k(count: number | null, population: number | null): number | null {
  if (count === null || population === null || !(population > 0) || !Number.isFinite(count)) return null;
  return (count / population) * 100_000;
}
