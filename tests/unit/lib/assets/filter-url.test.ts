import { describe, expect, it } from 'vitest';
import { filtersOf, landSearch, readLandState, stateOf } from '../../../../src/lib/assets/filter-url.ts';
import { NO_FILTERS } from '../../../../src/lib/assets/filters.ts';

describe('land URL state', () => {
  it('round-trips filters, the selected asset and the page, leaving defaults out', () => {
    const filters = {
      ...NO_FILTERS,
      status: ['vacant' as const, 'under-used' as const],
      holding: ['Parks, Gardens and open space', 'Car Parks'],
      area: ['E08000012'],
      sizeMin: 0.5,
      q: 'old mill',
    };
    const search = landSearch(stateOf(filters, { asset: 'nlud/380500145', page: 3 }));
    expect(search).toBe(
      '?area=E08000012&asset=nlud%2F380500145&holding=Parks%2C+Gardens+and+open+space%7CCar+Parks&min=0.5&page=3&q=old+mill&status=vacant%2Cunder-used',
    );
    const back = readLandState(search);
    expect(filtersOf(back)).toEqual(filters);
    expect(back.asset).toBe('nlud/380500145');
    expect(back.page).toBe(3);
    expect(landSearch(stateOf(NO_FILTERS, { asset: '', page: 1 }))).toBe('');
  });

  it('ignores invalid values in hand-edited links and keeps foreign parameters', () => {
    const s = readLandState('?status=vacant,Bo%20gus&min=-3&max=abc&asset=../etc&page=0&source=Bad_Id,ok-id');
    expect(s.status).toEqual(['vacant']);
    expect(s.min).toBeNull();
    expect(s.max).toBeNull();
    expect(s.asset).toBe('');
    expect(s.page).toBe(1);
    expect(s.source).toEqual(['ok-id']);
    expect(landSearch({ q: 'x' }, '?lang=cy')).toBe('?lang=cy&q=x');
  });
});
