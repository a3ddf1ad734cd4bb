/**
 * Shapes of the files an assets dataset writes (land and buildings), read by
 * the `land/` pages at build time and by the map page in the browser. No
 * node:* imports: both sides use it.
 *
 * The main file (`assets`) is columnar and dictionary-coded so ten thousand
 * assets stay small on a phone: array index `i` in every column is asset `i`,
 * categories are small integers into the dictionaries, `-1` means none.
 */
import type { PluralCategory } from './i18n/catalogue.ts';
import type { MultiPolygon, Polygon } from 'geojson';

/** Shapes a category's marker may take; each category of a site has its own, so no marker differs by colour alone. */
export const MARKER_SHAPES = [
  'triangle',
  'diamond',
  'square',
  'circle',
  'triangle-down',
  'pentagon',
  'hexagon',
  'star',
  'cross',
] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/**
 * One category of a dataset's records (an occupancy or planning status): the
 * `status` column stores the index into the table's `categories`.
 */
export interface AssetCategory {
  /** Lowercase letters, digits and hyphens; used in filter URLs and downloads. */
  id: string;
  /** Words for people, sentence case. */
  label: string;
  /** Fill colour, `#rrggbb`: at least 4.5:1 against the white page and 3:1 against the map background. */
  colour: string;
  shape: MarkerShape;
  /** Whether a record in this category counts as available for community use (counted on the land pages). */
  available: boolean;
  /**
   * The language of `label` when it is not the page's (a config label not translated into it, shown
   * in the default language); set for the pages of a site of several languages only.
   */
  lang?: string;
}

/** The categories of a dataset that declares none: occupancy of public land and buildings. */
export const DEFAULT_ASSET_CATEGORIES: readonly AssetCategory[] = [
  { id: 'vacant', label: 'Vacant', colour: '#b3261e', shape: 'triangle', available: true },
  { id: 'under-used', label: 'Under-used', colour: '#8a4b00', shape: 'diamond', available: true },
  { id: 'occupied', label: 'Occupied', colour: '#0b5cad', shape: 'square', available: false },
  { id: 'unknown', label: 'Status unknown', colour: '#4a4f57', shape: 'circle', available: false },
];

/** Community-value dates an assets dataset may carry (ISO days or null). */
export const ASSET_DATE_KEYS = ['listedDate', 'expiryDate', 'noticeDate', 'protectedUntil'] as const;
export type AssetDateKey = (typeof ASSET_DATE_KEYS)[number];

/** An area an asset is in: the layer's code and name. */
export interface AssetArea {
  code: string;
  name: string;
}

/** The `assets` file: every accepted row of one dataset, in file order. */
export interface AssetsTable {
  dataset: string;
  /** Area layer the areas come from, or null (no join, or codes without a layer). */
  layer: string | null;
  sizeUnit: string;
  count: number;
  /** Dictionaries the integer columns index into. */
  /** The dataset's categories, in display order (`DEFAULT_ASSET_CATEGORIES` when its config declares none). */
  categories: AssetCategory[];
  dict: {
    tenure: string[];
    holding: string[];
    owner: string[];
    area: AssetArea[];
    /** Why assets could not be placed on the map. */
    unplaced: string[];
  };
  id: string[];
  /**
   * URL segment of assets whose id is not already one (lower-case letters,
   * digits, `.`, `_`, `-`), by asset index; every other asset's slug is its id.
   */
  slugs: Record<string, string>;
  /** UPRN ('' when none). Omitted when the dataset has no UPRN column. */
  uprn?: string[];
  name: string[];
  address: string[];
  postcode: string[];
  /** WGS84, 5 decimals; null when the asset is not placed on the map. */
  lon: (number | null)[];
  lat: (number | null)[];
  /** Index into `categories`. */
  status: number[];
  /**
   * Indices into `categories` of the categories whose records have a page of their own
   * (`assetPages` in the config); omitted when every record has one.
   */
  pageCategories?: number[];
  tenure: number[];
  holding: number[];
  owner: number[];
  area: number[];
  size: (number | null)[];
  /** Index into `dict.unplaced`; -1 when placed. */
  unplaced: number[];
  /** Community-value dates, present only for the date columns the dataset maps. */
  dates: Partial<Record<AssetDateKey, (string | null)[]>>;
  /** The dataset's own words (`words` in the config): its record nouns and field names. Omitted when default. */
  words?: {
    asset?: string;
    assets?: string;
    /** The record noun in each plural form (`Intl.PluralRules` category → noun), by language tag (`words.forms`). */
    forms?: Record<string, Partial<Record<PluralCategory, string>> & { other: string }>;
    labels: Partial<Record<string, string>>;
  };
  /**
   * Record fields the dataset's config does not map (no column, no join area): downloads
   * leave their columns out. Omitted when it maps them all.
   */
  unmapped?: ('name' | 'address' | 'postcode' | 'tenure' | 'holdingType' | 'size' | 'owner' | 'area')[];
  /** Other dates the config maps (`dates`), each with its label; ISO days or null by asset. Omitted when none. */
  otherDates?: { label: string; values: (string | null)[] }[];
}

/**
 * One assets dataset as a page hands it to its script: where its table is, and its title and
 * categories in the page's language (from the manifest of that language; the table file is shared
 * by every language, so its own category labels are the default language's).
 */
export interface AssetsSourceRef {
  id: string;
  title: string;
  /** URL of the dataset's `assets` table. */
  url: string;
  categories: AssetCategory[];
  /** The dataset's `words` in the page's language (the table file's are the default language's). */
  words?: AssetsTable['words'];
  /**
   * Where the dataset's `texts` file is, and its labels in the page's language (`lang` on one shown
   * in another language than the page's); omitted when the dataset has no free-text columns.
   */
  texts?: { url: string; labels: { text: string; lang?: string }[] };
}

/** The `source-rows` file: each asset's row as written in the source, for provenance. */
export interface AssetSourceRows {
  /** Source files (paths relative to the config) and their headers as written. */
  files: { path: string; header: string[] }[];
  /** By asset index: `[file index, line, ...fields]`. `line` is 1-based, the header is line 1. */
  rows: [number, number, ...string[]][];
  /** True when the id was generated (the row had no reference). By asset index; omitted when none. */
  generatedIds?: number[];
  /** Asset indices whose source X/Y were read the other way round. */
  swapped?: number[];
  /** Metres outside the boundary of the area it was assigned to (nearest area, `coordinates.snapWithin`), by asset index. */
  snapped?: Record<string, number>;
  /** The full reason an asset is not on the map where it says more than the short reason, by asset index. */
  unplacedDetail?: Record<string, string>;
}

/**
 * The `texts` file, written only when the config names free-text columns (`texts`): each column's
 * label (in the default language) and its text by asset index, null where the cell is empty.
 * Kept out of the `assets` table, which the land map fetches: the asset pages read it at build
 * time, the shortlist and the exports fetch it when they need it.
 */
export interface AssetTexts {
  columns: { label: string; values: (string | null)[] }[];
}

/**
 * The `outlines` file, written only when some assets are shapes (GeoJSON polygons or a WKT
 * column): each such asset's outline in WGS84 (5 decimals), by asset index, for its page's map.
 * The asset itself is placed at a point inside the shape.
 */
export type AssetOutlines = Record<string, Polygon | MultiPolygon>;

/** The `summary` file: counts for the estate at a glance (computed with Arquero). */
export interface AssetsSummary {
  total: number;
  placed: number;
  /** Assets by category id, in the table's `categories` order. */
  byStatus: { status: string; count: number }[];
  /** Assets by area and category, areas sorted by name; `counts` in `categories` order. */
  byArea: { code: string; name: string; counts: number[]; total: number }[];
  /** Assets with no area, by status (same order). */
  noArea: number[];
  /** Unplaced assets by reason, largest first. */
  unplaced: { reason: string; count: number }[];
}

/** Logical file names an assets dataset's manifest entry has in `files`. */
export const ASSET_FILES = {
  table: 'assets',
  csv: 'assets-csv',
  geojson: 'assets-geojson',
  sourceRows: 'source-rows',
  summary: 'summary',
  outlines: 'outlines',
  texts: 'texts',
} as const;
