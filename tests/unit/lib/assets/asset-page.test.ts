import { describe, expect, it } from 'vitest';
import { assetPath, hasAssetPage } from '../../../../src/lib/assets/asset-page.ts';
import { councilTable } from './tables.ts';

// councilTable's statuses: occupied, vacant, under-used, vacant (default categories 2, 0, 1, 0).
describe('asset pages', () => {
  it('gives every record a page when the dataset does not limit them', () => {
    const t = councilTable();
    expect([0, 1, 2, 3].map((i) => hasAssetPage(t, i))).toEqual([true, true, true, true]);
    expect(assetPath(t, 2)).toBe('land/council/c-3/');
  });

  it('gives pages only to the listed categories, and links the others to the map with the record selected', () => {
    const t = { ...councilTable(), pageCategories: [0] };
    expect([0, 1, 2, 3].map((i) => hasAssetPage(t, i))).toEqual([false, true, false, true]);
    expect(assetPath(t, 1)).toBe('land/council/010000000002/');
    expect(assetPath(t, 0)).toBe('land/?asset=council%2F010000000001');
    expect(assetPath(t, 2)).toBe('land/?asset=council%2Fc-3');
  });

  it('gives no record a page when no category is listed', () => {
    const t = { ...councilTable(), pageCategories: [] };
    expect([0, 1, 2, 3].some((i) => hasAssetPage(t, i))).toBe(false);
  });
});
