import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { Formatter } from '../format.ts';
import type { HigherIs } from '../higher-is.ts';
import type { Translator } from '../i18n/translator.ts';
import { sourceTranslator } from '../i18n/source-translator.ts';
import { countedUnit, type MetricUnit } from './counted-unit.ts';

/** What a change indicator shows and says. */
export interface ChangeDescription {
  direction: 'up' | 'down' | 'same' | 'unknown';
  /** Colour of the arrow: whether this change is good or bad for the metric, not its direction. */
  tone: 'good' | 'bad' | 'neutral';
  /** Compact text beside the arrow, e.g. "+12 (+12.5%)". */
  short: string;
  /** The whole change as a sentence, for screen readers and print. */
  sentence: string;
}

/**
 * Describes `change` (and `changePct`) on the previous period for a metric
 * where a rise is `higherIs`. `unit` names what is counted, e.g. "cases" (with its forms, see counted-unit.ts). The words
 * come from the catalogue of `t` (the site's language; en-GB when not given).
 */
export function changeDescription(
  change: Figure,
  changePct: Figure,
  higherIs: HigherIs,
  unit: string | MetricUnit,
  period: string,
  fmt: Formatter,
  t: Translator = sourceTranslator(),
): ChangeDescription {
  if (change === SUPPRESSED || changePct === SUPPRESSED) {
    return {
      direction: 'unknown',
      tone: 'neutral',
      short: t.t('format.suppressed'),
      sentence: t.t('cases.change.suppressed', { period }),
    };
  }
  if (change === null) {
    return {
      direction: 'unknown',
      tone: 'neutral',
      short: t.t('format.noData'),
      sentence: t.t('cases.change.noData', { period }),
    };
  }
  if (change === 0) {
    return {
      direction: 'same',
      tone: 'neutral',
      short: t.t('cases.change.noChangeShort'),
      sentence: t.t('cases.change.noChange', { period }),
    };
  }
  const up = change > 0;
  const tone = higherIs === 'neutral' ? 'neutral' : up === (higherIs === 'bad') ? 'bad' : 'good';
  const sign = up ? '+' : '−';
  const magnitude = fmt.count(Math.abs(change));
  const pct = changePct === null ? null : t.percent(Math.abs(changePct) / 100, 1);
  const short = `${sign}${magnitude}${pct === null ? '' : ` (${sign}${pct})`}`;
  const counted = countedUnit(unit, Math.abs(change), magnitude, t);
  const amount =
    pct === null ? t.t('cases.change.amount', { counted }) : t.t('cases.change.amountPct', { counted, pct });
  const movement = t.t(up ? 'cases.change.up' : 'cases.change.down', { amount, period });
  const sentence = t.t(
    tone === 'neutral' ? 'cases.change.neutral' : tone === 'bad' ? 'cases.change.worse' : 'cases.change.better',
    { change: movement },
  );
  return { direction: up ? 'up' : 'down', tone, short, sentence };
}
