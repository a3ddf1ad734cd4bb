import { describe, expect, it } from 'vitest';
import { packEntry, unpackEntry, type SearchEntry } from '../../../../src/lib/search/search-index-files.ts';

const area: SearchEntry = {
  kind: 'area',
  label: 'Madla',
  detail: 'Bydeler · B1',
  path: 'areas/bydeler/B1/',
  keywords: 'b1',
};

describe('packEntry and unpackEntry', () => {
  it('packs an entry in the page’s language as five fields, as before', () => {
    expect(packEntry(area)).toEqual([0, 'Madla', 'Bydeler · B1', 'areas/bydeler/B1/', 'b1']);
    expect(unpackEntry(packEntry(area))).toEqual(area);
  });

  it('keeps the languages of the label and of the detail’s parts', () => {
    const marked: SearchEntry = {
      ...area,
      labelLang: 'nb-NO',
      detailParts: [{ text: 'Bydeler', lang: 'nb-NO' }, { text: ' · ' }, { text: 'B1' }],
    };
    expect(unpackEntry(packEntry(marked))).toEqual(marked);
    // A detail with a marked part under a label in the page's language.
    const { labelLang: _, ...detailOnly } = marked;
    expect(packEntry(detailOnly)[5]).toBe('');
    expect(unpackEntry(packEntry(detailOnly))).toEqual(detailOnly);
    // A label marked, its detail not.
    const { detailParts: __, ...labelOnly } = marked;
    expect(packEntry(labelOnly)).toHaveLength(6);
    expect(unpackEntry(packEntry(labelOnly))).toEqual(labelOnly);
  });
});
