import { describe, expect, it } from 'vitest';
import { layoutFor, NARROW_BELOW, thinTicks } from '../../../src/lib/chart-layout.ts';

describe('layoutFor', () => {
  it.each([
    [288, { width: 288, narrow: true }],
    [358.6, { width: 358, narrow: true }],
    [NARROW_BELOW - 1, { width: 539, narrow: true }],
    [NARROW_BELOW, { width: 540, narrow: false }],
    [1120, { width: 960, narrow: false }],
    [0, { width: 280, narrow: true }],
  ])('draws a %s px container at %o', (px, layout) => {
    expect(layoutFor(px)).toEqual(layout);
  });
});

describe('thinTicks', () => {
  it('keeps every k-th value counted back from the last, so at most max remain', () => {
    expect(thinTicks(['a', 'b', 'c', 'd', 'e'], 2)).toEqual(['b', 'e']);
    expect(thinTicks(['a', 'b', 'c', 'd', 'e'], 3)).toEqual(['a', 'c', 'e']);
    expect(thinTicks(['a', 'b'], 5)).toEqual(['a', 'b']);
    expect(thinTicks([], 3)).toEqual([]);
  });
});
