/**
 * Positions for a spine chart on a 0–1 scale from the lowest to the highest
 * value of all areas: the lowest–highest range, the interquartile range, the
 * benchmark and this area. Low values sit left whatever `higherIs` says, so
 * the chart reads like the number line it is.
 */
import type { IndicatorSpread } from '../indicator-files.ts';

export interface SpineGeometry {
  q1: number;
  q3: number;
  median: number;
  benchmark: number | null;
  value: number | null;
}

export function spineGeometry(spread: IndicatorSpread, value: number | null, benchmark: number | null): SpineGeometry {
  const span = spread.max - spread.min;
  const at = (v: number) => (span === 0 ? 0.5 : Math.min(1, Math.max(0, (v - spread.min) / span)));
  return {
    q1: at(spread.q1),
    q3: at(spread.q3),
    median: at(spread.median),
    benchmark: benchmark === null ? null : at(benchmark),
    value: value === null ? null : at(value),
  };
}
