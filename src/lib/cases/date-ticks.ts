/**
 * Labels of a chart's time axis in the chart's language. Plot's own labels are English (d3's
 * month names), so for any other language the ticks are labelled with `Intl`, in Plot's layout:
 * the day (or month) on every tick, and the month (or year) under a tick where it changes.
 * English keeps Plot's labels, so an English chart is drawn exactly as before.
 */
import { dateFormat, type MonthNames } from './month-names.ts';

/**
 * A tick formatter for Plot's `x.tickFormat` (Plot passes every tick as the third argument), or
 * undefined where Plot's English labels serve. `months`: the page's month names (see month-names.ts).
 */
export function dateTickFormat(
  locale: string,
  months?: MonthNames,
): ((d: Date, i: number, ticks?: readonly Date[]) => string) | undefined {
  if (locale.split('-')[0]?.toLowerCase() === 'en') return undefined;
  const day = dateFormat(locale, { day: 'numeric' }, months);
  const month = dateFormat(locale, { month: 'short' }, months);
  const year = dateFormat(locale, { year: 'numeric' }, months);
  return (d, i, all) => {
    const ticks = all ?? [d];
    const monthly = ticks.every((x) => x.getUTCDate() === 1);
    const yearly = monthly && ticks.every((x) => x.getUTCMonth() === 0);
    if (yearly) return year.format(d);
    const [first, second] = monthly ? [month, year] : [day, month];
    const above = first.format(d);
    const below = second.format(d);
    const previous = ticks[i - 1];
    return previous !== undefined && second.format(previous) === below ? above : `${above}\n${below}`;
  };
}
