/** A sentence with a link in it is translated whole and split around the link, in each language's word order. */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { messageParts } from '../../../../src/lib/i18n/message-parts.ts';

describe('messageParts', () => {
  it('keeps the slot where the language puts it', () => {
    expect(messageParts(translatorFor('en-GB'), 'assets.land.downloadsSources', {}, ['link'])).toEqual([
      'Each source’s page under ',
      { slot: 'link' },
      ' says where it comes from and which rows were left out, and why.',
    ]);
    expect(messageParts(translatorFor('de'), 'assets.land.rights', {}, ['link'])).toEqual([
      { slot: 'link' },
      ': was Vereine und Initiativen tun können.',
    ]);
  });

  it('fills the other placeholders and places several slots in order', () => {
    const parts = messageParts(translatorFor('nl'), 'assets.source.from', { publisher: 'Gemeente <X>' }, [
      'dataset',
      'licence',
    ]);
    expect(parts).toEqual([
      'Uit ',
      { slot: 'dataset' },
      ', gepubliceerd door Gemeente <X> onder ',
      { slot: 'licence' },
      '.',
    ]);
  });
});
