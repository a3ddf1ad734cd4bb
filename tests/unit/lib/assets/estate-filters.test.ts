import { describe, expect, it } from 'vitest';
import { buildEstate, findAsset, hasSizes, labelOf, slugOf, assetAt } from '../../../../src/lib/assets/estate.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import {
  applyFilters,
  describeFilters,
  isUnfiltered,
  NO_FILTERS,
  NONE,
  type AssetFilters,
} from '../../../../src/lib/assets/filters.ts';
import { councilTable, registerTable } from './tables.ts';

const estate = () =>
  buildEstate([
    { id: 'council', title: 'Council register', table: councilTable() },
    { id: 'register', title: 'Brownfield register', table: registerTable() },
  ]);
const f = (over: Partial<AssetFilters>): AssetFilters => ({ ...NO_FILTERS, ...over });

describe('estate', () => {
  it('merges dictionaries across sources ignoring case and spacing, sorted, and converts sizes to hectares', () => {
    const e = estate();
    expect(e.count).toBe(6);
    expect(e.dict.tenure).toEqual(['Freehold', 'Leasehold']);
    expect(Array.from(e.tenure)).toEqual([0, 0, 1, -1, 0, 0]);
    expect(e.dict.area).toEqual([
      { code: 'W1', name: 'Castle Ward' },
      { code: 'W2', name: 'North Ward' },
    ]);
    expect(Array.from(e.area)).toEqual([0, 1, -1, 0, 0, 0]);
    expect(e.sizeUnit).toBe('ha');
    expect(Array.from(e.size)).toEqual([0.5, 1.25, NaN, 3, 2, 0.05]);
  });

  it('says whether any record has a size, so a register without sizes gets no size filter', () => {
    expect(hasSizes(estate())).toBe(true);
    // A list of community facilities (the City of Cambridge's) maps no size column.
    const table = { ...registerTable(), size: registerTable().size.map(() => null) };
    expect(hasSizes(buildEstate([{ id: 'register', title: 'Register', table }]))).toBe(false);
  });

  it('finds assets by dataset and slug, and names them', () => {
    const e = estate();
    expect(findAsset(e, 'council', 'c-3')).toBe(2);
    expect(findAsset(e, 'register', 'r2')).toBe(5);
    expect(findAsset(e, 'register', 'nope')).toBe(-1);
    const { table, index } = assetAt(e, 3);
    expect(labelOf(table, index)).toBe('4 Low Rd');
    expect(slugOf(table, index)).toBe('010000000004');
  });
});

describe('filters', () => {
  it('matches everything with no filters, with counts per value', () => {
    const e = estate();
    const r = applyFilters(e, NO_FILTERS);
    expect(Array.from(r.matches)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.placed).toBe(5);
    // Slot 0 is "not stated"; status order vacant, under-used, occupied, unknown.
    expect(Array.from(r.counts.status)).toEqual([0, 3, 1, 1, 1]);
    expect(Array.from(r.counts.tenure)).toEqual([1, 4, 1]);
    expect(isUnfiltered(NO_FILTERS)).toBe(true);
  });

  it('counts each facet under the other filters only (live counts)', () => {
    const e = estate();
    const r = applyFilters(e, f({ status: ['vacant'], area: ['W1'] }));
    expect(Array.from(r.matches)).toEqual([3, 4]);
    // Status counts ignore the status filter but keep the area filter: W1 has 3, 4, 5 (vacant, vacant, unknown) and 0 (occupied).
    expect(Array.from(r.counts.status)).toEqual([0, 2, 0, 1, 1]);
    // Area counts keep the status filter: vacant assets are 1 (W2), 3 (W1), 4 (W1).
    expect(Array.from(r.counts.area)).toEqual([0, 2, 1]);
  });

  it('filters by category labels ignoring case, "not stated", source, size range and words', () => {
    const e = estate();
    expect(Array.from(applyFilters(e, f({ tenure: ['FREEHOLD'] })).matches)).toEqual([0, 1, 4, 5]);
    expect(Array.from(applyFilters(e, f({ tenure: [NONE] })).matches)).toEqual([3]);
    expect(Array.from(applyFilters(e, f({ source: ['register'] })).matches)).toEqual([4, 5]);
    expect(Array.from(applyFilters(e, f({ sizeMin: 1, sizeMax: 2 })).matches)).toEqual([1, 4]);
    expect(Array.from(applyFilters(e, f({ q: 'mill lane' })).matches)).toEqual([2, 5]);
    expect(Array.from(applyFilters(e, f({ q: 'LIBRARY' })).matches)).toEqual([1]);
    expect(Array.from(applyFilters(e, f({ holding: ['parks, gardens and open space'] })).matches)).toEqual([1, 3]);
  });

  it('describes the filters in words', () => {
    const e = estate();
    const words = describeFilters(
      e,
      f({ status: ['vacant', 'under-used'], area: ['W1'], tenure: [NONE], sizeMin: 1, q: ' hall ' }),
      {
        status: 'Status',
        source: 'Source',
        area: 'Area',
        tenure: 'Tenure',
        holding: 'Holding type',
        owner: 'Owner',
        size: 'Size (ha)',
        q: 'Search',
      },
      translatorFor('en-GB'),
    );
    expect(words).toEqual([
      'Status: Vacant, Under-used',
      'Area: Castle Ward',
      'Tenure: not stated',
      'Size (ha): at least 1',
      'Search: “hall”',
    ]);
  });
});

describe('list order', () => {
  it('orders by status then name, by name, or by size with unknown sizes last', async () => {
    const { listRanks, inOrder } = await import('../../../../src/lib/assets/list-order.ts');
    const e = estate();
    const all = Uint32Array.from({ length: e.count }, (_, k) => k);
    // Labels: Town Hall, <b>Old Library</b>, Depot, 4 Low Rd, Yard, Garage…; statuses 2, 0, 1, 0, 0, 3.
    // Symbols sort before digits and digits before letters, as in every browser's collation.
    expect(Array.from(inOrder(all, listRanks(e, 'status')))).toEqual([1, 3, 4, 2, 0, 5]);
    expect(Array.from(inOrder(all, listRanks(e, 'name')))).toEqual([1, 3, 2, 5, 0, 4]);
    expect(Array.from(inOrder(all, listRanks(e, 'size')))).toEqual([3, 4, 1, 0, 5, 2]);
  });
});
