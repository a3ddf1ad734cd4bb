/**
 * Plain-language sentences drawn from an indicator's figures, for the top of
 * its pages. Significance words appear only when the file gave confidence
 * limits; without them the counts are of areas above and below the benchmark.
 */
import type { Formatter } from '../format.ts';
import type { IndicatorComparison } from '../indicator-files.ts';
import { comparisonPhrase } from './comparison-text.ts';
import { ordinal } from '../cases/ordinal.ts';

export interface OverviewInput {
  label: string;
  period: string;
  /** Benchmark name and value, when there is one benchmark. */
  benchmark: { name: string; value: number | null } | null;
  compare: (IndicatorComparison | null)[];
  areaNoun: string;
  hasLimits: boolean;
  format: (v: number) => string;
  fmt: Formatter;
}

export function overviewSentence(input: OverviewInput): string {
  const { fmt, compare } = input;
  const count = (c: IndicatorComparison) => compare.filter((x) => x === c).length;
  const compared = compare.filter((c) => c !== null).length;
  const head =
    input.benchmark !== null && input.benchmark.value !== null
      ? `${input.label} in ${input.period}: ${input.benchmark.name} ${input.format(input.benchmark.value)}.`
      : `${input.label} in ${input.period}.`;
  if (compared === 0) return `${head} No ${input.areaNoun} can be compared with a benchmark.`;
  const of = `Of ${fmt.count(compared)} ${input.areaNoun} compared with ${input.benchmark?.name ?? 'their benchmark'}`;
  if (input.hasLimits) {
    return `${head} ${of}, ${fmt.count(count('better'))} ${verb(count('better'))} significantly better, ${fmt.count(count('similar'))} similar and ${fmt.count(count('worse'))} significantly worse${neutral(count('higher'), count('lower'), fmt)}.`;
  }
  return `${head} ${of}, ${fmt.count(count('higher'))} ${verb(count('higher'))} higher and ${fmt.count(count('lower'))} lower${count('same') > 0 ? ` (${fmt.count(count('same'))} the same)` : ''}; without confidence limits these differences may be chance.`;
}

function verb(n: number): string {
  return n === 1 ? 'is' : 'are';
}

function neutral(higher: number, lower: number, fmt: Formatter): string {
  return higher + lower > 0 ? ` (${fmt.count(higher)} higher, ${fmt.count(lower)} lower)` : '';
}

export interface AreaInput {
  name: string;
  label: string;
  period: string;
  value: string;
  benchmarkName: string;
  benchmarkValue: string | null;
  compare: IndicatorComparison | null;
  rank: number | null;
  ranked: number;
  /** The previous period's value and label, when there is one. */
  previous: { period: string; value: string; change: 'up' | 'down' | 'same' } | null;
}

export function areaSentence(a: AreaInput): string {
  const parts = [`${a.label} in ${a.name}, ${a.period}: ${a.value}`];
  if (a.benchmarkValue !== null && a.compare !== null) {
    parts[0] += `, ${comparisonPhrase(a.compare)} ${a.benchmarkName} (${a.benchmarkValue})`;
  }
  let s = `${parts[0]}.`;
  if (a.rank !== null) s += ` It ranks ${ordinal(a.rank)} highest of ${a.ranked}.`;
  if (a.previous !== null) {
    s +=
      a.previous.change === 'same'
        ? ` Unchanged from ${a.previous.period} (${a.previous.value}).`
        : ` ${a.previous.change === 'up' ? 'Up' : 'Down'} from ${a.previous.value} in ${a.previous.period}.`;
  }
  return s;
}
