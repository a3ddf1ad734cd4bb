/**
 * A roll-up's partial sum named in the page's language: the data gives the area's own name and
 * the count, and every catalogue says it as a phrase of its language around the child layer's noun.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { partialName, partialNames } from '../../../../src/lib/cases/partial-name.ts';

describe('partialName', () => {
  const part = { counted: 3, of: 4 };
  it('says how many of its areas are in the sum, in each language, with the layer’s noun', () => {
    expect(partialName('Northshire', part, 'wards', translatorFor('en-GB'))).toBe('Northshire (3 of 4 wards)');
    expect(partialName('Gogledd', part, 'wardiau', translatorFor('cy'))).toBe('Gogledd (3 o’r 4 wardiau)');
    expect(partialName('Noord', part, 'wijken', translatorFor('nl'))).toBe('Noord (3 van de 4 wijken)');
    expect(partialName('Nord', part, 'sogne', translatorFor('da'))).toBe('Nord (3 af 4 sogne)');
    // German takes the genitive plural, which is the nominative plural a layer's label gives.
    expect(partialName('Nordkreis', part, 'Bezirke', translatorFor('de'))).toBe('Nordkreis (3 der 4 Bezirke)');
  });

  it('formats the numbers for the language and leaves a whole sum’s name as it is', () => {
    expect(partialName('Nordkreis', { counted: 1200, of: 1500 }, 'Bezirke', translatorFor('de'))).toBe(
      'Nordkreis (1.200 der 1.500 Bezirke)',
    );
    expect(partialName('Northshire', null, 'wards', translatorFor('en-GB'))).toBe('Northshire');
    expect(partialName('Northshire', undefined, 'wards', translatorFor('en-GB'))).toBe('Northshire');
  });

  it('names every area of a summary, only the partial ones changed', () => {
    const t = translatorFor('en-GB');
    expect(partialNames(['A', 'B', 'C'], [null, { counted: 1, of: 2 }, null], 'districts', t)).toEqual([
      'A',
      'B (1 of 2 districts)',
      'C',
    ]);
    expect(partialNames(['A', 'B'], undefined, 'districts', t)).toEqual(['A', 'B']);
  });
});
