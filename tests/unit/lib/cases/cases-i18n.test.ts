/**
 * The disease pages' sentence and label builders in every catalogue language: one whole
 * message per shape, numbers and dates formatted for the locale, plural forms by
 * Intl.PluralRules (all six Welsh categories), and no English words left in them.
 */
import { describe, expect, it } from 'vitest';
import { areaWeekSentence, weekFigure } from '../../../../src/lib/cases/week-figure.ts';
import { countCell } from '../../../../src/lib/cases/trend-rows.ts';
import { rateBandLabels } from '../../../../src/lib/cases/rate-band-labels.ts';
import { casesFormatter } from '../../../../src/lib/cases/cases-formatter.ts';
import { messageParts } from '../../../../src/lib/i18n/message-parts.ts';
import { dateTickFormat } from '../../../../src/lib/cases/date-ticks.ts';
import { dateFormat, monthNames } from '../../../../src/lib/cases/month-names.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import type { CasesWeek } from '../../../../src/lib/cases-files.ts';

const week: CasesWeek = {
  end: '2024-03-07',
  code: ['W1', 'W2', 'W3', 'W4'],
  total: [25, 's', null, 4],
  rate: [123.4, 's', null, null],
  rank: [3, null, null, null],
  ranked: 18,
};
const ENGLISH = /\b(the|to|of|no|rate|days?|highest|too|few|publish|suppressed|population|unknown|reported)\b/i;
const sentence = (locale: string, code: string, w: CasesWeek | null = week, unit = 'x') => {
  const t = translatorFor(locale);
  return areaWeekSentence('Nord', weekFigure(w ?? week, code), w, unit, casesFormatter(t), t);
};

describe('the map sentence of an area, in every language', () => {
  it('German: each shape of the sentence', () => {
    expect(sentence('de', 'W1')).toBe(
      'Nord: 123,4 je 100.000, 25 (x) in den 7 Tagen bis zum 7. März 2024, 3. Platz von 18.',
    );
    expect(sentence('de', 'W2')).toBe(
      'Nord: zu wenige x zur Veröffentlichung in den 7 Tagen bis zum 7. März 2024 (unterdrückt).',
    );
    expect(sentence('de', 'W3')).toBe('Nord: keine Daten in den 7 Tagen bis zum 7. März 2024.');
    expect(sentence('de', 'W4')).toBe(
      'Nord: keine Inzidenz (Einwohnerzahl unbekannt), 4 (x) in den 7 Tagen bis zum 7. März 2024.',
    );
    expect(sentence('de', 'W1', null)).toBe('Nord: 123,4 je 100.000, 25 (x).');
    expect(sentence('de', 'W3', null)).toBe('Nord: keine Daten.');
  });

  it('counts the interface’s own word for cases in the form its number takes', () => {
    expect(sentence('de', 'W1', null, 'Fälle')).toBe('Nord: 123,4 je 100.000, 25 Fälle.');
    expect(sentence('cy', 'W1', null, 'achosion')).toMatch(/, 25 achos\.$/);
    expect(sentence('nl', 'W1', null, 'gevallen')).toMatch(/, 25 gevallen\.$/);
    const one: CasesWeek = { ...week, total: [1, 's', null, 4] };
    expect(sentence('en-GB', 'W1', one, 'cases')).toMatch(/, 1 case in the 7 days/);
    expect(sentence('en-GB', 'W4', one, 'cases')).toMatch(/, 4 cases in the 7 days/);
    expect(sentence('cy', 'W4', one, 'achosion')).toMatch(/, 4 achos yn y 7 diwrnod/);
  });

  it.each(['cy', 'nl', 'da'])('%s: every shape reads without English words, with its figures', (locale) => {
    for (const code of ['W1', 'W2', 'W3', 'W4']) {
      for (const w of [week, null]) {
        const text = sentence(locale, code, w);
        expect(text, `${locale} ${code}`).toMatch(/^Nord: /);
        expect(text, `${locale} ${code}`).not.toMatch(ENGLISH);
        if (w && code !== 'W2') expect(text).toContain('2024');
      }
    }
    expect(sentence(locale, 'W1')).toContain('18');
  });
});

describe('a count that covers several days', () => {
  it('Welsh takes the form of each plural category (2 days mutates, 3 and 6 do not)', () => {
    const cy = translatorFor('cy');
    expect(countCell('5', 2, undefined, cy)).toBe('5 (wedi’i adrodd ar gyfer 2 ddiwrnod)');
    expect(countCell('5', 3, undefined, cy)).toBe('5 (wedi’i adrodd ar gyfer 3 diwrnod)');
    expect(countCell('5', 6, undefined, cy)).toBe('5 (wedi’i adrodd ar gyfer 6 diwrnod)');
    expect(countCell('5', 1, undefined, cy)).toBe('5');
    expect(countCell('5', 4, 1, cy)).toBe('5 (yn cynnwys adroddiadau am hyd at 4 diwrnod o 1 ardal)');
  });

  it('German and Danish choose singular and plural by the number of areas', () => {
    const de = translatorFor('de');
    expect(countCell('5', 4, 1, de)).toBe('5 (enthält Meldungen für bis zu 4 Tage aus 1 Gebiet)');
    expect(countCell('5', 4, 3, de)).toBe('5 (enthält Meldungen für bis zu 4 Tage aus 3 Gebieten)');
    const da = translatorFor('da');
    expect(countCell('5', 3, undefined, da)).toBe('5 (indberettet for 3 dage)');
  });
});

describe('legend bands and suppressed figures in the language of the page', () => {
  it('labels the bands with the locale’s numbers', () => {
    const de = translatorFor('de');
    const fmt = casesFormatter(de);
    expect(rateBandLabels([2.5, 5], (n) => fmt.decimal(n, 1), de)).toEqual([
      'Unter 2,5',
      '2,5 bis 4,9',
      '5,0 und mehr',
    ]);
    expect(rateBandLabels([], String, translatorFor('nl'))).toEqual(['Alle cijfers']);
    expect(rateBandLabels([10], String, translatorFor('cy'))).toEqual(['Llai na 10', '10 a throsodd']);
  });

  it('writes suppressed and missing figures as words of the catalogue, never in English', () => {
    const cy = casesFormatter(translatorFor('cy'));
    expect([cy.count('s'), cy.count(null), cy.decimal(1234.5, 1)]).toEqual(['wedi’i atal', 'dim data', '1,234.5']);
    const da = casesFormatter(translatorFor('da'));
    expect([da.count('s'), da.percent(null), da.count(12345)]).toEqual(['diskretioneret', 'ingen data', '12.345']);
  });
});

describe('messages with markup slots', () => {
  it('cuts a message where the translation puts its slot', () => {
    const parts = messageParts(translatorFor('de'), 'cases.metric.findArea', {}, ['link']);
    expect(parts).toEqual([{ slot: 'link' }, ', um seine eigenen Zahlen, seinen Verlauf und seinen Rang zu sehen.']);
    const en = messageParts(translatorFor('en-GB'), 'cases.table.more', { count: '100', total: '382' }, [
      'list',
      'csv',
    ]);
    expect(en).toEqual([
      '100 of 382 areas are shown, in the order chosen above. Every area: ',
      { slot: 'list' },
      ', or ',
      { slot: 'csv' },
      '.',
    ]);
  });
});

describe('time axis labels', () => {
  const days = ['2024-02-26', '2024-03-04', '2024-03-11'].map((d) => new Date(`${d}T00:00:00Z`));
  const months = ['2023-11-01', '2023-12-01', '2024-01-01'].map((d) => new Date(`${d}T00:00:00Z`));

  it('leave English to Plot, and label other languages with their own month names', () => {
    expect(dateTickFormat('en-GB')).toBeUndefined();
    const de = dateTickFormat('de') as NonNullable<ReturnType<typeof dateTickFormat>>;
    expect(days.map((d, i) => de(d, i, days))).toEqual(['26\nFeb', '4\nMär', '11']);
    const cy = dateTickFormat('cy') as NonNullable<ReturnType<typeof dateTickFormat>>;
    expect(months.map((d, i) => cy(d, i, months))).toEqual(['Tach\n2023', 'Rhag', 'Ion\n2024']);
  });
});

describe('dates where the runtime has no calendar data for the language', () => {
  it('take the month names the build gave the page, in day-month-year order', () => {
    // "qaa" is a private-use tag no runtime has data for, like Welsh in Chromium.
    const cy = monthNames('cy');
    expect(cy.long[7]).toBe('Awst');
    const day = new Date('2025-08-18T00:00:00Z');
    expect(dateFormat('qaa', { day: 'numeric', month: 'long', year: 'numeric' }, cy).format(day)).toBe('18 Awst 2025');
    expect(dateFormat('qaa', { month: 'short' }, cy).format(day)).toBe(cy.short[7]);
    const ticks = dateTickFormat('qaa', cy) as NonNullable<ReturnType<typeof dateTickFormat>>;
    expect(ticks(day, 0, [day])).toBe(`18\n${cy.short[7] ?? ''}`);
    // A runtime that has the language uses its own Intl.
    expect(dateFormat('de', { month: 'long' }, cy).format(day)).toBe('August');
  });
});
