import { describe, expect, it } from 'vitest';
import { civilDayNumber, dayNumber, isoDay } from '../../../src/lib/day-number.ts';

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2020-03-01')).toBe(18322);
    expect(isoDay(18322)).toBe('2020-03-01');
    expect(isoDay(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(isoDay(-1)).toBe('1969-12-31');
    expect(civilDayNumber(2020, 2, 29)).toBe(18_321);
  });

  it.each([['2020-3-1'], ['2023-02-29'], ['2023-02-30'], ['2023-13-01'], ['2023-00-10'], ['']])(
    'gives NaN for %j, which is not a calendar day',
    (iso) => {
      expect(dayNumber(iso)).toBeNaN();
    },
  );

  it('round-trips every day from 1 AD to 4000 AD, agreeing with the calendar of Date', () => {
    for (let d = civilDayNumber(1, 1, 1); d < civilDayNumber(4000, 1, 1); d += 997) {
      const iso = isoDay(d);
      expect(dayNumber(iso)).toBe(d);
      expect(new Date(d * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
    }
  });
});
