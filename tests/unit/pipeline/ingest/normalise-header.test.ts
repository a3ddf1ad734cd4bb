import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../../src/pipeline/ingest/normalise-header.ts';

describe('normaliseHeader', () => {
  it('trims, collapses whitespace, lower-cases and strips a BOM', () => {
    expect(normaliseHeader(['\uFEFFSite Reference', 'LA Reference  ', ' Start\t  Date ', 'GeoX'])).toEqual([
      'site reference',
      'la reference',
      'start date',
      'geox',
    ]);
  });

  it('names empty headers by 1-based position', () => {
    expect(normaliseHeader(['LA', '', ' ', 'x'])).toEqual(['la', 'column 2', 'column 3', 'x']);
  });

  it('suffixes duplicates in order, never producing a name twice', () => {
    expect(normaliseHeader(['Date', 'date ', 'DATE', 'a (2)', 'a', 'a'])).toEqual([
      'date',
      'date (2)',
      'date (3)',
      'a (2)',
      'a',
      'a (3)',
    ]);
    expect(normaliseHeader(['column 2', ''])).toEqual(['column 2', 'column 2 (2)']);
  });
});
