import { describe, expect, it } from 'vitest';
import { distinctSlugs } from '../../../src/lib/distinct-slugs.ts';
import { slugify } from '../../../src/lib/slugify.ts';

const items = (keys: string[], language?: string) => keys.map((key) => ({ key, slug: slugify(key, { language }) }));

describe('distinctSlugs', () => {
  it('keeps a slug no other folds to as it is', () => {
    expect(distinctSlugs(items(['Cases', 'Deaths']))).toEqual(['cases', 'deaths']);
  });

  it('gives each of a group that folds alike a fingerprint of its key, one that is its own key keeping its slug', () => {
    const slugs = distinctSlugs(items(['Straße 1', 'strasse-1', 'Fälle', 'Falle', 'falle']));
    expect(new Set(slugs).size).toBe(5);
    expect(slugs[0]).toMatch(/^strasse-1-[0-9a-z]{6}$/);
    expect(slugs[1]).toBe('strasse-1');
    expect(slugs[2]).toMatch(/^falle-[0-9a-z]{6}$/);
    expect(slugs[3]).toMatch(/^falle-[0-9a-z]{6}$/);
    expect(slugs[4]).toBe('falle');
    // German folds "Fälle" to "faelle", apart from "Falle" ("trap").
    expect(distinctSlugs(items(['Fälle', 'Falle'], 'de'))).toEqual(['faelle', 'falle']);
  });

  it('gives the same slugs whatever the order, and one key one slug', () => {
    const keys = ['A/1', 'A-1', 'Ab', 'ab', 'Ab'];
    const forward = distinctSlugs(items(keys));
    expect(distinctSlugs(items([...keys].reverse())).reverse()).toEqual(forward);
    expect(forward[2]).toBe(forward[4]);
    expect(new Set(forward).size).toBe(4);
  });

  it('never gives two keys slugs that differ in case only', () => {
    const slugs = distinctSlugs([
      { key: 'X', slug: 'A1' },
      { key: 'Y', slug: 'a1' },
    ]);
    expect(slugs[0]?.toLowerCase()).not.toBe(slugs[1]?.toLowerCase());
  });
});
