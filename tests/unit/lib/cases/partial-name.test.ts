/**
 * A roll-up's partial sum named in the page's language: the data gives the area's own name and
 * the count, and every catalogue says it as a phrase of its language around the child layer's noun
 * (Welsh, whose nouns after a number are singular, with its own word for areas unless the layer gives forms).
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { partialName, partialNames } from '../../../../src/lib/cases/partial-name.ts';

describe('partialName', () => {
  const part = { counted: 3, of: 4 };
  it('says how many of its areas are in the sum, in each language, with the layer’s noun', () => {
    expect(partialName('Northshire', part, { label: 'wards' }, translatorFor('en-GB'))).toBe(
      'Northshire (3 of 4 wards)',
    );
    expect(partialName('Gogledd', part, { label: 'wardiau' }, translatorFor('cy'))).toBe(
      'Gogledd (3 o’r 4 ardal (wardiau))',
    );
    expect(partialName('Noord', part, { label: 'wijken' }, translatorFor('nl'))).toBe('Noord (3 van de 4 wijken)');
    expect(partialName('Nord', part, { label: 'sogne' }, translatorFor('da'))).toBe('Nord (3 af 4 sogne)');
    // German takes the genitive plural, which is the nominative plural a layer's label gives.
    expect(partialName('Nordkreis', part, { label: 'Bezirke' }, translatorFor('de'))).toBe(
      'Nordkreis (3 der 4 Bezirke)',
    );
  });

  it('counts the areas with the layer’s forms where the config gives them, by the number of areas', () => {
    const forms = { cy: { zero: 'ward', one: 'ward', two: 'ward', few: 'ward', many: 'ward', other: 'ward' } };
    expect(partialName('Gogledd', part, { label: 'wardiau', forms }, translatorFor('cy'))).toBe(
      'Gogledd (3 o’r 4 ward)',
    );
    // A language the forms do not give counts the label as before.
    expect(partialName('Northshire', part, { label: 'wards', forms }, translatorFor('en-GB'))).toBe(
      'Northshire (3 of 4 wards)',
    );
  });

  it('formats the numbers for the language and leaves a whole sum’s name as it is', () => {
    expect(partialName('Nordkreis', { counted: 1200, of: 1500 }, { label: 'Bezirke' }, translatorFor('de'))).toBe(
      'Nordkreis (1.200 der 1.500 Bezirke)',
    );
    expect(partialName('Northshire', null, { label: 'wards' }, translatorFor('en-GB'))).toBe('Northshire');
    expect(partialName('Northshire', undefined, { label: 'wards' }, translatorFor('en-GB'))).toBe('Northshire');
  });

  it('names every area of a summary, only the partial ones changed', () => {
    const t = translatorFor('en-GB');
    expect(partialNames(['A', 'B', 'C'], [null, { counted: 1, of: 2 }, null], { label: 'districts' }, t)).toEqual([
      'A',
      'B (1 of 2 districts)',
      'C',
    ]);
    expect(partialNames(['A', 'B'], undefined, { label: 'districts' }, t)).toEqual(['A', 'B']);
  });
});
