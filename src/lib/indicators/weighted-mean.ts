/**
 * The benchmark of a group of areas for one period, when the file gives none:
 * the population-weighted mean of the areas that have a value, or the plain mean
 * when not every one of them has a population (a weighted mean over some of the
 * areas would misstate the group). `method` says which, so pages can say so.
 */
export interface GroupMean {
  value: number | null;
  method: 'population-weighted' | 'mean' | null;
  /** Areas whose values went into the mean. */
  areas: number;
}

export function groupMean(values: readonly (number | null)[], populations: readonly (number | null)[]): GroupMean {
  let n = 0;
  let sum = 0;
  let weighted = 0;
  let weight = 0;
  let allWeighted = true;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    n++;
    sum += v;
    const p = populations[i] ?? null;
    if (p === null || !(p > 0)) allWeighted = false;
    else {
      weighted += v * p;
      weight += p;
    }
  });
  if (n === 0) return { value: null, method: null, areas: 0 };
  if (allWeighted && weight > 0) return { value: weighted / weight, method: 'population-weighted', areas: n };
  return { value: sum / n, method: 'mean', areas: n };
}
