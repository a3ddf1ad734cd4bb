import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay } from '../../../../src/lib/cases/day-number.ts';

describe('day numbers', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2020-03-01')).toBe(18322);
    expect(isoDay(18322)).toBe('2020-03-01');
    expect(isoDay(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(dayNumber('2020-3-1')).toBeNaN();
  });
});
