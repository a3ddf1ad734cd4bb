/**
 * Map bands for an indicator, fixed for every period so that a colour means the
 * same value in every year. Unless the config gives them, they are five bands
 * of equal width between the lowest and highest value of any period, rounded
 * outwards to a "nice" step (1, 2, 2.5 or 5 times a power of ten). The result
 * is the ascending lower bounds of every band but the first, as `rateBand` reads.
 */
export function defaultBands(values: readonly (number | null)[], count = 5): number[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return [];
  const min = Math.min(...present);
  const max = Math.max(...present);
  if (min === max) return [];
  const step = niceStep((max - min) / count);
  const start = Math.floor(min / step) * step;
  const bands: number[] = [];
  for (let i = 1; i < count; i++) {
    const t = tidy(start + i * step);
    if (t > max) break;
    bands.push(t);
  }
  return bands;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

// Removes binary noise from sums of decimal steps (0.1 + 0.2).
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * Band of a value given ascending thresholds (a value on a threshold is in the
 * band above it); unlike rates, an indicator may be negative.
 */
export function valueBand(value: number | null, thresholds: readonly number[]): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  let band = 0;
  while (band < thresholds.length && value >= (thresholds[band] as number)) band++;
  return band;
}
