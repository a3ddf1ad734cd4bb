import { describe, expect, it } from 'vitest';
import type { DateFormat } from '../../../../src/pipeline/config/schema.ts';
import { DateFormatTally } from '../../../../src/pipeline/run/date-format-hint.ts';
import { RowLedger } from '../../../../src/pipeline/run/row-ledger.ts';

/** The hint after the given dates were rejected, in order, from lines 7, 8, … of cases.csv. */
function hint(values: readonly string[], current: DateFormat, id: string): string {
  const tally = new DateFormatTally();
  values.forEach((v, i) => tally.see(v, current, 'cases.csv', 7 + i, 'Week End'));
  return tally.hint(current, id);
}

describe('DateFormatTally', () => {
  it('names the value, where it is and the dateFormat that reads it', () => {
    // A US file read day-first: month 13 cannot be a month.
    expect(hint(['04/13/2021'], 'auto', 'weekly')).toBe(
      ' Dates: column "Week End" holds "04/13/2021" (cases.csv, line 7), which dateFormat "mdy" reads: ' +
        'set datasets[weekly].dateFormat to "mdy".',
    );
  });

  it('lists every layout that reads an ambiguous value', () => {
    expect(hint(['2021/04/06'], 'iso', 'ie')).toBe(
      ' Dates: column "Week End" holds "2021/04/06" (cases.csv, line 7), which dateFormat "ymd" reads: ' +
        'set datasets[ie].dateFormat to "ymd".',
    );
    expect(hint(['03/04/2021'], 'iso', 'x')).toMatch(
      /which dateFormat "dmy" or "mdy" reads: set datasets\[x\]\.dateFormat to the one the file uses\.$/,
    );
  });

  it('says when no layout reads it, and says nothing when no date was rejected', () => {
    expect(hint(['Week 14'], 'auto', 'x')).toBe(
      ' Dates: column "Week End" holds "Week 14" (cases.csv, line 7), which no dateFormat reads: ' +
        'write dates as YYYY-MM-DD, or map columns.date to the right column.',
    );
    expect(hint([], 'auto', 'x')).toBe('');
  });

  it('looks at every rejected date: the first 25 tell nothing, the 26th onwards are month-first', () => {
    const junk = Array.from({ length: 25 }, (_, i) => `Week ${i + 1}`);
    const us = Array.from({ length: 40 }, (_, i) => `04/${13 + (i % 15)}/2021`);
    expect(hint([...junk, ...us], 'auto', 'weekly')).toBe(
      ' Dates: column "Week End" holds "04/13/2021" (cases.csv, line 32), which dateFormat "mdy" reads, ' +
        'as it does 40 of the 65 dates rejected: set datasets[weekly].dateFormat to "mdy".',
    );
  });

  it('names the format that reads the most, not the first that reads any', () => {
    // One year-first value early, then 30 day-first ones a file read as ISO rejects.
    const values = ['2021/04/06', ...Array.from({ length: 30 }, (_, i) => `${13 + (i % 15)}/04/2021`)];
    expect(hint(values, 'iso', 'x')).toMatch(
      /holds "13\/04\/2021" \(cases\.csv, line 8\), which dateFormat "dmy" reads, as it does 30 of the 31/,
    );
  });

  it('hears of every date the ledger rejects, past the sample it keeps', () => {
    // With a sink (the rejected-rows file), the ledger keeps only the first 25 rejections.
    const ledger = new RowLedger(() => {});
    const reject = (line: number, value: string): void => {
      ledger.read();
      ledger.reject('cases.csv', line, 'date', { code: 'dateInvalid', layout: 'auto' }, value);
    };
    for (let line = 2; line < 27; line++) reject(line, 'pending');
    reject(27, '12/31/2020');
    expect(ledger.rejections).toHaveLength(25);
    expect(ledger.dates.hint('auto', 'us')).toBe(
      ' Dates: column "date" holds "12/31/2020" (cases.csv, line 27), which dateFormat "mdy" reads, ' +
        'as it does 1 of the 26 dates rejected: set datasets[us].dateFormat to "mdy".',
    );
  });
});
