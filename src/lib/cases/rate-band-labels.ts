/**
 * Legend labels for the bands of `rateBand`: "Below 10", "10 to 49.9", …,
 * "800 and over". Rates are published to 1 decimal place, so "to 49.9" is exact.
 * `format` prints a threshold in the site's locale.
 */
export function rateBandLabels(thresholds: readonly number[], format: (n: number) => string): string[] {
  if (thresholds.length === 0) return ['All rates'];
  const labels = [`Below ${format(thresholds[0] as number)}`];
  for (let i = 1; i < thresholds.length; i++) {
    const lo = thresholds[i - 1] as number;
    const hi = thresholds[i] as number;
    labels.push(`${format(lo)} to ${format(Math.round((hi - 0.1) * 10) / 10)}`);
  }
  labels.push(`${format(thresholds[thresholds.length - 1] as number)} and over`);
  return labels;
}
