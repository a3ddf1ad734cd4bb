/**
 * A config noun counted by a number (src/lib/i18n/counted-label.ts): a layer's own forms where the
 * config gives them for the page's language, chosen by the number; else its plural label where a
 * plural follows the number, and the interface's word with the label beside it where it cannot
 * (English 1; every Welsh count, whose nouns after a number are singular). The sentences that
 * count a layer's areas, said for a layer of one area and of many, in all five languages.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { countedLabel, type CountedLabel } from '../../../../src/lib/i18n/counted-label.ts';
import { dativePlural } from '../../../../src/lib/cases/measure-noun.ts';
import { overviewSentence } from '../../../../src/lib/indicators/indicator-summary.ts';

const wardForms = {
  'en-GB': { one: 'ward', other: 'wards' },
  cy: { zero: 'ward', one: 'ward', two: 'ward', few: 'ward', many: 'ward', other: 'ward' },
  de: { one: 'Bezirk', other: 'Bezirke' },
};

describe('countedLabel', () => {
  it('chooses the config’s form by the number, in the page’s language (cy-GB takes cy’s)', () => {
    const noun: CountedLabel = { label: 'wards', forms: wardForms };
    expect(countedLabel(noun, 1, translatorFor('en-GB'))).toBe('ward');
    expect(countedLabel(noun, 3, translatorFor('en-GB'))).toBe('wards');
    expect(countedLabel({ label: 'wardiau', forms: wardForms }, 3, translatorFor('cy-GB'))).toBe('ward');
  });

  it('declines every form but the singular (German’s dative after “von”)', () => {
    const t = translatorFor('de');
    const dative = (p: string) => dativePlural(p, t.locale);
    expect(countedLabel({ label: 'Bezirke', forms: wardForms }, 1, t, dative)).toBe('Bezirk');
    expect(countedLabel({ label: 'Bezirke', forms: wardForms }, 4, t, dative)).toBe('Bezirken');
    expect(countedLabel({ label: 'Bezirke' }, 4, t, dative)).toBe('Bezirken');
  });

  it('counts a label without forms as the catalogue does, and areas without a label in its own word', () => {
    expect(countedLabel({ label: 'wards' }, 3, translatorFor('en-GB'))).toBe('wards');
    expect(countedLabel({ label: 'wards' }, 1, translatorFor('en-GB'))).toBe('area (wards)');
    expect(countedLabel({ label: 'wardiau' }, 3, translatorFor('cy'))).toBe('ardal (wardiau)');
    expect(countedLabel({ label: 'wijken' }, 1, translatorFor('nl'))).toBe('gebied (wijken)');
    expect(countedLabel({}, 1, translatorFor('en-GB'))).toBe('area');
    expect(countedLabel({}, 2, translatorFor('da'))).toBe('områder');
  });
});

describe('an area profile’s opening line', () => {
  const intro = (tag: string, count: number, label: string, forms?: CountedLabel['forms']) => {
    const t = translatorFor(tag);
    return t.t('areas.profile.intro', {
      area: 'Eastmere',
      count,
      areas: label,
      noun: countedLabel({ label, forms }, count, t),
    });
  };

  it.each([
    ['en-GB', 1, 'wards', 'Eastmere is the only one of the wards.'],
    ['en-GB', 12, 'wards', 'Eastmere is one of the 12 wards.'],
    ['cy', 1, 'wardiau', 'Eastmere yw’r unig un o’r wardiau.'],
    ['cy', 2, 'wardiau', 'Mae Eastmere yn un o’r 2 ardal (wardiau).'],
    ['cy', 12, 'wardiau', 'Mae Eastmere yn un o’r 12 ardal (wardiau).'],
    ['nl', 1, 'wijken', 'Eastmere is het enige gebied (wijken).'],
    ['nl', 12, 'wijken', 'Eastmere is een van de 12 wijken.'],
    ['da', 1, 'sogne', 'Eastmere er det eneste område (sogne).'],
    ['da', 12, 'sogne', 'Eastmere er et af de 12 sogne.'],
    ['de', 1, 'Bezirke', 'Eastmere ist das einzige Gebiet (Bezirke).'],
    ['de', 12, 'Bezirke', 'Eastmere ist eines der 12 Bezirke.'],
  ])('in %s for a layer of %i area(s), without forms', (tag, count, label, text) => {
    expect(intro(tag, count, label)).toBe(text);
  });

  it('takes the layer’s forms where the config gives them: Welsh 12 ward, not 12 wardiau', () => {
    expect(intro('cy', 12, 'wardiau', wardForms)).toBe('Mae Eastmere yn un o’r 12 ward.');
    expect(intro('en-GB', 12, 'wards', wardForms)).toBe('Eastmere is one of the 12 wards.');
    expect(intro('en-GB', 1, 'wards', wardForms)).toBe('Eastmere is the only one of the wards.');
  });
});

describe('the other sentences that count a layer’s areas', () => {
  const en = translatorFor('en-GB');
  const cy = translatorFor('cy');

  it('says a disease page’s areas with complete data by the number of areas', () => {
    const some = (t: typeof en, count: number, total: number, label: string) =>
      t.t('cases.metric.partialPlace', { count, total, noun: countedLabel({ label }, total, t) });
    expect(some(en, 3, 5, 'wards')).toBe('the 3 of 5 wards with complete data');
    expect(some(en, 0, 1, 'wards')).toBe('the 0 of 1 area (wards) with complete data');
    expect(some(cy, 3, 5, 'wardiau')).toBe('y 3 o’r 5 ardal (wardiau) sydd â data cyflawn');
  });

  it('names the total of a layer of one area without counting it', () => {
    const name = (t: typeof en, count: number, label: string) =>
      t.t('cases.total.name', { count, areas: label, noun: countedLabel({ label }, count, t) });
    expect(name(en, 1, 'wards')).toBe('All wards');
    expect(name(en, 12, 'wards')).toBe('All 12 wards');
    expect(name(cy, 12, 'wardiau')).toBe('Pob un o’r 12 ardal (wardiau)');
  });

  it('counts the areas an indicator compares by their own number, not by how many are better', () => {
    const sentence = (tag: string, compare: ('better' | 'similar' | 'worse')[], forms?: CountedLabel['forms']) =>
      overviewSentence(
        {
          label: 'Recycling',
          period: '2024',
          benchmark: null,
          compare,
          areaNoun: tag === 'cy' ? 'wardiau' : 'wards',
          areaForms: forms,
          hasLimits: true,
          format: String,
        },
        translatorFor(tag),
      );
    expect(sentence('en-GB', ['better'])).toContain('Of 1 area (wards) compared with their benchmark, 1 is');
    expect(sentence('en-GB', ['better'], wardForms)).toContain('Of 1 ward compared with');
    expect(sentence('en-GB', ['similar', 'better', 'worse'], wardForms)).toContain('Of 3 wards compared with');
    expect(sentence('cy', ['better', 'similar'], wardForms)).toContain('O’r 2 ward a gymharwyd');
  });
});
