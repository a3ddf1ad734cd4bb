/**
 * Config text used inside a sentence is lowered only where its language allows it: German
 * nouns keep their capitals ("der Ebene Stadtteile", not "stadtteile"), and a text shown as a
 * fallback in another language follows its own language's rule.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { datasetWarningMessage } from '../../../../src/lib/data-reason-message.ts';
import { datasetWarningText, type DatasetWarning } from '../../../../src/lib/data-reasons.ts';
import { availableWords } from '../../../../src/lib/assets/status-style.ts';
import { buildNomination } from '../../../../src/lib/assets/nomination.ts';
import { headingInSentence, inSentence } from '../../../../src/lib/indicators/in-sentence.ts';

const outside: DatasetWarning = {
  code: 'outsideCouncil',
  assets: 2,
  codes: ['A1'],
  layerLabel: 'Stadtteile',
  areas: [{ name: null, count: 2 }],
  more: 0,
  rows: [{ file: 'a.csv', line: 2, id: 'K1' }],
};

describe('config text inside a sentence', () => {
  it('keeps a German layer label capitalised in the data warning, on the page and in the report', () => {
    const de = translatorFor('de');
    const message = datasetWarningMessage(datasetWarningText(outside), outside, de);
    expect(message).toContain('Stadtteile');
    expect(message).not.toContain('stadtteile');
    expect(datasetWarningText(outside)).not.toContain('stadtteile');
  });

  it('keeps German category labels capitalised in the available words', () => {
    const words = availableWords(
      [
        { label: 'Leerstand', available: true },
        { label: 'Brachfläche', available: true },
      ],
      translatorFor('de'),
    );
    expect(words).toContain('Leerstand');
    expect(words).toContain('Brachfläche');
  });

  it('lowers a fallback by its own language, not the page’s', () => {
    expect(inSentence('Stadtteile', translatorFor('en-GB'), 'de')).toBe('Stadtteile');
    expect(inSentence('Wards', translatorFor('de'), 'en-GB')).toBe('wards');
    expect(headingInSentence('Gemeinschaftsrechte', translatorFor('de'))).toBe('Gemeinschaftsrechte');
    expect(headingInSentence('Community rights', translatorFor('en-GB'))).toBe('community rights');
  });

  it('keeps a German rights heading capitalised in the nomination draft', () => {
    const doc = buildNomination(
      {
        siteTitle: 'Atlas',
        council: 'Stadt',
        rightsHeading: 'Gemeinschaftsrechte',
        sections: [],
        asset: {
          label: 'Haus',
          reference: 'K1',
          uprn: '',
          address: '',
          postcode: '',
          area: '',
          status: '',
          tenure: '',
          holdingType: '',
          size: '',
          owner: '',
          lon: null,
          lat: null,
          dataset: 'Register',
          publisher: 'Stadt',
          provenance: 'a.csv, Zeile 2',
          pageUrl: 'https://example.org/',
          dates: [],
        },
      },
      translatorFor('de'),
    );
    expect(doc.intro.join(' ')).toContain('Gemeinschaftsrechte');
  });
});
