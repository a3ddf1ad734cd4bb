/**
 * The lines above the printable shortlist's table: its heading (the count), the filters in words
 * and, for a long list, how many printed pages it makes. Said here once for both sides: the build
 * writes them for the address without filters (so the page's first paint already has the lines
 * the script would write, and the table below them does not move), the browser for the filters
 * in the address. Browser-safe.
 */
import type { Formatter } from '../format.ts';
import type { Translator } from '../i18n/translator.ts';
import { countText } from './record-noun.ts';

/** Roughly how many table rows fit on an A4 page in the print layout. */
export const ROWS_PER_PAGE = 22;

/** Lists longer than this get the note of how many pages they print on. */
export const LONG_LIST = 300;

export interface ShortlistSummary {
  /** The page's heading, with the count ("Shortlist: 9,319 records"). */
  heading: string;
  /** One line per filter set, or the one line saying there are none. */
  filters: string[];
  /** How many printed pages a long list makes; '' for a list of at most {@link LONG_LIST}. */
  long: string;
}

/**
 * The summary of `count` records matching the filters said by `words` (describeFilters; empty for
 * none). `noun` is the dataset's own noun for `count` records (ownNoun), undefined for the
 * interface's.
 */
export function shortlistSummary(
  count: number,
  words: readonly string[],
  noun: string | undefined,
  t: Pick<Translator, 't'>,
  fmt: Pick<Formatter, 'count'>,
): ShortlistSummary {
  return {
    heading: countText(t, noun, 'assets.shortlist.heading', 'assets.shortlist.headingOwn', { count }),
    filters: words.length > 0 ? [...words] : [t.t('assets.shortlist.noFilters')],
    long:
      count <= LONG_LIST
        ? ''
        : countText(t, noun, 'assets.shortlist.long', 'assets.shortlist.longOwn', {
            count: fmt.count(count),
            pages: fmt.count(Math.ceil(count / ROWS_PER_PAGE)),
          }),
  };
}
