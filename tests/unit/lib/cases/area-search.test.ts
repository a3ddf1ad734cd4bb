import { describe, expect, it } from 'vitest';
import { matchAreas, pickerLabels, resolveArea, searchKey } from '../../../../src/lib/cases/area-search.ts';

const areas = [
  { code: 'C3', name: 'Castleford' },
  { code: 'A1', name: 'Adams' },
  { code: 'B2', name: 'Börton' },
  { code: 'A9', name: 'Adams' },
];

describe('area search', () => {
  it('folds case and accents', () => {
    expect(searchKey('  BÖRton ')).toBe('borton');
  });

  it('labels areas A to Z, giving a repeated name its code so each label is one area', () => {
    expect(pickerLabels(areas)).toEqual([
      { code: 'A1', label: 'Adams (A1)' },
      { code: 'A9', label: 'Adams (A9)' },
      { code: 'B2', label: 'Börton' },
      { code: 'C3', label: 'Castleford' },
    ]);
  });

  it('resolves a typed label, a unique name or a code, and nothing for an ambiguous or unknown name', () => {
    expect(resolveArea('borton', areas)).toBe('B2');
    expect(resolveArea('Adams (A9)', areas)).toBe('A9');
    expect(resolveArea('c3', areas)).toBe('C3');
    expect(resolveArea('Adams', areas)).toBeNull();
    expect(resolveArea('Nowhere', areas)).toBeNull();
    expect(resolveArea('  ', areas)).toBeNull();
  });

  it('lists names starting with the query first, then names containing it, capped with the full count', () => {
    const list = [
      { code: 'X1', name: 'Northford' },
      { code: 'X2', name: 'Fordham' },
      { code: 'X3', name: 'Ashford' },
      { code: 'X4', name: 'Bexley' },
    ];
    expect(matchAreas('ford', list, 10).matches.map((e) => e.name)).toEqual(['Fordham', 'Ashford', 'Northford']);
    expect(matchAreas('ford', list, 2)).toEqual({ matches: [list[1], list[2]], total: 3 });
    expect(matchAreas('x4', list, 10).matches).toEqual([list[3]]);
    expect(matchAreas('', list, 10)).toEqual({ matches: [], total: 0 });
  });
});
