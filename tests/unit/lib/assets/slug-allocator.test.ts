import { describe, expect, it } from 'vitest';
import { assetSlug, assetSlugs, isSafeSlug } from '../../../../src/lib/assets/slug-allocator.ts';

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

  it('gives ids that fold alike addresses of their own, a safe id keeping its own', () => {
    const ids = ['380500145', 'A1', 'a1', 'SWDP43/3', 'swdp43-3', 'a1-2', 'A/1', 'A-1', 'Straße 1', 'strasse-1'];
    const slugs = assetSlugs(ids);
    expect(new Set(slugs).size).toBe(ids.length);
    // Nor on a host that ignores case.
    expect(new Set(slugs.map((s) => s.toLowerCase())).size).toBe(ids.length);
    expect(slugs[0]).toBe('380500145');
    expect(slugs[2]).toBe('a1');
    expect(slugs[1]).toMatch(/^a1-[0-9a-z]{6}$/);
    expect(slugs[3]).toMatch(/^swdp43-3-[0-9a-z]{6}$/);
    expect(slugs[4]).toBe('swdp43-3');
    expect(slugs[5]).toBe('a1-2');
    expect(slugs[6]).toMatch(/^a-1-[0-9a-z]{6}$/);
    expect(slugs[7]).toMatch(/^a-1-[0-9a-z]{6}$/);
    expect(slugs[9]).toBe('strasse-1');
    expect(slugs[8]).toMatch(/^strasse-1-[0-9a-z]{6}$/);
    for (const s of slugs) expect(isSafeSlug(s)).toBe(true);
  });

  it('gives each id the same address whatever the order of the file and whatever else it holds', () => {
    const ids = ['A/1', 'A-1', 'Ab', 'ab', 'B 2'];
    const forward = assetSlugs(ids);
    const backward = assetSlugs([...ids].reverse()).reverse();
    expect(backward).toEqual(forward);
    expect(assetSlugs(['A/1', 'A-1'])).toEqual(forward.slice(0, 2));
    // An id no other folds like keeps its plain slug.
    expect(forward[4]).toBe('b-2');
    expect(assetSlugs(['A/1'])).toEqual(['a-1']);
  });
});
