/**
 * Addresses for things whose slugs may fold alike (asset ids `A/1` and `A-1`, `Ab` and `ab` on a host
 * that ignores case, labels `Straße 1` and `strasse-1`): a slug no other thing's folds to is used as
 * it is, and so is one that is its own key (the id `a-1`); every other thing of a group that would
 * share one gets a fingerprint of its own key added (`a-1-3k9x0q`), so none overwrites another's
 * page and each keeps its address when other things come and go, whatever their order.
 */
import { fingerprint } from './fingerprint.ts';

/** One thing to address: `key` identifies it (an id, a raw value), `slug` is its folded form. */
export interface SlugItem {
  key: string;
  slug: string;
}

/** A distinct slug for each item, in order (see the module comment); items of one key share one. */
export function distinctSlugs(items: readonly SlugItem[]): string[] {
  const keysOf = new Map<string, Set<string>>();
  for (const { key, slug } of items) {
    const folded = slug.toLowerCase();
    const keys = keysOf.get(folded) ?? new Set<string>();
    keys.add(key.normalize('NFC'));
    keysOf.set(folded, keys);
  }
  const slugs = items.map(({ key, slug }) =>
    slug === key || (keysOf.get(slug.toLowerCase())?.size ?? 0) < 2
      ? slug
      : `${slug}-${fingerprint(key.normalize('NFC'))}`,
  );
  // A fingerprinted slug could still be spelled like another thing's own (an id "a-1-3k9x0q"):
  // a count keeps those few apart, in order.
  const owner = new Map<string, string>();
  return slugs.map((slug, i) => {
    const key = (items[i] as SlugItem).key.normalize('NFC');
    let out = slug;
    for (let n = 2; owner.has(out.toLowerCase()) && owner.get(out.toLowerCase()) !== key; n++) out = `${slug}-${n}`;
    owner.set(out.toLowerCase(), key);
    return out;
  });
}
