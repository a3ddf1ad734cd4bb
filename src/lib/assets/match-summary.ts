/**
 * The live count above the asset list: how many records match the filters, how
 * many of them are on the map, and which part of the list is shown.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';
import type { AssetsTable } from '../assets-files.ts';
import { countText, ownNoun } from './record-noun.ts';

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

/** The catalogue keys `matchSummary` uses, for a page to hand its script. */
export const MATCH_SUMMARY_KEYS: readonly MessageKey[] = [
  'assets.count.match',
  'assets.count.records',
  'assets.count.matchFiltered',
  'assets.count.matchOwn',
  'assets.count.matchFilteredOwn',
  'assets.count.listing',
  'assets.count.listingInView',
  'assets.count.noneInView',
  'assets.count.nothing',
];

/**
 * "3 of 120 records match (Status: vacant); 2 on the map. Listing 1–3 of 3.", with the dataset's
 * own noun for its records ("3 of 120 properties") when `words` (see `onlyWords`) name them.
 */
export function matchSummary(
  c: MatchCounts,
  t: Pick<Translator, 't' | 'number' | 'locale'>,
  words?: AssetsTable['words'],
): string {
  const from = c.listed === 0 ? 0 : (c.page - 1) * c.pageSize + 1;
  const to = Math.min(c.listed, c.page * c.pageSize);
  const n = (v: number): string => t.number(v);
  const listing =
    c.listed === 0
      ? t.t(c.inView && c.matched > 0 ? 'assets.count.noneInView' : 'assets.count.nothing')
      : t.t(c.inView ? 'assets.count.listingInView' : 'assets.count.listing', {
          from: n(from),
          to: n(to),
          listed: n(c.listed),
        });
  // {matched} stays a number: the message agrees with it ("1 of 3 records matches"); the records
  // agree with their own number, so the interface's are a message of their own ("1 record").
  const noun = ownNoun(words, c.all, t);
  const all = noun === undefined ? t.t('assets.count.records', { count: c.all }) : n(c.all);
  const counts = { matched: c.matched, all, placed: n(c.placed), listing };
  return c.filterWords.length > 0
    ? countText(t, noun, 'assets.count.matchFiltered', 'assets.count.matchFilteredOwn', {
        ...counts,
        filters: c.filterWords.join('; '),
      })
    : countText(t, noun, 'assets.count.match', 'assets.count.matchOwn', counts);
}
