import { describe, expect, it } from 'vitest';
import { areaWeekSentence, mapBand, mapStatus, weekFigure } from '../../../../src/lib/cases/week-figure.ts';
import type { CasesWeek } from '../../../../src/lib/cases-files.ts';
import { createFormatter } from '../../../../src/lib/format.ts';
import { sourceTranslator } from '../../../../src/lib/i18n/source-translator.ts';

const fmt = createFormatter('en-GB');
const week: CasesWeek = {
  end: '2024-03-07',
  code: ['W1', 'W2', 'W3', 'W4'],
  total: [25, 's', null, 4],
  rate: [123.4, 's', null, null],
  rank: [3, null, null, null],
  ranked: 18,
};

describe('week figures', () => {
  it('finds an area by code, and gives nulls for an unknown area or no week', () => {
    expect(weekFigure(week, 'W1')).toEqual({ total: 25, rate: 123.4, rank: 3 });
    expect(weekFigure(week, 'W9')).toEqual({ total: null, rate: null, rank: null });
    expect(weekFigure(null, 'W1')).toEqual({ total: null, rate: null, rank: null });
  });

  it('draws a rate in its band, missing as hatched and suppressed as dotted', () => {
    expect([mapStatus(12), mapStatus(null), mapStatus('s')]).toEqual(['band', 'none', 'suppressed']);
    expect([mapBand(5, [10, 50]), mapBand(10, [10, 50]), mapBand(75, [10, 50])]).toEqual([0, 1, 2]);
    expect([mapBand(null, [10]), mapBand('s', [10])]).toEqual([-1, -1]);
  });

  it.each([
    ['W1', 'North Ward: 123.4 per 100,000, 25 cases in the 7 days to 7 March 2024, 3rd highest of 18.'],
    ['W2', 'North Ward: cases too few to publish in the 7 days to 7 March 2024 (suppressed).'],
    ['W3', 'North Ward: no data in the 7 days to 7 March 2024.'],
    ['W4', 'North Ward: no rate (population unknown), 4 cases in the 7 days to 7 March 2024.'],
  ])('says what %s has in words', (code, sentence) => {
    expect(areaWeekSentence('North Ward', weekFigure(week, code), week, 'cases', fmt, sourceTranslator())).toBe(
      sentence,
    );
  });
});
