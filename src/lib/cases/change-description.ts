import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { Formatter } from '../format.ts';
import type { HigherIs } from '../higher-is.ts';

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
 * where a rise is `higherIs`. `unit` names what is counted, e.g. "cases".
 */
export function changeDescription(
  change: Figure,
  changePct: Figure,
  higherIs: HigherIs,
  unit: string,
  period: string,
  fmt: Formatter,
): ChangeDescription {
  if (change === SUPPRESSED || changePct === SUPPRESSED) {
    return {
      direction: 'unknown',
      tone: 'neutral',
      short: 'suppressed',
      sentence: `The change on ${period} is not shown because the numbers are too small to publish.`,
    };
  }
  if (change === null) {
    return {
      direction: 'unknown',
      tone: 'neutral',
      short: 'no data',
      sentence: `There is no data to compare with ${period}.`,
    };
  }
  if (change === 0) {
    return { direction: 'same', tone: 'neutral', short: 'No change', sentence: `No change on ${period}.` };
  }
  const up = change > 0;
  const tone = higherIs === 'neutral' ? 'neutral' : up === (higherIs === 'bad') ? 'bad' : 'good';
  const sign = up ? '+' : '−';
  const magnitude = fmt.count(Math.abs(change));
  const pct = changePct === null ? null : fmt.decimal(Math.abs(changePct), 1);
  const short = `${sign}${magnitude}${pct === null ? '' : ` (${sign}${pct}%)`}`;
  const verb = up ? 'Up' : 'Down';
  const judgement = tone === 'neutral' ? '' : tone === 'bad' ? ', a change for the worse' : ', a change for the better';
  const sentence = `${verb} ${magnitude} ${unit}${pct === null ? '' : ` (${pct}%)`} on ${period}${judgement}.`;
  return { direction: up ? 'up' : 'down', tone, short, sentence };
}
