import { describe, expect, it } from 'vitest';
import { findColumn, looseKey } from '../../../../src/pipeline/run/find-column.ts';

describe('findColumn', () => {
  it.each([
    ['Site Reference', ['site-reference'], 0],
    ['Site Reference', ['SITE_REFERENCE'], 0],
    ['Site Reference', ['SiteReference'], 0],
    ['site_ref', [' Site Ref '], 0],
  ])('matches %j to %j ignoring case, spaces, hyphens and underscores', (name, header, at) => {
    expect(findColumn([name], header).index).toBe(at);
  });

  it('tries alternatives in the order given', () => {
    const header = ['OwnershipStatus', 'Ownership'];
    expect(findColumn(['Ownership', 'OwnershipStatus'], header).index).toBe(1);
    expect(findColumn(['Tenure', 'OwnershipStatus'], header).index).toBe(0);
    expect(findColumn(['Tenure'], header).index).toBe(-1);
  });

  it('prefers a column matching by case and spaces over one matching only without hyphens', () => {
    expect(findColumn(['Geo-X'], ['GeoX', 'geo-x']).index).toBe(1);
  });

  it('lists every column a repeated name matches, and uses the first', () => {
    expect(findColumn(['Name'], ['Id', 'Name', 'Size', 'name '])).toEqual({ index: 1, matches: [1, 3] });
  });

  it('never matches an empty name', () => {
    expect(looseKey(' - _ ')).toBe('');
    expect(findColumn(['-'], ['', '_']).index).toBe(-1);
  });
});
