import { describe, expect, it } from 'vitest';
import { buildEstate, categoryAt, fieldWord } from '../../../../src/lib/assets/estate.ts';
import { applyFilters, describeFilters, knownCategories, NO_FILTERS } from '../../../../src/lib/assets/filters.ts';
import { availableWords, DEFAULT_STYLES, SHAPE_PATHS } from '../../../../src/lib/assets/status-style.ts';
import { MARKER_SHAPES, type AssetsTable } from '../../../../src/lib/assets-files.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { councilTable, registerTable } from './tables.ts';

const en = translatorFor('en-GB');

/** The register table as a brownfield register: its own three categories, status codes into them. */
function brownfieldTable(): AssetsTable {
  return {
    ...registerTable(),
    dataset: 'brownfield',
    categories: [
      { id: 'permissioned', label: 'Permissioned', colour: '#0b5cad', shape: 'hexagon', available: false },
      { id: 'not-permissioned', label: 'Not permissioned', colour: '#b3261e', shape: 'star', available: true },
      { id: 'pending-decision', label: 'Pending decision', colour: '#8a4b00', shape: 'pentagon', available: false },
    ],
    status: [2, 1],
  };
}

const labels = {
  status: 'Status',
  source: 'Source',
  area: 'Area',
  tenure: 'Tenure',
  holding: 'Holding type',
  owner: 'Owner',
  size: 'Size',
  q: 'Search',
};

describe('categories across the estate', () => {
  const estate = () =>
    buildEstate([
      { id: 'council', title: 'Council register', table: councilTable() },
      { id: 'brownfield', title: 'Brownfield register', table: brownfieldTable() },
    ]);

  it("merges each source's categories by id, in source order, and recodes every asset's status", () => {
    const e = estate();
    expect(e.categories.map((c) => c.id)).toEqual([
      'vacant',
      'under-used',
      'occupied',
      'unknown',
      'permissioned',
      'not-permissioned',
      'pending-decision',
    ]);
    // council: occupied, vacant, under-used, vacant; brownfield: pending decision, not permissioned.
    expect(Array.from(e.status)).toEqual([2, 0, 1, 0, 6, 5]);
    expect(categoryAt(e, 4)).toMatchObject({
      label: 'Pending decision',
      shape: 'pentagon',
      path: SHAPE_PATHS.pentagon,
    });
  });

  it('filters, counts and describes by the declared ids, and drops ids the estate does not have', () => {
    const e = estate();
    const f = { ...NO_FILTERS, status: ['not-permissioned', 'vacant'] };
    expect(Array.from(applyFilters(e, f).matches)).toEqual([1, 3, 5]);
    // Slot 0 is "not stated", then one slot per category.
    expect(Array.from(applyFilters(e, NO_FILTERS).counts.status)).toEqual([0, 2, 1, 1, 0, 0, 1, 1]);
    expect(describeFilters(e, f, labels, en)).toEqual(['Status: Not permissioned, Vacant']);
    expect(knownCategories(e, { ...NO_FILTERS, status: ['vacant', 'derelict'] }).status).toEqual(['vacant']);
  });

  it('keeps the first source’s style when two sources share an id', () => {
    const other: AssetsTable = {
      ...brownfieldTable(),
      dataset: 'other',
      categories: [{ id: 'vacant', label: 'Empty', colour: '#000000', shape: 'cross', available: false }],
      status: [0, 0],
    };
    const e = buildEstate([
      { id: 'council', title: 'Council', table: councilTable() },
      { id: 'other', title: 'Other', table: other },
    ]);
    expect(e.categories).toHaveLength(4);
    expect(categoryAt(e, 4)).toMatchObject({ id: 'vacant', label: 'Vacant', shape: 'triangle' });
  });
});

describe('category styles', () => {
  it('has a path for every marker shape, each different', () => {
    expect(Object.keys(SHAPE_PATHS).sort()).toEqual([...MARKER_SHAPES].sort());
    expect(new Set(Object.values(SHAPE_PATHS)).size).toBe(MARKER_SHAPES.length);
  });

  it('says which categories count as available for community use', () => {
    expect(availableWords(DEFAULT_STYLES, en)).toBe('vacant or under-used');
    expect(availableWords(brownfieldTable().categories, en)).toBe('not permissioned');
    expect(availableWords([], en)).toBe('');
    expect(
      availableWords(
        [
          { label: 'A', available: true },
          { label: 'B', available: true },
          { label: 'C', available: true },
        ],
        en,
      ),
    ).toBe('a, b or c');
  });
});

describe('the estate’s word for a field', () => {
  it("is the sources' own word when they all give the same one, else the standard one", () => {
    const planning = (t: AssetsTable): AssetsTable => ({ ...t, words: { labels: { status: 'Planning status' } } });
    const one = buildEstate([{ id: 'b', title: 'B', table: planning(brownfieldTable()) }]);
    expect(fieldWord(one, 'status', 'Status')).toBe('Planning status');
    const two = buildEstate([
      { id: 'c', title: 'C', table: councilTable() },
      { id: 'b', title: 'B', table: planning(brownfieldTable()) },
    ]);
    expect(fieldWord(two, 'status', 'Status')).toBe('Status');
  });
});
