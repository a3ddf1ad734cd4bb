/**
 * The catalogue keys each land page's script uses: the page hands exactly these to its
 * script (see `scriptMessages` in src/site/i18n.ts), so it ships no other text.
 */
import { MAP_CONTROL_KEYS } from '../map-control-labels.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { DESCRIBE_FILTERS_KEYS } from './filters.ts';
import { MATCH_SUMMARY_KEYS } from './match-summary.ts';
import { NOMINATION_KEYS } from './nomination.ts';
import { DEFAULT_CATEGORY_KEYS } from './status-style.ts';
import { UNPLACED_REASON_KEYS } from './unplaced-reason.ts';

/** Field names the facets, the selected summary and the shortlist use. */
const FIELD_KEYS: readonly MessageKey[] = [
  'assets.field.status',
  'assets.field.source',
  'assets.field.area',
  'assets.field.tenure',
  'assets.field.holdingType',
  'assets.field.owner',
  'assets.field.address',
  'assets.field.size',
  'assets.field.sizeIn',
  'assets.field.reference',
  'assets.field.search',
];

/** Every estate the browser loads labels its default categories and unnamed assets. */
const ESTATE_KEYS: readonly MessageKey[] = [...DEFAULT_CATEGORY_KEYS, 'assets.unnamed', ...FIELD_KEYS];

/** The land page's finder (src/client/assets/land-page.ts and the modules it drives). */
export const LAND_PAGE_KEYS: readonly MessageKey[] = [
  ...ESTATE_KEYS,
  ...MATCH_SUMMARY_KEYS,
  ...DESCRIBE_FILTERS_KEYS,
  ...UNPLACED_REASON_KEYS,
  'assets.finder.filters',
  'assets.finder.filtersSet',
  'assets.finder.sizeUnit',
  'assets.finder.sizeEachUnit',
  'assets.finder.loadFailed',
  'assets.finder.exportFailed',
  'assets.finder.saved',
  'assets.finder.savedOwn',
  'assets.finder.noPlaces',
  'assets.finder.noWebGl',
  'assets.finder.loadingMap',
  'assets.filter.notStatedOption',
  'assets.filter.chosen',
  'assets.results.showOnMap',
  'assets.results.notOnMap',
  'assets.results.page',
  'assets.results.previous',
  'assets.results.next',
  'assets.selected.open',
  'assets.selected.clear',
  ...MAP_CONTROL_KEYS,
];

/** The printable shortlist (src/client/assets/shortlist-page.ts). */
export const SHORTLIST_KEYS: readonly MessageKey[] = [
  ...ESTATE_KEYS,
  ...DESCRIBE_FILTERS_KEYS,
  'assets.shortlist.heading',
  'assets.shortlist.headingOwn',
  'assets.shortlist.noFilters',
  'assets.shortlist.long',
  'assets.shortlist.longOwn',
  'assets.shortlist.printedFrom',
  'assets.shortlist.caption',
  'assets.shortlist.captionFiltered',
  'assets.shortlist.captionOwn',
  'assets.shortlist.captionFilteredOwn',
  'assets.shortlist.nameAddress',
  'assets.shortlist.tenureHolding',
  'assets.shortlist.loadFailed',
  'assets.shortlist.partial',
  'assets.shortlist.showAll',
  'assets.table.sourceReference',
];

/** An asset page's actions: print and the nomination draft (src/client/assets/asset-actions.ts). */
export const ASSET_ACTION_KEYS: readonly MessageKey[] = [
  ...NOMINATION_KEYS,
  'assets.action.saved',
  'assets.action.savedOpen',
  'assets.action.opened',
];
