import { SUPPRESSED, type Figure } from '../manifest.ts';
import type { Formatter } from '../format.ts';
import { ordinal } from './ordinal.ts';

export interface SummarySentenceInput {
  /** Where: an area name, or e.g. "all 381 areas". */
  place: string;
  /** What is counted, as it reads in a sentence ("cases"). */
  measure: string;
  /** ISO day the 7 days end on. */
  weekEnd: string;
  latest: Figure;
  changePct: Figure;
  change: Figure;
  rate: Figure;
  /** 1 = highest rate; null when not ranked. */
  rank?: number | null;
  /** True when another area has the same rank. */
  tied?: boolean;
  /** How many areas were ranked. */
  ranked?: number;
  /** The suppression threshold, to say "fewer than 3". */
  suppressBelow: number;
}

/**
 * One plain-language sentence for an area's latest week, e.g. "In Leeds, cases
 * in the 7 days to 3 March 2021 fell 12.0% to 45.1 per 100,000 people, the 37th
 * highest of 381 areas." Every branch (no data, suppressed, no population, no
 * earlier figure, no change) reads as a whole sentence.
 */
export function areaSummarySentence(input: SummarySentenceInput, fmt: Formatter): string {
  const { place, measure, latest, changePct, change, rate, suppressBelow } = input;
  const when = `the 7 days to ${fmt.date(input.weekEnd)}`;
  if (latest === null) return `In ${place}, there is no data on ${measure} for ${when}.`;
  if (latest === SUPPRESSED) {
    return `In ${place}, the number of ${measure} in ${when} was too small to publish (fewer than ${fmt.count(suppressBelow)}).`;
  }
  const level =
    rate !== null && rate !== SUPPRESSED ? `${fmt.decimal(rate, 1)} per 100,000 people` : `${fmt.count(latest)}`;
  const rank =
    input.rank != null && input.ranked != null
      ? `, the ${input.tied ? 'joint ' : ''}${input.rank === 1 ? '' : `${ordinal(input.rank)} `}highest of ${fmt.count(input.ranked)} areas`
      : '';
  let movement: string;
  if (change === SUPPRESSED || changePct === SUPPRESSED) {
    movement = `were ${level}${rank}; the change on the previous 7 days is not shown because the numbers are too small to publish`;
  } else if (change === null) {
    movement = `were ${level}${rank}; there is no earlier figure to compare with`;
  } else if (change === 0) {
    movement = `were unchanged at ${level}${rank}`;
  } else if (changePct === null) {
    movement = `${change > 0 ? 'rose' : 'fell'} from zero to ${level}${rank}`;
  } else {
    movement = `${change > 0 ? 'rose' : 'fell'} ${fmt.decimal(Math.abs(changePct), 1)}% to ${level}${rank}`;
  }
  return `In ${place}, ${measure} in ${when} ${movement}.`;
}
