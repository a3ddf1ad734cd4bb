/**
 * Legend labels for the bands of `rateBand`: "Below 10", "10 to 49.9", …,
 * "800 and over", in the language of `t`. Rates are published to 1 decimal place,
 * so "to 49.9" is exact. `format` prints a threshold in the site's locale.
 */
import type { Translator } from '../i18n/translator.ts';
import { sourceTranslator } from '../i18n/source-translator.ts';

export function rateBandLabels(
  thresholds: readonly number[],
  format: (n: number) => string,
  t: Translator = sourceTranslator(),
): string[] {
  if (thresholds.length === 0) return [t.t('cases.bands.all')];
  const labels = [t.t('cases.bands.below', { n: format(thresholds[0] as number) })];
  for (let i = 1; i < thresholds.length; i++) {
    const lo = thresholds[i - 1] as number;
    const hi = thresholds[i] as number;
    labels.push(t.t('cases.bands.range', { from: format(lo), to: format(Math.round((hi - 0.1) * 10) / 10) }));
  }
  labels.push(t.t('cases.bands.over', { n: format(thresholds[thresholds.length - 1] as number) }));
  return labels;
}
