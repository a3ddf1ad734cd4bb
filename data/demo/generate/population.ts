/** Ward populations: 4,000–16,000 each, about 180,000 in all, as whole people. */
import type { Ward } from './geography.ts';
import { rngFor, uniform } from './random.ts';

const TARGET_TOTAL = 180_000;

export function wardPopulations(wards: readonly Ward[]): Map<string, number> {
  const rng = rngFor('population');
  // Town wards are denser but, as in real wards, not much more populous.
  const raw = wards.map((w) => uniform(rng, w.urban ? 7_500 : 5_000, w.urban ? 14_500 : 13_500));
  const scale = TARGET_TOTAL / raw.reduce((a, b) => a + b, 0);
  return new Map(wards.map((w, i) => [w.code, Math.round(Math.min(16_000, Math.max(4_000, (raw[i] ?? 0) * scale)))]));
}

export function populationCsvRows(
  wards: readonly Ward[],
  populations: ReadonlyMap<string, number>,
): (string | number)[][] {
  return wards.map((w) => [w.code, w.name, populations.get(w.code) ?? 0]);
}
