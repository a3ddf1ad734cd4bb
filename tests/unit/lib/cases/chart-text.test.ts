import { describe, expect, it } from 'vitest';
import {
  compareDescription,
  emptyCompareText,
  hasCompareData,
  trendDescription,
} from '../../../../src/lib/cases/chart-text.ts';
import { sourceTranslator } from '../../../../src/lib/i18n/source-translator.ts';
import { countCell, type TrendRow } from '../../../../src/lib/cases/trend-rows.ts';
import { createFormatter } from '../../../../src/lib/format.ts';

const fmt = createFormatter('en-GB');
const row = (date: string, avg7: TrendRow['avg7'], incomplete = false): TrendRow => ({
  date,
  count: null,
  avg7,
  rate7: null,
  incomplete,
  days: 1,
});

describe('chart text alternatives', () => {
  it('names the range, the peak of the average, the last complete day and the shaded days', () => {
    const rows = [row('2024-03-01', 2), row('2024-03-02', 4.5), row('2024-03-03', 3.25), row('2024-03-04', 3, true)];
    expect(trendDescription(rows, 'cases', fmt)).toBe(
      'Daily cases from 1 March 2024 to 4 March 2024, as bars, with the 7-day average as a line. ' +
        'The 7-day average was highest, 4.5 a day, on 2 March 2024. ' +
        'On 3 March 2024, the last complete day, it was 3.3 a day. ' +
        'The last day is shaded: it is still incomplete.',
    );
  });

  it('says when there is nothing to show', () => {
    expect(trendDescription([], 'cases', fmt)).toBe('Nothing to draw: no cases were reported.');
    expect(compareDescription([], fmt)).toBe('No rates to show.');
  });

  it('gives each line its latest published rate', () => {
    const lines = [
      {
        code: 'W1',
        name: 'North Ward',
        rates: [
          { date: '2024-03-01', rate: 12.5 },
          { date: '2024-03-02', rate: null },
        ],
      },
      {
        code: 'all',
        name: 'All wards',
        rates: [
          { date: '2024-03-01', rate: 8 },
          { date: '2024-03-02', rate: 9.25 },
        ],
      },
    ];
    expect(compareDescription(lines, fmt)).toBe(
      '7-day rates per 100,000 from 1 March 2024 to 2 March 2024, one line each for North Ward, All wards. ' +
        'North Ward: 12.5 on 1 March 2024. All wards: 9.3 on 2 March 2024.',
    );
  });

  it('notes a count that covers several days in the table, for an area and for a group', () => {
    const en = sourceTranslator();
    expect(countCell('12', 1, undefined, en)).toBe('12');
    expect(countCell('12', 3, undefined, en)).toBe('12 (reported for 3 days)');
    expect(countCell('12', 7, 1, en)).toBe('12 (includes reports for up to 7 days from 1 area)');
    expect(countCell('12', 4, 3, en)).toBe('12 (includes reports for up to 4 days from 3 areas)');
  });

  it('says a comparison with no rate anywhere has nothing to draw', () => {
    const lines = [
      {
        code: 'W1',
        name: 'North Ward',
        rates: [
          { date: '2024-03-01', rate: null },
          { date: '2024-03-02', rate: null },
        ],
      },
      {
        code: 'all',
        name: 'All wards',
        rates: [
          { date: '2024-03-01', rate: null },
          { date: '2024-03-02', rate: null },
        ],
      },
    ];
    expect(hasCompareData(lines)).toBe(false);
    expect(emptyCompareText()).toBe('No rates to show.');
    expect(hasCompareData([{ ...lines[0]!, rates: [{ date: '2024-03-01', rate: 's' }] }])).toBe(true);
  });
});
