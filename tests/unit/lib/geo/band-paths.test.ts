import { describe, expect, it } from 'vitest';
import { bandPaths, splitBandPath } from '../../../../src/lib/geo/band-paths.ts';
import { pathBoxCentre } from '../../../../src/lib/cases/map-neighbour.ts';

// Three areas, two fills; B has two rings (its second starts 10 right of its first, relative m).
const areas = [
  { code: 'A', d: 'M0,0l4,0 0,4z', fill: '#111' },
  { code: 'B', d: 'M10,0l4,0 0,4zm10,0l2,0 0,2z', fill: '#222' },
  { code: 'C', d: 'M0,10l4,0 0,4z', fill: '#111' },
  { code: 'D', d: '', fill: '#333' },
];

describe('band paths', () => {
  it('draws one path per fill, bands in order of their first area, areas in order within a band', () => {
    expect(bandPaths(areas)).toEqual([
      { fill: '#111', codes: ['A', 'C'], d: 'M0,0l4,0 0,4zM0,10l4,0 0,4z' },
      { fill: '#222', codes: ['B'], d: 'M10,0l4,0 0,4zm10,0l2,0 0,2z' },
    ]);
  });

  it('splits a band back into its areas, each with every ring it had', () => {
    const split = bandPaths(areas).flatMap((b) => splitBandPath(b.d, b.codes));
    expect(new Map(split)).toEqual(
      new Map([
        ['A', 'M0,0l4,0 0,4z'],
        ['C', 'M0,10l4,0 0,4z'],
        ['B', 'M10,0l4,0 0,4zm10,0l2,0 0,2z'],
      ]),
    );
    // The keyboard's centre of B spans both rings: x from 10 to 22.
    expect(pathBoxCentre(new Map(split).get('B') ?? '')).toEqual([16, 2]);
  });

  it('refuses a band whose outlines and codes differ in number', () => {
    expect(() => splitBandPath('M0,0l1,0 0,1zM5,5l1,0 0,1z', ['A'])).toThrow(/2 outlines for 1 area codes/);
  });
});
