/**
 * Trailing window sums of a daily series: the value on day i is the sum of the
 * `window` days ending on day i (i − window + 1 … i). The result is null where
 * the window is not whole: it starts before the series, or any day in it has
 * no data (null). A window of known days is never partly filled in.
 */
export function rollingSum(values: readonly (number | null)[], window = 7): (number | null)[] {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`rollingSum: window must be a positive integer, got ${window}`);
  const out: (number | null)[] = new Array<number | null>(values.length).fill(null);
  let sum = 0;
  // Days since the last null (or the start), capped by the window.
  let run = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? null;
    if (v === null) {
      run = 0;
      sum = 0;
      continue;
    }
    sum += v;
    run++;
    if (run > window) {
      sum -= values[i - window] as number;
      run = window;
    }
    if (run === window) out[i] = sum;
  }
  return out;
}
