/**
 * Fixed-size pages of a long list, so a page's weight does not grow with the list (one area's list
 * of 34,000 assets was a 22.5 MB page). No node:* imports.
 */

/** Most assets an area's list of land and buildings shows on one page (about 270 KB of HTML). */
export const ASSETS_PER_PAGE = 400;

/** The pages of `items`, `perPage` each (the last may be shorter; an empty list is one empty page). */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  if (!(perPage >= 1)) throw new Error(`pagesOf: perPage must be at least 1, not ${perPage}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages.length === 0 ? [[]] : pages;
}

/** URL segment of page `n` (1-based) under a list's address: '' for the first, 'n' after. */
export function pageSegment(n: number): string | undefined {
  return n <= 1 ? undefined : String(n);
}
