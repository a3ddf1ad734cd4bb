/** Map colours and patterns shared by the static SVG map, its legend and the MapLibre map. */
import { bandColours } from './band-colours.ts';
import { rateBandLabels } from './rate-band-labels.ts';
import type { Formatter } from '../format.ts';

export const NO_DATA_PATTERN = 'cases-nodata';
export const SUPPRESSED_PATTERN = 'cases-suppressed';

export function legendBands(thresholds: readonly number[], fmt: Formatter): { label: string; colour: string }[] {
  const labels = rateBandLabels(thresholds, (n) => fmt.decimal(n, Number.isInteger(n) ? 0 : 1));
  const colours = bandColours(labels.length);
  return labels.map((label, i) => ({ label, colour: colours[i] ?? '#999' }));
}
