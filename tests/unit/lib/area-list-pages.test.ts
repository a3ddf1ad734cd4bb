import { describe, expect, it } from 'vitest';
import { areaListPages, letterOf, letterSlug } from '../../../src/lib/area-list-pages.ts';

const names = (n: number, initial: string) =>
  Array.from({ length: n }, (_, i) => `${initial}${String(i).padStart(3, '0')}`);

describe('area list pages', () => {
  it('keeps a list that fits on one page, A to Z', () => {
    const pages = areaListPages(['Cole', 'Abbey', 'Beck'], (s) => s, 3);
    expect(pages).toEqual([{ slug: '', letter: '', part: 1, parts: 1, items: ['Abbey', 'Beck', 'Cole'] }]);
  });

  it('splits a longer list into a page per letter, and a letter with more than fit into parts', () => {
    const items = [...names(5, 'B'), ...names(2, 'A'), '1st Ward', 'Écluse'];
    const pages = areaListPages(items, (s) => s, 3);
    expect(pages.map((p) => [p.slug, p.letter, p.part, p.parts, p.items.length])).toEqual([
      ['a', 'A', 1, 1, 2],
      ['b', 'B', 1, 2, 3],
      ['b/2', 'B', 2, 2, 2],
      ['e', 'E', 1, 1, 1],
      ['other', '#', 1, 1, 1],
    ]);
    // Every area is on exactly one page.
    expect(pages.flatMap((p) => p.items).sort()).toEqual([...items].sort());
    expect(Math.max(...pages.map((p) => p.items.length))).toBeLessThanOrEqual(3);
  });

  it('files names under A–Z with accents dropped, others under #', () => {
    expect([letterOf('Ärrö'), letterOf('zeta'), letterOf('42nd'), letterOf('Łódź')]).toEqual(['A', 'Z', '#', '#']);
    expect([letterSlug('#'), letterSlug('Q')]).toEqual(['other', 'q']);
  });
});
