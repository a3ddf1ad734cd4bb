import { describe, expect, it } from 'vitest';
import { levelForZoom, parentTile, tilesInView } from '../../../../src/lib/geo/tile-view.ts';

describe('tile view', () => {
  it('draws from the highest tile level at or below the view zoom, and from the overview below the first', () => {
    expect(levelForZoom([9, 11], 8.99)).toBeNull();
    expect(levelForZoom([9, 11], 9)).toBe(9);
    expect(levelForZoom([9, 11], 10.7)).toBe(9);
    expect(levelForZoom([9, 11], 11)).toBe(11);
    expect(levelForZoom([9, 11], 16)).toBe(11);
    expect(levelForZoom([], 12)).toBeNull();
  });

  it('lists the tiles a view touches, row by row, within the world', () => {
    // At zoom 1 the world is 2 x 2 tiles split at 0° longitude and the equator.
    expect(tilesInView([-10, 5, 10, 20], 1)).toEqual(['0/0', '1/0']);
    expect(tilesInView([-10, -5, 10, 20], 1)).toEqual(['0/0', '1/0', '0/1', '1/1']);
    expect(tilesInView([-200, -90, 200, 90], 0)).toEqual(['0/0']);
    // A 1280 x 900 view at zoom 9 (512-pixel tiles) touches at most 4 x 3 tiles.
    const degrees = 1280 * (360 / (512 * 2 ** 9));
    expect(tilesInView([0.1, 45, 0.1 + degrees, 45 + degrees * 0.6], 9).length).toBeLessThanOrEqual(12);
  });
});

describe('tile index parts', () => {
  it('finds the part of the index a tile is listed in', () => {
    expect(parentTile('17/9', 11, 8)).toBe('2/1');
    expect(parentTile('7/7', 11, 8)).toBe('0/0');
    expect(parentTile('5/3', 4, 4)).toBe('5/3');
  });
});
