/** The pure parts of the buildings and land map page: asset keys, the map view, filter counts and the live count. */
import { describe, expect, it } from 'vitest';
import { assetKey, buildEstate, findAssetByKey, withinBounds } from '../../../../src/lib/assets/estate.ts';
import {
  activeFilterCount,
  NO_FILTERS,
  parseSizeBound,
  type AssetFilters,
} from '../../../../src/lib/assets/filters.ts';
import { exportFileName, exportNameParts } from '../../../../src/lib/assets/export.ts';
import { matchSummary, pageHolding, type MatchCounts } from '../../../../src/lib/assets/match-summary.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { councilTable, registerTable } from './tables.ts';

const estate = buildEstate([
  { id: 'council', title: 'Council register', table: councilTable() },
  { id: 'register', title: 'Brownfield register', table: registerTable() },
]);
const f = (over: Partial<AssetFilters>): AssetFilters => ({ ...NO_FILTERS, ...over });

describe('asset keys in the URL', () => {
  it('round-trips dataset/slug, and finds nothing for an empty or unknown key', () => {
    expect(assetKey(estate, 2)).toBe('council/c-3');
    expect(findAssetByKey(estate, 'council/c-3')).toBe(2);
    expect(findAssetByKey(estate, assetKey(estate, 5))).toBe(5);
    expect(findAssetByKey(estate, '')).toBeNull();
    expect(findAssetByKey(estate, 'council/nope')).toBeNull();
    expect(findAssetByKey(estate, 'nope')).toBeNull();
  });
});

describe('the map view', () => {
  it('keeps the placed assets inside the bounds, in order, and never an unplaced one', () => {
    const all = Uint32Array.from([3, 0, 1, 2]);
    expect(Array.from(withinBounds(estate, all, [-1.505, 52.45, -1.48, 52.505]))).toEqual([3, 0]);
    expect(Array.from(withinBounds(estate, all, [-180, -90, 180, 90]))).toEqual([3, 0, 1]);
  });
});

describe('filter summary', () => {
  it('counts each chosen value, the size range once and the search', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount(f({ status: ['vacant', 'under-used'], sizeMin: 1, sizeMax: 2, q: 'hall' }))).toBe(4);
  });

  it.each([
    ['2.5', 2.5],
    ['2,5', 2.5],
    [' 0 ', 0],
    ['', null],
    ['  ', null],
    ['-1', null],
    ['lots', null],
  ])('reads the size bound %j as %j', (text, value) => {
    expect(parseSizeBound(text)).toBe(value);
  });

  it('names an export after the filters set', () => {
    const parts = exportNameParts(f({ status: ['vacant'], sizeMin: 1, q: 'old hall' }));
    expect(exportFileName('assets', parts, 'csv')).toBe('assets_status-vacant_size-1-max_search-old-hall.csv');
    expect(exportNameParts(NO_FILTERS).every((p) => p.values.length === 0)).toBe(true);
  });
});

describe('the live count', () => {
  const counts: MatchCounts = {
    matched: 45,
    all: 1200,
    placed: 40,
    listed: 45,
    page: 3,
    pageSize: 20,
    inView: false,
    filterWords: ['Status: vacant'],
  };
  const count = translatorFor('en-GB');

  it('says how many match, how many are on the map and which part of the list is shown', () => {
    expect(matchSummary(counts, count)).toBe(
      '45 of 1,200 records match (Status: vacant); 40 on the map. Listing 41–45 of 45.',
    );
    expect(matchSummary({ ...counts, listed: 12, page: 1, inView: true, filterWords: [] }, count)).toBe(
      '45 of 1,200 records match; 40 on the map. Listing 1–12 of 12 in the map view.',
    );
  });

  it('says why the list is empty', () => {
    expect(matchSummary({ ...counts, listed: 0, page: 1, inView: true }, count)).toContain(
      'None of them is in the map view.',
    );
    expect(matchSummary({ ...counts, matched: 0, placed: 0, listed: 0, page: 1 }, count)).toBe(
      '0 of 1,200 records match (Status: vacant); 0 on the map. Nothing to list.',
    );
  });

  it('finds the page holding a position in the list', () => {
    expect([0, 19, 20, 45].map((p) => pageHolding(p, 20))).toEqual([1, 1, 2, 3]);
  });
});
