/**
 * The generated sentences read in the site's language: built from whole catalogue
 * sentences with their parts filled in (numbers, dates and percentages formatted for
 * the locale), not English fragments joined.
 */
import { describe, expect, it } from 'vitest';
import { areaSummarySentence, type SummarySentenceInput } from '../../../../src/lib/cases/area-summary-sentence.ts';
import { changeDescription } from '../../../../src/lib/cases/change-description.ts';
import { trendDescription } from '../../../../src/lib/cases/chart-text.ts';
import { createFormatter } from '../../../../src/lib/format.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import type { TrendRow } from '../../../../src/lib/cases/trend-rows.ts';

const input: SummarySentenceInput = {
  place: 'Leeds',
  measure: 'Fälle',
  weekEnd: '2021-03-03',
  latest: 356,
  change: -49,
  changePct: -12,
  rate: 45.1,
  rank: 37,
  ranked: 381,
  suppressBelow: 3,
};
const ENGLISH = /\b(the|was|were|fell|rose|days|highest|areas|people|change|previous)\b/;

describe('generated sentences in the catalogue language', () => {
  it('German: the summary sentence, the change and the trend description', () => {
    const fmt = createFormatter('de-DE');
    const t = translatorFor('de-DE');
    expect(areaSummarySentence(input, fmt, t)).toBe(
      'In Leeds fielen die Fälle in den 7 Tagen bis zum 3. März 2021 um 12,0\u00a0% auf 45,1 je 100.000 Einwohner, 37. Platz von 381 Gebieten.',
    );
    const change = changeDescription(-49, -12, 'bad', 'Fälle', 'der Vorwoche', fmt, t);
    expect(change.sentence).toBe('49 Fälle (12,0\u00a0%) weniger als in der Vorwoche, eine Verbesserung.');
    expect(change.short).toBe('−49 (−12,0\u00a0%)');
    const rows: TrendRow[] = [
      { date: '2024-03-01', count: 3, avg7: 3, rate7: null, days: 1, incomplete: false },
      { date: '2024-03-02', count: 6, avg7: 4.5, rate7: null, days: 1, incomplete: false },
      { date: '2024-03-03', count: 1, avg7: 3.3, rate7: null, days: 1, incomplete: true },
    ];
    const text = trendDescription(rows, 'Fälle', fmt, t);
    expect(text).toContain('Der letzte Tag ist schattiert: Er ist noch unvollständig.');
    expect(text).not.toMatch(ENGLISH);
  });

  it('Welsh and Dutch summary sentences carry no English words', () => {
    for (const locale of ['cy-GB', 'nl-NL', 'da-DK']) {
      const text = areaSummarySentence({ ...input, measure: 'x' }, createFormatter(locale), translatorFor(locale));
      expect(text, locale).not.toMatch(ENGLISH);
      expect(text, locale).toContain('381');
    }
  });

  it('en-GB stays as it was when no translator is given', () => {
    expect(areaSummarySentence({ ...input, measure: 'cases' }, createFormatter('en-GB'))).toBe(
      'In Leeds, cases in the 7 days to 3 March 2021 fell 12.0% to 45.1 per 100,000 people, the 37th highest of 381 areas.',
    );
  });
});
