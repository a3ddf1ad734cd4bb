/**
 * The live count above the asset list: how many records match the filters, how
 * many of them are on the map, and which part of the list is shown.
 */

/** Records per page of the list. */
export const PAGE_SIZE = 20;

export interface MatchCounts {
  /** Records that match the filters. */
  matched: number;
  /** Records in all. */
  all: number;
  /** Matching records with a place on the map. */
  placed: number;
  /** Records in the list (the matches, or those in the map view). */
  listed: number;
  /** The list page shown, from 1. */
  page: number;
  pageSize: number;
  /** True when the list holds only the matches in the map view. */
  inView: boolean;
  /** The filters in words (see `describeFilters`); empty when none is set. */
  filterWords: readonly string[];
}

/** The list page (from 1) holding the item at `position` (from 0). */
export function pageHolding(position: number, pageSize: number): number {
  return Math.floor(position / pageSize) + 1;
}

/**
 * "3 of 120 records match (Status: vacant); 2 on the map. Listing 1–3 of 3."
 * `count` formats whole numbers for the page's locale.
 */
export function matchSummary(c: MatchCounts, count: (n: number) => string): string {
  const from = c.listed === 0 ? 0 : (c.page - 1) * c.pageSize + 1;
  const to = Math.min(c.listed, c.page * c.pageSize);
  const words = c.filterWords.length > 0 ? ` (${c.filterWords.join('; ')})` : '';
  const listing =
    c.listed === 0
      ? c.inView && c.matched > 0
        ? 'None of them is in the map view.'
        : 'Nothing to list.'
      : `Listing ${count(from)}–${count(to)} of ${count(c.listed)}${c.inView ? ' in the map view' : ''}.`;
  return `${count(c.matched)} of ${count(c.all)} records match${words}; ${count(c.placed)} on the map. ${listing}`;
}
