/** Map colours and patterns shared by the static SVG map, its legend and the MapLibre map. */
import { bandColours } from './band-colours.ts';
import { rateBandLabels } from './rate-band-labels.ts';
import type { Formatter } from '../format.ts';
import type { Translator } from '../i18n/translator.ts';

export const NO_DATA_PATTERN = 'cases-nodata';
export const SUPPRESSED_PATTERN = 'cases-suppressed';

/** The legend's bands: label (in the language of `t`; en-GB when not given) and colour. */
export function legendBands(
  thresholds: readonly number[],
  fmt: Formatter,
  t?: Translator,
): { label: string; colour: string }[] {
  const labels = rateBandLabels(thresholds, (n) => fmt.decimal(n, Number.isInteger(n) ? 0 : 1), t);
  const colours = bandColours(labels.length);
  return labels.map((label, i) => ({ label, colour: colours[i] ?? '#999' }));
}
