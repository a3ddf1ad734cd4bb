import { describe, expect, it } from 'vitest';
import { countedLabel } from '../../../../src/lib/i18n/counted-label.ts';
import { areaSummarySentence, type SummarySentenceInput } from '../../../../src/lib/cases/area-summary-sentence.ts';
import { changeDescription } from '../../../../src/lib/cases/change-description.ts';
import { dativePlural, measureNoun } from '../../../../src/lib/cases/measure-noun.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { ordinal } from '../../../../src/lib/cases/ordinal.ts';
import { createFormatter } from '../../../../src/lib/format.ts';
import { SUPPRESSED } from '../../../../src/lib/manifest.ts';

const fmt = createFormatter('en-GB');
const base: SummarySentenceInput = {
  place: 'Leeds',
  measure: 'cases',
  weekEnd: '2021-03-03',
  latest: 356,
  change: -49,
  changePct: -12,
  rate: 45.1,
  rank: 37,
  ranked: 381,
  suppressBelow: 3,
};

describe('areaSummarySentence', () => {
  it('opens a sentence about all the areas in their own words: Welsh mutates "pob" after "yn"', () => {
    const cy = translatorFor('cy');
    const all = (t: typeof cy, count: number) =>
      t.t('cases.summary.inTotal', { count, areas: 'wardiau', noun: countedLabel({ label: 'wardiau' }, count, t) });
    const sentence = areaSummarySentence({ ...base, inPlace: all(cy, 12) }, createFormatter('cy'), cy);
    expect(sentence).toMatch(/^Ym mhob un o’r 12 ardal \(wardiau\), /);
    expect(sentence).not.toMatch(/yn pob\b/i);
    expect(areaSummarySentence({ ...base, place: 'Caerdydd' }, createFormatter('cy'), cy)).toMatch(/^Yn Caerdydd, /);
    const en = translatorFor('en-GB');
    expect(areaSummarySentence({ ...base, inPlace: all(en, 12) }, fmt, en)).toMatch(/^In all 12 wardiau, cases/);
  });

  it('reads like the issue example', () => {
    expect(areaSummarySentence(base, fmt)).toBe(
      'In Leeds, cases in the 7 days to 3 March 2021 fell 12.0% to 45.1 per 100,000 people, the 37th highest of 381 areas.',
    );
  });

  it('says rose, highest and joint', () => {
    expect(areaSummarySentence({ ...base, change: 10, changePct: 2.5, rank: 1, tied: false }, fmt)).toBe(
      'In Leeds, cases in the 7 days to 3 March 2021 rose 2.5% to 45.1 per 100,000 people, the highest of 381 areas.',
    );
    expect(areaSummarySentence({ ...base, rank: 2, tied: true }, fmt)).toContain('the joint 2nd highest of 381 areas');
  });

  it('says every area is the same rather than "joint highest" when all ranked areas tie', () => {
    const level = { ...base, latest: 0, change: 0, changePct: 0, rate: 0, rank: 1, tied: true, ranked: 18 };
    expect(areaSummarySentence({ ...level, allTied: true }, fmt)).toBe(
      'In Leeds, cases in the 7 days to 3 March 2021 were unchanged at 0.0 per 100,000 people, the same in all 18 areas.',
    );
    expect(areaSummarySentence(level, fmt)).toContain('the joint highest of 18 areas');
  });

  it('uses the count without a population, and says when there was nothing before', () => {
    expect(areaSummarySentence({ ...base, rate: null, rank: null, change: 356, changePct: null }, fmt)).toBe(
      'In Leeds, cases in the 7 days to 3 March 2021 rose from zero to 356.',
    );
  });

  it('says unchanged', () => {
    expect(areaSummarySentence({ ...base, change: 0, changePct: 0, rank: null }, fmt)).toBe(
      'In Leeds, cases in the 7 days to 3 March 2021 were unchanged at 45.1 per 100,000 people.',
    );
  });

  it('never shows a suppressed figure as a number', () => {
    expect(
      areaSummarySentence(
        { ...base, latest: SUPPRESSED, rate: SUPPRESSED, change: SUPPRESSED, changePct: SUPPRESSED },
        fmt,
      ),
    ).toBe('In Leeds, the number of cases in the 7 days to 3 March 2021 was too small to publish (fewer than 3).');
    expect(areaSummarySentence({ ...base, change: SUPPRESSED, changePct: SUPPRESSED, rank: null }, fmt)).toBe(
      'In Leeds, cases in the 7 days to 3 March 2021 were 45.1 per 100,000 people; the change on the previous 7 days is not shown because the numbers are too small to publish.',
    );
  });

  it('says when there is no data', () => {
    expect(areaSummarySentence({ ...base, latest: null }, fmt)).toBe(
      'In Leeds, there is no data on cases for the 7 days to 3 March 2021.',
    );
    expect(areaSummarySentence({ ...base, change: null, changePct: null, rank: null }, fmt)).toBe(
      'In Leeds, cases in the 7 days to 3 March 2021 were 45.1 per 100,000 people; there is no earlier figure to compare with.',
    );
  });
});

describe('changeDescription', () => {
  const period = 'the previous 7 days';
  it('colours by good or bad, not by direction', () => {
    expect(changeDescription(12, 12.5, 'bad', 'cases', period, fmt)).toEqual({
      direction: 'up',
      tone: 'bad',
      short: '+12 (+12.5%)',
      sentence: 'Up 12 cases (12.5%) on the previous 7 days, a change for the worse.',
    });
    expect(changeDescription(12, 12.5, 'good', 'doses', period, fmt).tone).toBe('good');
    expect(changeDescription(-1200, -50, 'bad', 'cases', period, fmt)).toEqual({
      direction: 'down',
      tone: 'good',
      short: '−1,200 (−50.0%)',
      sentence: 'Down 1,200 cases (50.0%) on the previous 7 days, a change for the better.',
    });
    expect(changeDescription(-3, null, 'neutral', 'cases', period, fmt)).toMatchObject({
      tone: 'neutral',
      short: '−3',
      sentence: 'Down 3 cases on the previous 7 days.',
    });
  });

  it('handles no change, suppressed and missing', () => {
    expect(changeDescription(0, 0, 'bad', 'cases', period, fmt)).toMatchObject({ direction: 'same', tone: 'neutral' });
    expect(changeDescription(SUPPRESSED, SUPPRESSED, 'bad', 'cases', period, fmt)).toMatchObject({
      direction: 'unknown',
      short: 'suppressed',
    });
    expect(changeDescription(null, null, 'bad', 'cases', period, fmt)).toMatchObject({
      direction: 'unknown',
      short: 'no data',
    });
  });
});

describe('small words', () => {
  it('ordinal', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 37, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '37th',
      '101st',
      '111th',
    ]);
  });

  it('measureNoun keeps acronyms', () => {
    expect(measureNoun('Cases')).toBe('cases');
    expect(measureNoun('COVID-19 cases')).toBe('COVID-19 cases');
    expect(measureNoun('Measles notifications')).toBe('measles notifications');
  });

  it('measureNoun keeps the capital of every label in a language that capitalises nouns', () => {
    // A German metric label read in a sentence: "die Fälle", never "die fälle".
    expect(measureNoun('Fälle, alle Altersgruppen', 'de-DE')).toBe('Fälle, alle Altersgruppen');
    expect(measureNoun('Meldungen', 'de')).toBe('Meldungen');
    expect(measureNoun('Notifications', 'en-GB')).toBe('notifications');
    expect(measureNoun('Meldingen', 'nl-NL')).toBe('meldingen');
  });

  it.each([
    ['Gebiete', 'de-AT', 'Gebieten'],
    ['Bezirke', 'de', 'Bezirken'],
    ['Länder', 'de-DE', 'Ländern'],
    ['Gemeinden', 'de', 'Gemeinden'],
    ['Kantons', 'de-CH', 'Kantons'],
    ['areas', 'en-GB', 'areas'],
    ['gebieden', 'nl', 'gebieden'],
  ])('dativePlural(%j, %s) is %j', (noun, locale, dative) => {
    expect(dativePlural(noun, locale)).toBe(dative);
  });

  it('says all areas in German after in, mit and von in the dative: "In allen 14 Gebieten", "mit allen 14 Bezirken"', () => {
    const t = translatorFor('de-AT');
    const dative = (plural: string) => dativePlural(plural, t.locale);
    const all = (count: number, label: string) =>
      t.t('cases.total.place', { count, areas: dative(label), noun: countedLabel({ label }, count, t, dative) });
    const place = all(14, t.t('cases.total.areas'));
    expect(t.t('cases.trend.heading', { unit: 'Fälle', place })).toBe(
      'Fälle pro Tag in allen 14 Gebieten, mit 7-Tage-Mittelwert',
    );
    const bezirke = all(94, 'Bezirke');
    expect(t.t('cases.area.versus', { group: bezirke })).toBe('Im Vergleich mit allen 94 Bezirken');
    expect(t.t('cases.metric.compareNote', { place: bezirke, max: 4 })).toBe(
      'Inzidenzen in allen 94 Bezirken; fügen Sie bis zu 4 Gebiete zum Vergleich hinzu.',
    );
    const some = { count: 12, total: 14, noun: countedLabel({ label: 'Bezirke' }, 14, t, dative) };
    expect(t.t('cases.metric.coverage', some)).toBe(
      'Beruht auf 12 von 14 Bezirken mit vollständigen Daten für beide Wochen',
    );
    // English is unchanged: "all 14 areas" after any preposition.
    const en = translatorFor('en-GB');
    const areas = dativePlural(en.t('cases.total.areas'), en.locale);
    expect(en.t('cases.total.place', { count: 14, areas, noun: countedLabel({ label: areas }, 14, en) })).toBe(
      'all 14 areas',
    );
  });
});
