/**
 * The user-facing configuration: one zod schema gives both the TypeScript types
 * and the friendly start-up errors (see `load-config.ts`). Loose on input where a
 * default is obvious, strict (no unknown keys) so that typos are caught.
 */
import { z } from 'zod';

const relPath = z.string().min(1, 'must be a file path relative to the config file');

/** Character encodings the reader understands; `auto` detects and warns. */
export const encodingSchema = z.enum(['auto', 'utf-8', 'windows-1252', 'macintosh', 'latin1']).default('auto');

/** Field delimiter; `auto` lets the reader detect it from the first lines. */
export const delimiterSchema = z.enum(['auto', ',', ';', '\t', '|']).default('auto');

/** How dates are written in the file. `auto` accepts ISO and dd/mm/yyyy. */
export const dateFormatSchema = z.enum(['auto', 'iso', 'dmy', 'mdy', 'yyyymmdd']).default('auto');

export const sourceSchema = z.strictObject({
  /** Who published the data, as it should be credited. */
  publisher: z.string().min(1),
  /** Page where the data was published. */
  url: z.url().optional(),
  /** Licence name, e.g. "Open Government Licence v3.0". */
  licence: z.string().min(1),
  licenceUrl: z.url().optional(),
  /** Attribution statement the licence requires, shown beside every chart. */
  attribution: z.string().optional(),
  /** When the publisher last updated the file (ISO date). */
  updated: z.iso.date().optional(),
  /** Free-text notes: known quirks, caveats. */
  notes: z.string().optional(),
});

const populationSchema = z.strictObject({
  file: relPath,
  encoding: encodingSchema,
  delimiter: delimiterSchema,
  /** Column holding the area code. */
  codeColumn: z.string().min(1),
  /** Column holding the population count. */
  populationColumn: z.string().min(1),
  /** Year the estimate refers to, shown in methodology notes. */
  year: z.number().int().optional(),
});

const vintageSchema = z.strictObject({
  /** Keep features valid in this year. */
  year: z.number().int(),
  /** Property holding the first year a feature is valid (absent: always was). */
  startProperty: z.string().default('start'),
  /** Property holding the last year a feature is valid, inclusive (absent: still is). */
  endProperty: z.string().default('end'),
});

export const areaLayerSchema = z.strictObject({
  /** Human name of the layer, e.g. "Wards" or "Local authorities". */
  label: z.string().min(1),
  /** GeoJSON (.geojson/.json) or TopoJSON (.topojson/.topo.json) in WGS84. */
  file: relPath,
  format: z.enum(['auto', 'geojson', 'topojson']).default('auto'),
  /** TopoJSON object name; required for TopoJSON with several objects. */
  layer: z.string().optional(),
  codeProperty: z.string().min(1),
  nameProperty: z.string().min(1),
  /** Optional property naming the parent area (e.g. region code) for comparisons. */
  parentProperty: z.string().optional(),
  vintage: vintageSchema.optional(),
  population: populationSchema.optional(),
  /** Renamed areas: code used in data -> code in the boundary file. */
  aliases: z.record(z.string(), z.string()).default({}),
  /** Credit for the boundaries, e.g. "Contains OS data © Crown copyright". */
  attribution: z.string().optional(),
});

/** Column types the validator knows. */
export const columnTypeSchema = z.enum(['string', 'integer', 'number', 'date', 'code']);

const columnSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** Header in the file (matched after trimming and case-folding). */
    column: z.string().min(1),
    required: z.boolean().default(true),
  }),
]);

const joinSchema = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('code'),
    /** Area layer id; omit to accept codes as they are (no boundaries). */
    layer: z.string().optional(),
  }),
  z.strictObject({
    by: z.literal('point'),
    layer: z.string(),
  }),
  z.strictObject({ by: z.literal('none') }),
]);

const coordinatesSchema = z.strictObject({
  /** CRS of the x/y columns: an EPSG code proj4 knows or is given below. */
  crs: z.string().default('EPSG:4326'),
  /** proj4 definition for a CRS proj4 does not know by name. */
  proj4: z.string().optional(),
  /** Swap x and y on rows where that puts the point inside `bounds` and the given order does not. */
  detectSwap: z.boolean().default(true),
  /**
   * Points outside these WGS84 bounds [west, south, east, north] are rejected.
   * Default: the extent of the join layer, padded by 0.1°; without a layer, the world.
   */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /**
   * With `join.by: point`: a point outside every area but within this many metres of one is
   * assigned to the nearest (and counted in a warning). Generalised boundaries clipped to the
   * coastline miss quays, docks and riverside sites by a few tens of metres. 0 (default) is off.
   */
  snapWithin: z.number().min(0).max(10_000).default(0),
});

const commonDatasetFields = {
  /** Stable id: used in URLs and file names. Lowercase letters, digits, hyphens. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
  title: z.string().min(1),
  description: z.string().default(''),
  /** One file, or several files of the same shape (glob patterns not supported: list them). */
  file: z.union([relPath, z.array(relPath).min(1)]),
  encoding: encodingSchema,
  delimiter: delimiterSchema,
  dateFormat: dateFormatSchema,
  source: sourceSchema,
  join: joinSchema,
  /** Fail the build when more than this share of rows is rejected (0–1). */
  maxRejectedShare: z.number().min(0).max(1).default(0.05),
  /** Decimal separator of numbers in the file; the other of "." and "," is a thousands separator. */
  decimalSeparator: z.enum(['.', ',']).default('.'),
  /** Values treated as missing, beyond the defaults ("", "..", "NaN", "-", "N/A"). */
  missingValues: z.array(z.string()).default([]),
};

const metricSchema = z.strictObject({
  label: z.string().min(1),
  /** Whether a rise is bad (cases) or good (vaccinations): colours the change arrow. */
  higherIs: z.enum(['bad', 'good', 'neutral']).default('bad'),
  description: z.string().optional(),
});

export const casesDatasetSchema = z.strictObject({
  ...commonDatasetFields,
  kind: z.literal('cases'),
  columns: z.strictObject({
    area: columnSchema,
    /** Area name in the file; used only when the area is not in a layer. */
    areaName: columnSchema.optional(),
    date: columnSchema,
    count: columnSchema,
    /** Column that splits rows into metrics (e.g. disease); omit for one metric. */
    metric: columnSchema.optional(),
    /** Population per row, used when the layer has no population file. */
    population: columnSchema.optional(),
  }),
  /** `cumulative` counts are differenced per area (sorted by date within area). */
  countType: z.enum(['daily', 'cumulative']).default('daily'),
  /** Metric value in the file -> label; unlisted values are used as they are. */
  metrics: z.record(z.string(), metricSchema).default({}),
  /** Label for the single metric when there is no metric column. */
  metricLabel: z.string().default('Cases'),
  /** The last N days are incomplete because of reporting lag: shaded on charts. */
  reportingLagDays: z.number().int().min(0).default(0),
  /** Counts below this are suppressed (shown as suppressed, never as zero). 0 disables. */
  suppressBelow: z.number().int().min(0).default(0),
  /** Fixed rate bands per 100,000 for maps (ascending upper bounds, last open-ended). */
  rateBands: z.array(z.number().nonnegative()).min(2).default([10, 50, 100, 200, 400, 800]),
  /** Reject a row when a count is negative (true) or keep it as a correction (false). */
  rejectNegative: z.boolean().default(true),
});

/** Status vocabulary for assets; sources map their own words onto these. */
export const assetStatusSchema = z.enum(['vacant', 'under-used', 'occupied', 'unknown']);

export const assetsDatasetSchema = z.strictObject({
  ...commonDatasetFields,
  kind: z.literal('assets'),
  /** Where the records' coordinates are; required for `join.by: point`. */
  coordinates: coordinatesSchema.optional(),
  columns: z.strictObject({
    /** The asset's reference, unique within the dataset (e.g. an asset code; or the UPRN when each asset has its own). */
    id: columnSchema.optional(),
    /**
     * Unique Property Reference Number, when the file has one beside its own asset reference.
     * Several assets may share a UPRN (a park and its pavilion); without `id` it is used as the id.
     */
    uprn: columnSchema.optional(),
    /** Several columns are joined with ", " (e.g. SAO, PAO, street). */
    name: z.union([columnSchema, z.array(columnSchema).min(1)]).optional(),
    address: z.union([columnSchema, z.array(columnSchema).min(1)]).optional(),
    postcode: columnSchema.optional(),
    x: columnSchema.optional(),
    y: columnSchema.optional(),
    tenure: columnSchema.optional(),
    holdingType: columnSchema.optional(),
    status: columnSchema.optional(),
    size: columnSchema.optional(),
    owner: columnSchema.optional(),
    area: columnSchema.optional(),
    listedDate: columnSchema.optional(),
    expiryDate: columnSchema.optional(),
    noticeDate: columnSchema.optional(),
    protectedUntil: columnSchema.optional(),
  }),
  /** Pad numeric ids and UPRNs with leading zeros to this width (extra leading zeros are dropped first). 0 leaves them. */
  idPadding: z.number().int().min(0).max(20).default(0),
  /** Prefix for ids that are generated when the id column is blank or absent. */
  idPrefix: z.string().default(''),
  /**
   * What to do with a row whose id repeats an earlier row's: `reject` it as a duplicate, or
   * `suffix` it (keep it as a separate asset with id `<id>-2`, `<id>-3`… in file order, and warn),
   * for sources whose references are known not to be unique (NLUD reuses some site references).
   */
  duplicateIds: z.enum(['reject', 'suffix']).default('reject'),
  /** Unit of the size column, e.g. "ha" or "m²". */
  sizeUnit: z.string().default('ha'),
  /** Source value (matched case-insensitively, trimmed) -> status. Unmatched: `defaultStatus`. */
  statusMap: z.record(z.string(), assetStatusSchema).default({}),
  defaultStatus: assetStatusSchema.default('unknown'),
  /**
   * Rules checked in order before `columns.status`: the first whose `column` holds one of
   * `values` (matched like `statusMap`) gives the status. For sources that say it in more than
   * one column, e.g. `{ column: "Holding Type", values: ["Buildings Declared Surplus"], status: "under-used" }`.
   */
  statusRules: z
    .array(
      z.strictObject({
        column: z.string().min(1),
        values: z.array(z.string()).min(1),
        status: assetStatusSchema,
      }),
    )
    .default([]),
  /** Owner to use when there is no owner column (e.g. the council itself). */
  defaultOwner: z.string().optional(),
});

export const indicatorDatasetSchema = z.strictObject({
  ...commonDatasetFields,
  kind: z.literal('indicator'),
  columns: z.strictObject({
    area: columnSchema,
    areaName: columnSchema.optional(),
    period: columnSchema,
    value: columnSchema,
    indicator: columnSchema.optional(),
  }),
  unit: z.string().default(''),
  higherIs: z.enum(['bad', 'good', 'neutral']).default('neutral'),
});

export const datasetSchema = z.discriminatedUnion('kind', [
  casesDatasetSchema,
  assetsDatasetSchema,
  indicatorDatasetSchema,
]);

/** Rights communities have over public assets: country-specific, so configured. */
const communityRightsSchema = z.strictObject({
  heading: z.string(),
  /** Paragraphs of plain text (never markup). */
  paragraphs: z.array(z.string()).default([]),
  links: z.array(z.strictObject({ label: z.string(), url: z.url() })).default([]),
  /** Headings of the nomination document a group fills in. */
  nominationSections: z.array(z.strictObject({ heading: z.string(), hint: z.string() })).default([]),
});

export const siteSchema = z.strictObject({
  title: z.string().min(1),
  council: z.string().min(1),
  /** BCP 47 locale for numbers, dates and the page language, e.g. "en-GB", "de-DE". */
  locale: z.string().default('en-GB'),
  /** Path the site is served under, e.g. "/" or "/atlas/". */
  basePath: z
    .string()
    .regex(/^\/(.*\/)?$/, 'start and end with "/"')
    .default('/'),
  /** True when the data is fictional: every page then says so. */
  demo: z.boolean().default(false),
  /** Optional raster tile URL template for a basemap; off by default (no third-party requests). */
  tiles: z.strictObject({ url: z.string(), attribution: z.string(), maxZoom: z.number().default(18) }).optional(),
  communityRights: communityRightsSchema.optional(),
});

export const configSchema = z.strictObject({
  site: siteSchema,
  areaLayers: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), areaLayerSchema).default({}),
  datasets: z.array(datasetSchema).min(1, 'add at least one dataset'),
});

export type AtlasConfigInput = z.input<typeof configSchema>;
export type AtlasConfig = z.output<typeof configSchema>;
export type SiteConfig = AtlasConfig['site'];
export type AreaLayerConfig = z.output<typeof areaLayerSchema>;
export type DatasetConfig = z.output<typeof datasetSchema>;
export type CasesDatasetConfig = z.output<typeof casesDatasetSchema>;
export type AssetsDatasetConfig = z.output<typeof assetsDatasetSchema>;
export type IndicatorDatasetConfig = z.output<typeof indicatorDatasetSchema>;
export type ColumnRef = z.output<typeof columnSchema>;
export type Encoding = z.output<typeof encodingSchema>;
export type AssetStatus = z.output<typeof assetStatusSchema>;
