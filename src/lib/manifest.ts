/**
 * Shapes of the JSON the pipeline writes and the pages read. This file is the
 * contract between `src/pipeline/` (writer) and `src/pages/` + `src/client/`
 * (readers); it has no node:* imports so both sides can use it.
 *
 * Conventions for every written file:
 * - dates are ISO `YYYY-MM-DD` strings, days are UTC calendar days;
 * - numbers are rounded to fixed precision (counts integers, rates 1 decimal,
 *   percentages 1 decimal, coordinates 5 decimals);
 * - a missing value is `null`; a suppressed small count is `SUPPRESSED`;
 * - daily series are columnar: a start date plus one array entry per day.
 */
import type { DatasetKind } from './dataset-kinds.ts';
import type { HigherIs } from './higher-is.ts';
import type { IndicatorEntry } from './indicator-files.ts';
import type { ConfigTranslations } from './i18n/config-text.ts';
import type { AssetCategory } from './assets-files.ts';
import type { NounForms } from './i18n/noun-forms.ts';
import type { DatasetWarning, RowReason } from './data-reasons.ts';

export type { DatasetKind };

/**
 * Marker for a value hidden by small-number suppression (never shown as zero). A
 * string, so that no real figure (a change of -1, a correction) can be mistaken for it.
 */
export const SUPPRESSED = 's';

/** A count or rate as written: a number, `SUPPRESSED`, or `null` for no data. */
export type Figure = number | null | typeof SUPPRESSED;

/** True when a figure is a published number (not suppressed, not missing). */
export function isPublished(value: Figure): value is number {
  return typeof value === 'number';
}

export interface SourceInfo {
  publisher: string;
  url?: string;
  licence: string;
  licenceUrl?: string;
  attribution?: string;
  updated?: string;
  notes?: string;
}

/** One rejected input row. `line` is 1-based and counts the header line. */
export interface Rejection {
  file: string;
  line: number;
  /** Column header as written in the file; empty when the whole row is at fault. */
  column: string;
  /** Why, in English (as the rejected-rows file and the console give it). */
  reason: string;
  /** Why, as a stable code with parameters, for a page to say in its language; absent in older outputs and for reasons without a code. */
  reasonCoded?: RowReason;
  /** The offending raw value, truncated to 200 characters. */
  value: string;
  /** The row's area code, area name and date as written, where the dataset has such columns and the row has them. */
  code?: string;
  name?: string;
  date?: string;
}

/** The fields that say which place and day a row is about, as written in the file (blank: absent). */
export interface RowIdentity {
  code?: string;
  name?: string;
  date?: string;
}

export interface FileReport {
  /** Path relative to the config file's folder. */
  path: string;
  /** `features` for a GeoJSON or TopoJSON file (one row per feature); absent for CSV. */
  format?: 'features';
  encoding: string;
  /** True when the encoding was detected rather than declared. */
  encodingDetected: boolean;
  delimiter: string;
  /** Data rows read from this file (header and blank lines excluded). */
  rows: number;
  blankLines: number;
  /** A wide file's period columns, as its header writes them (each row has a cell in each); absent for a long file. */
  periodColumns?: string[];
  /** A file wide by area's area columns (a cases file with one column per area), as its header writes them; absent otherwise. */
  areaColumns?: string[];
  /** A wide file's cells counted (rows × period or area columns); absent for a long file. */
  cells?: number;
}

/**
 * Row accounting for one dataset: `rowsIn === accepted + rejected + (leftOut ?? 0)`, always. With `unit: "cells"` (a wide
 * file, one column per period) every figure counts cells, not rows: `rowsIn` is the cells read.
 */
export interface QualityReport {
  /** `cells` when the dataset's files are wide and counted cell by cell; absent when rows are counted. */
  unit?: 'cells';
  files: FileReport[];
  /** Rows read, or cells with `unit: "cells"`. */
  rowsIn: number;
  accepted: number;
  rejected: number;
  /**
   * Rows (or cells) left out by the config's `rows.where` or `rows.except`: neither accepted nor
   * rejected, so `rowsIn === accepted + rejected + leftOut`. Absent when the config filters no rows.
   */
  leftOut?: number;
  /**
   * The rows left out by the condition (the first that left each out) and the value the row held,
   * largest first; at most 50, so with more values their sum is short of `leftOut`.
   */
  leftOutBy?: { key: 'where' | 'except'; column: string; value: string; count: number }[];
  /**
   * Accepted rows (or cells) the dataset's `unplacedValues` place in no area: part of `accepted`, counted
   * in whole-dataset figures but in no area. Absent when the config lists no such values.
   */
  notPlaced?: number;
  /** The rows of `notPlaced` by the value that placed them in no area, largest first. */
  notPlacedBy?: { value: string; count: number }[];
  /** Rejection counts per reason, largest first, ties by reason. */
  rejectedByReason: { reason: string; count: number; reasonCoded?: RowReason }[];
  /**
   * Codes that matched no area (after aliases), with the rows rejected for each, largest first, and the name
   * the file gives (`columns.areaName`); with `unit: "cells"` also the cells those rows held.
   */
  unknownCodes: { code: string; name?: string; rows: number; cells?: number }[];
  /**
   * What the unknown codes look like and which layer or boundaries would join them,
   * one sentence per kind of code (see `unknownCodeHints`); empty when every code matched.
   */
  unknownCodeHints: string[];
  /** Each of `unknownCodeHints` as a code with parameters, in the same order (null: a hint without a code); absent in older outputs. */
  unknownCodeHintsCoded?: (DatasetWarning | null)[];
  /** Rows that repeat an earlier row's key (counted, and rejected). */
  duplicates: number;
  /** Things a person should know that did not reject rows (detected encoding, swapped X/Y). */
  warnings: string[];
  /** Each of `warnings` as a code with parameters, in the same order (null: a warning without a code); absent in older outputs. */
  warningsCoded?: (DatasetWarning | null)[];
  /** The first rejections, for the dataset page; the full list is in `files.rejections`. */
  sampleRejections: Rejection[];
}

export interface SiteInfo {
  title: string;
  council: string;
  /** `site.shortName`: the name under the installed app's icon; absent when not configured. */
  shortName?: string;
  locale: string;
  /**
   * The languages of a site built in several (`site.languages`), the default first; absent on a
   * one-language site. `locale` is then the default language, and each page reads its own.
   */
  languages?: string[];
  /**
   * The config's translations of its texts, by default-language text (see
   * src/lib/i18n/config-text.ts); absent when no text is given per language.
   */
  translations?: ConfigTranslations;
  basePath: string;
  demo: boolean;
  /** Origin the site is published on (`site.url`), e.g. `https://data.example.gov.uk`; absent when not configured. */
  url?: string;
  tiles?: { url: string; attribution: string; maxZoom: number };
  communityRights?: {
    heading: string;
    paragraphs: string[];
    links: { label: string; url: string }[];
    nominationSections: { heading: string; hint: string }[];
  };
}

export interface LayerEntry {
  id: string;
  label: string;
  /** The layer's noun in each plural form, by language (`forms`), for sentences that count its areas. */
  forms?: NounForms;
  areaCount: number;
  attribution?: string;
  /** WGS84 bounding box [west, south, east, north]. */
  bbox: [number, number, number, number];
  /**
   * The maps' first view [west, south, east, north]: the configured `mapBounds`, else the
   * areas' extent; east is above 180 when the view crosses the antimeridian.
   */
  view: [number, number, number, number];
  /** True when `view` is the configured `mapBounds` (datasets then keep it). */
  viewConfigured: boolean;
  files: {
    /** `AreaList` */
    areas: string;
    /** GeoJSON FeatureCollection, simplified, properties `{ code }` only. */
    boundaries: string;
    /**
     * Each area's geometry by code, simplified at the area's own scale (asset pages' small maps);
     * written only on sites with land and buildings.
     */
    outlines?: string;
    /**
     * Boundaries cut into Web Mercator tiles per zoom level, for layers of more than 5,000 areas
     * (src/pipeline/geo/boundary-tiles.ts): a map view fetches the tiles it shows from the level
     * of the highest `zoom` at or below its own; below the first level's zoom it fetches
     * `boundaryOverview` instead.
     */
    boundaryTiles?: BoundaryTileLevelEntry[];
    /**
     * With `boundaryTiles`: the whole layer for views below the first tile level, neighbouring
     * areas merged into groups (src/pipeline/geo/boundary-overview.ts), properties
     * `{ code: "x/y", areas }`; at most 50 KB brotli.
     */
    boundaryOverview?: string;
  };
}

/** One zoom level of a layer's tiled boundaries. */
export interface BoundaryTileLevelEntry {
  /** Zoom of the tiles (2^zoom across the world, 512 pixels each). */
  zoom: number;
  /**
   * `Record<"x/y" of a parent tile at shardZoom, path>`: the parts of the level's index, each a
   * `Record<"x/y", path>` of the tiles (GeoJSON, properties `{ code }`) under that parent.
   */
  index: string;
  /** Zoom of the parent tiles the index is split by (`zoom` - 3). */
  shardZoom: number;
}

/** Areas of one layer, sorted by code. */
export interface AreaList {
  layer: string;
  areas: { code: string; name: string; parent: string | null; population: number | null }[];
}

export interface DatasetEntryBase {
  id: string;
  title: string;
  description: string;
  kind: DatasetKind;
  source: SourceInfo;
  /** Area layer the rows joined to, if any. */
  layer: string | null;
  quality: QualityReport;
  /**
   * Logical file name -> path relative to the data root (content-hashed).
   * Always has `rejections` (CSV of every rejected row).
   */
  files: Record<string, string>;
  /** Id of the dataset this one was derived from (a roll-up of its areas into a parent layer); its rows are that dataset's. */
  derivedFrom?: string;
  /**
   * A roll-up (`derivedFrom`): the pages phrase its description, and its title unless the config
   * gives one (`configuredTitle`), in their own language from the source dataset's and the two
   * layers' labels ("Cases by counties"; src/lib/cases/roll-up-words.ts). `title` (unless
   * configured) and `description` are then the source dataset's own, never English words.
   */
  rollUp?: { configuredTitle: boolean };
}

export interface MetricEntry {
  key: string;
  label: string;
  higherIs: HigherIs;
  description?: string;
  /** Logical file name of this metric's `CasesSummary` in `files`. */
  summaryFile: string;
}

export interface CasesDatasetEntry extends DatasetEntryBase {
  kind: 'cases';
  /** First view of this dataset's maps: the extent of the areas with data (or the layer's configured `mapBounds`). */
  view?: [number, number, number, number];
  metrics: MetricEntry[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface AssetsDatasetEntry extends DatasetEntryBase {
  kind: 'assets';
  assetCount: number;
  placed: number;
  unplaced: number;
  /** The dataset's categories, in display order (its table's `status` codes index them). */
  categories: AssetCategory[];
}

export interface IndicatorDatasetEntry extends DatasetEntryBase {
  kind: 'indicator';
  unit: string;
  higherIs: HigherIs;
  indicators: string[];
  periods: string[];
  /** One entry per indicator, with the file its pages read. */
  series: IndicatorEntry[];
  /** The configured benchmark rule: `all`, `parent` or an area code. */
  benchmark: string;
  /** True when the file gives confidence limits. */
  hasLimits: boolean;
}

export type DatasetEntry = CasesDatasetEntry | AssetsDatasetEntry | IndicatorDatasetEntry;

export interface Manifest {
  schemaVersion: 1;
  site: SiteInfo;
  layers: LayerEntry[];
  datasets: DatasetEntry[];
}
