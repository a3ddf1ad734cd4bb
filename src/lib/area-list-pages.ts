/**
 * Splits an A-to-Z list of areas into pages whose size does not grow with the number of areas: one
 * page when they all fit, else a page per initial letter (and several per letter when one letter
 * has more than fit). No node:* imports.
 */

/** Most areas listed on one page (a list of 3,142 US counties on one page was 600 KB). */
export const AREAS_PER_PAGE = 400;

/** One page of the list. */
export interface AreaListPage<T> {
  /** Path under the list, '' for the first (or only) page, e.g. 'b' or 'b/2'. */
  slug: string;
  /** The initial letter of its areas ('#' for names not starting with A–Z); '' on a single page. */
  letter: string;
  /** 1-based part of the letter, and how many parts it has. */
  part: number;
  parts: number;
  items: T[];
}

/** The initial an A-to-Z list files a name under: A–Z (accents dropped), else '#'. */
export function letterOf(name: string): string {
  const c = name.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

/** URL segment of a letter: 'a'…'z', 'other' for '#'. */
export function letterSlug(letter: string): string {
  return letter === '#' ? 'other' : letter.toLowerCase();
}

/**
 * The pages of `items` (sorted A to Z by `nameOf` here): `[{ slug: '' , items }]` when at most
 * `perPage`, else one page per letter and part; the first page then lists the letters only.
 */
export function areaListPages<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  perPage = AREAS_PER_PAGE,
): AreaListPage<T>[] {
  const sorted = [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en'));
  if (sorted.length <= perPage) return [{ slug: '', letter: '', part: 1, parts: 1, items: sorted }];
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const l = letterOf(nameOf(item));
    let g = groups.get(l);
    if (!g) groups.set(l, (g = []));
    g.push(item);
  }
  const pages: AreaListPage<T>[] = [];
  for (const [letter, list] of [...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))) {
    const parts = Math.ceil(list.length / perPage);
    for (let part = 1; part <= parts; part++) {
      const slug = part === 1 ? letterSlug(letter) : `${letterSlug(letter)}/${part}`;
      pages.push({ slug, letter, part, parts, items: list.slice((part - 1) * perPage, part * perPage) });
    }
  }
  return pages;
}
