/**
 * Map bands for rates per 100,000. `thresholds` are ascending lower bounds of
 * every band but the first, fixed in the config for a release so that colours
 * mean the same thing every week: [10, 50] gives three bands, "below 10",
 * "10 to below 50" and "50 and over". A rate on a threshold belongs to the band
 * above it (10.0 is in "10 to below 50").
 */
export function rateBand(rate: number | null, thresholds: readonly number[]): number | null {
  if (rate === null || !Number.isFinite(rate) || rate < 0) return null;
  let band = 0;
  while (band < thresholds.length && rate >= (thresholds[band] as number)) band++;
  return band;
}
