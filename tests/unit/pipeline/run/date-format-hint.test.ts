import { describe, expect, it } from 'vitest';
import type { Rejection } from '../../../../src/lib/manifest.ts';
import { dateFormatHint } from '../../../../src/pipeline/run/date-format-hint.ts';

const rejected = (value: string, code: 'dateInvalid' | 'countMissing' = 'dateInvalid'): Rejection => ({
  file: 'cases.csv',
  line: 7,
  column: 'Week End',
  reason: 'not a date',
  reasonCoded: code === 'dateInvalid' ? { code, layout: 'auto' } : { code },
  value,
});

describe('dateFormatHint', () => {
  it('names the value, where it is and the dateFormat that reads it', () => {
    // A US file read day-first: month 13 cannot be a month.
    expect(dateFormatHint([rejected('', 'countMissing'), rejected('04/13/2021')], 'auto', 'weekly')).toBe(
      ' Dates: column "Week End" holds "04/13/2021" (cases.csv, line 7), which dateFormat "mdy" reads: ' +
        'set datasets[weekly].dateFormat to "mdy".',
    );
  });

  it('lists every layout that reads an ambiguous value', () => {
    expect(dateFormatHint([rejected('2021/04/06')], 'iso', 'ie')).toBe(
      ' Dates: column "Week End" holds "2021/04/06" (cases.csv, line 7), which dateFormat "ymd" reads: ' +
        'set datasets[ie].dateFormat to "ymd".',
    );
    expect(dateFormatHint([rejected('03/04/2021')], 'iso', 'x')).toMatch(
      /which dateFormat "dmy" or "mdy" reads: set datasets\[x\]\.dateFormat to the one the file uses\.$/,
    );
  });

  it('says when no layout reads it, and says nothing when no date was rejected', () => {
    expect(dateFormatHint([rejected('Week 14')], 'auto', 'x')).toBe(
      ' Dates: column "Week End" holds "Week 14" (cases.csv, line 7), which no dateFormat reads: ' +
        'write dates as YYYY-MM-DD, or map columns.date to the right column.',
    );
    expect(dateFormatHint([rejected('', 'countMissing')], 'auto', 'x')).toBe('');
  });
});
