import { describe, expect, it } from 'vitest';
import { monthlyTotalsCsv } from '../../../../../src/pipeline/datasets/cases/monthly-totals.ts';
import { dayNumber } from '../../../../../src/lib/day-number.ts';

describe('monthlyTotalsCsv', () => {
  it('sums each calendar month, counting only reported days and suppressing small totals', () => {
    // 30 Jan to 2 Mar 2024: January has 2 days, February 29, March 2.
    const first = dayNumber('2024-01-30');
    const n = 33;
    const daily: (number | null)[] = Array.from({ length: n }, () => 1);
    daily[5] = null; // 4 February not reported
    const csv = monthlyTotalsCsv(
      [
        { code: 'A1', name: 'North, Ward', daily },
        { code: 'A2', name: 'South', daily: null },
      ],
      first,
      n,
      3,
    );
    expect(csv.split('\r\n')).toEqual([
      'area_code,area_name,month,total,days_reported',
      'A1,"North, Ward",2024-01,suppressed,2',
      'A1,"North, Ward",2024-02,28,28',
      'A1,"North, Ward",2024-03,suppressed,2',
      '',
    ]);
  });
});
