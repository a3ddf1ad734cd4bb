/**
 * The catalogue keys the search scripts use, for the pages to hand them (`scriptMessages`): the
 * header box's on every page, the search page's on that page only.
 */
import type { MessageKey, Messages } from '../i18n/catalogue.ts';
import type { SearchEntry } from './search-index-files.ts';

/** The words shown beside a result for its kind. */
export const KIND_KEYS = {
  area: 'search.kind.area',
  indicator: 'search.kind.indicator',
  disease: 'search.kind.disease',
  dataset: 'search.kind.dataset',
  asset: 'search.kind.asset',
} as const satisfies Record<SearchEntry['kind'], MessageKey>;

/** What the header's search box says. */
export const SITE_SEARCH_KEYS = [
  ...Object.values(KIND_KEYS),
  'search.client.short',
  'search.client.none',
  'search.client.choose',
  'search.client.partial',
  'search.client.more',
  'search.client.moreAll',
  'search.client.count',
  'search.client.unavailable',
] as const satisfies readonly MessageKey[];

/** What the search page's script says. */
export const SEARCH_PAGE_KEYS = [
  ...Object.values(KIND_KEYS),
  'search.client.short',
  'search.page.prompt',
  'search.page.searching',
  'search.page.none',
  'search.page.partial',
  'search.page.more',
  'search.page.count',
  'search.page.unavailable',
] as const satisfies readonly MessageKey[];

/** The messages a search script was given. */
export type SearchMessages = Pick<Messages, (typeof SITE_SEARCH_KEYS)[number] | (typeof SEARCH_PAGE_KEYS)[number]>;
