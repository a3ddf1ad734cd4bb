import { describe, expect, it } from 'vitest';
import { SlugAllocator, assetSlug, isSafeSlug } from '../../../../src/lib/assets/slug-allocator.ts';

describe('asset slugs', () => {
  it('makes ids safe for URLs and lower case, keeping dots and underscores', () => {
    expect(assetSlug('10/00022/LAND')).toBe('10-00022-land');
    expect(assetSlug('Café Ñ 1')).toBe('cafe-n-1');
    expect(assetSlug('SWDP43.3_b')).toBe('swdp43.3_b');
    expect(assetSlug('///')).toBe('asset');
  });

  it('uses a safe id as it is, but not one ending in a dot or longer than 80 characters', () => {
    expect(isSafeSlug('swdp43-3')).toBe(true);
    expect(isSafeSlug('a1.')).toBe(false);
    expect(isSafeSlug('a'.repeat(81))).toBe(false);
  });

  it('hands out unique slugs in call order', () => {
    const a = new SlugAllocator();
    expect(['380500145', 'A1', 'a1', 'SWDP43/3', 'swdp43-3', 'a1-2'].map((id) => a.take(id))).toEqual([
      '380500145',
      'a1',
      'a1-2',
      'swdp43-3',
      'swdp43-3-2',
      'a1-2-2',
    ]);
  });
});
