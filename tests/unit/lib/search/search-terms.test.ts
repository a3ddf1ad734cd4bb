import { describe, expect, it } from 'vitest';
import { joinedTerm, searchTerms } from '../../../../src/lib/search/search-terms.ts';

describe('searchTerms', () => {
  it.each([
    ['Land at rear of 12 High Street', ['land', 'at', 'rear', 'of', '12', 'high', 'street']],
    ['Llanfair-ym-Muallt', ['llanfair', 'ym', 'muallt']],
    ['Ysbyty Ŵyl', ['ysbyty', 'wyl']],
    ['Köln · Düsseldorf', ['koln', 'dusseldorf']],
    ['Ærøskøbing', ['ærøskøbing']],
    ['BN1 2AB', ['bn1', '2ab']],
    ['東京都 23区', ['東京都', '23区']],
    ['  ---  ', []],
  ])('cuts %j into %j', (text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });
});

describe('joinedTerm', () => {
  it('joins a code written in parts, so it is found typed without spaces or dots', () => {
    expect(joinedTerm('BN1 2AB')).toBe('bn12ab');
    expect(joinedTerm('SWDP43.3')).toBe('swdp433');
  });

  it('is empty for a code of one part (its word is already indexed)', () => {
    expect(joinedTerm('E05000001')).toBe('');
    expect(joinedTerm('')).toBe('');
  });
});
