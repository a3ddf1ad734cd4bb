/**
 * Writes an assets dataset's files once every row is in: the columnar table
 * the map and lists read, the summary (Arquero: counts by area and status),
 * the full CSV and GeoJSON downloads, and the source rows for provenance.
 */
import * as aq from 'arquero';
import type { MultiPolygon, Polygon } from 'geojson';
import type { KindFields, ProcessorContext } from '../dataset-processor.ts';
import type { AssetsDatasetConfig } from '../../config/schema.ts';
import { givenForms } from '../../../lib/i18n/noun-forms.ts';
import {
  ASSET_FILES,
  type AssetArea,
  type AssetCategory,
  type AssetDateKey,
  type AssetsSummary,
  type AssetsTable,
  type AssetOutlines,
  type AssetSourceRows,
  type AssetTexts,
} from '../../../lib/assets-files.ts';
import { assetsCsv, assetsGeoJson } from '../../../lib/assets/export.ts';
import { assetSlugs } from '../../../lib/assets/slug-allocator.ts';
import type { Dictionary } from './asset-values.ts';

/** Everything the row loop gathers, one array entry per accepted row. */
export interface AccumulatedAssets {
  /** The dataset's categories; `status` holds indices into it. */
  categories: AssetCategory[];
  id: string[];
  uprn: string[];
  name: string[];
  address: string[];
  postcode: string[];
  lon: (number | null)[];
  lat: (number | null)[];
  status: number[];
  tenure: number[];
  holding: number[];
  owner: number[];
  area: number[];
  size: (number | null)[];
  unplaced: number[];
  /** Full text of an "outside the area" reason, by asset index. */
  unplacedDetail: Map<number, string>;
  /** Metres outside its area's boundary, for assets assigned to the nearest area. */
  snapped: Map<number, number>;
  dates: Partial<Record<AssetDateKey, (string | null)[]>>;
  /** The config's other dates (`dates`), in config order. */
  otherDates: { label: string; values: (string | null)[] }[];
  /** The config's free-text columns (`texts`), in config order; written to their own file. */
  texts: AssetTexts['columns'];
  /** Outline of assets given as shapes (GeoJSON polygons, WKT), WGS84, by asset index. */
  outlines: Map<number, Polygon | MultiPolygon>;
  source: [number, number, ...string[]][];
  generated: number[];
  swapped: number[];
  headers: { path: string; header: string[] }[];
  dict: { tenure: Dictionary; holding: Dictionary; owner: Dictionary; area: AssetArea[]; unplaced: string[] };
  hasUprn: boolean;
}

export function writeAssetsOutputs(
  acc: AccumulatedAssets,
  ctx: ProcessorContext<AssetsDatasetConfig>,
  dateKeys: readonly AssetDateKey[],
): KindFields {
  const { config, out } = ctx;
  const count = acc.id.length;
  const slugs: Record<string, string> = {};
  // Every asset's page address, decided once all ids are known (see assetSlugs).
  assetSlugs(acc.id).forEach((s, i) => {
    if (s !== acc.id[i]) slugs[String(i)] = s;
  });
  const table: AssetsTable = {
    dataset: config.id,
    layer: config.join.by === 'none' ? null : (config.join.layer ?? null),
    sizeUnit: config.sizeUnit,
    count,
    categories: acc.categories,
    dict: {
      tenure: acc.dict.tenure.labels,
      holding: acc.dict.holding.labels,
      owner: acc.dict.owner.labels,
      area: acc.dict.area,
      unplaced: acc.dict.unplaced,
    },
    id: acc.id,
    slugs,
    ...(acc.hasUprn ? { uprn: acc.uprn } : {}),
    name: acc.name,
    address: acc.address,
    postcode: acc.postcode,
    lon: acc.lon,
    lat: acc.lat,
    status: acc.status,
    ...pageCategoriesOf(config, acc.categories),
    tenure: acc.tenure,
    holding: acc.holding,
    owner: acc.owner,
    area: acc.area,
    size: acc.size,
    unplaced: acc.unplaced,
    dates: Object.fromEntries(dateKeys.map((k) => [k, acc.dates[k] ?? []])),
    ...unmappedOf(config),
    ...(acc.otherDates.length > 0 ? { otherDates: acc.otherDates } : {}),
    ...wordsOf(config.words),
  };
  const rows = Array.from({ length: count }, (_, index) => ({ table, index }));
  const texts: AssetTexts | undefined = acc.texts.length > 0 ? { columns: acc.texts } : undefined;
  const textsOf = (): AssetTexts | undefined => texts;
  const sourceRows: AssetSourceRows = {
    files: acc.headers.filter((h): h is { path: string; header: string[] } => h !== undefined),
    rows: acc.source,
    ...(acc.generated.length > 0 ? { generatedIds: acc.generated } : {}),
    ...(acc.swapped.length > 0 ? { swapped: acc.swapped } : {}),
    ...(acc.snapped.size > 0 ? { snapped: Object.fromEntries([...acc.snapped].map(([k, v]) => [String(k), v])) } : {}),
    ...(acc.unplacedDetail.size > 0
      ? { unplacedDetail: Object.fromEntries([...acc.unplacedDetail].map(([k, v]) => [String(k), v])) }
      : {}),
  };
  const summary = summarise(table);
  const files: Record<string, string> = {
    [ASSET_FILES.table]: out.json(ASSET_FILES.table, table),
    [ASSET_FILES.summary]: out.json(ASSET_FILES.summary, summary),
    [ASSET_FILES.csv]: out.text(ASSET_FILES.csv, 'csv', assetsCsv(rows, undefined, textsOf)),
    [ASSET_FILES.geojson]: out.text(ASSET_FILES.geojson, 'geojson', assetsGeoJson(rows, undefined, textsOf)),
    [ASSET_FILES.sourceRows]: out.json(ASSET_FILES.sourceRows, sourceRows),
  };
  if (texts !== undefined) files[ASSET_FILES.texts] = out.json(ASSET_FILES.texts, texts);
  if (acc.outlines.size > 0) {
    const outlines: AssetOutlines = Object.fromEntries([...acc.outlines].map(([k, v]) => [String(k), v]));
    files[ASSET_FILES.outlines] = out.json(ASSET_FILES.outlines, outlines);
  }
  const placed = acc.unplaced.filter((u) => u < 0).length;
  const fields: KindFields = {
    kind: 'assets',
    assetCount: count,
    placed,
    unplaced: count - placed,
    categories: acc.categories,
    files,
  };
  return fields;
}

/** Which categories' records get a page (`assetPages`); nothing when all do. */
function pageCategoriesOf(
  config: AssetsDatasetConfig,
  categories: readonly AssetCategory[],
): Pick<AssetsTable, 'pageCategories'> {
  const pages = config.assetPages;
  if (pages === 'all') return {};
  const ids = pages === 'none' ? [] : pages.categories;
  return { pageCategories: categories.flatMap((c, j) => (ids.includes(c.id) ? [j] : [])) };
}

/** The record fields the config leaves unmapped (their download columns are left out). */
function unmappedOf(config: AssetsDatasetConfig): Pick<AssetsTable, 'unmapped'> {
  const c = config.columns;
  const unmapped: NonNullable<AssetsTable['unmapped']> = [];
  if (c.name === undefined) unmapped.push('name');
  if (c.address === undefined) unmapped.push('address');
  if (c.postcode === undefined) unmapped.push('postcode');
  if (c.tenure === undefined) unmapped.push('tenure');
  if (c.holdingType === undefined) unmapped.push('holdingType');
  if (c.size === undefined) unmapped.push('size');
  if (c.owner === undefined && config.defaultOwner === undefined) unmapped.push('owner');
  if (c.area === undefined && config.join.by === 'none') unmapped.push('area');
  return unmapped.length > 0 ? { unmapped } : {};
}

/** The table's `words`, without unset entries; nothing when the config leaves every word at its default. */
function wordsOf(w: AssetsDatasetConfig['words']): Pick<AssetsTable, 'words'> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(w.labels)) if (v !== undefined) labels[k] = v;
  const forms = givenForms(w.forms);
  if (w.asset === undefined && w.assets === undefined && forms === undefined && Object.keys(labels).length === 0)
    return {};
  return {
    words: {
      ...(w.asset !== undefined ? { asset: w.asset } : {}),
      ...(w.assets !== undefined ? { assets: w.assets } : {}),
      ...(forms !== undefined ? { forms } : {}),
      labels,
    },
  };
}

/** Counts by status, by area × status and unplaced reasons, with Arquero. */
export function summarise(table: AssetsTable): AssetsSummary {
  const n = table.count;
  const statusCount = table.categories.length;
  const t = aq.table({ status: table.status, area: table.area, unplaced: table.unplaced });
  const byStatusRows = t.groupby('status').count().objects() as { status: number; count: number }[];
  const byStatus = table.categories.map((c, k) => ({
    status: c.id,
    count: byStatusRows.find((r) => r.status === k)?.count ?? 0,
  }));
  const cells = t.groupby('area', 'status').count().objects() as { area: number; status: number; count: number }[];
  const areaCounts = new Map<number, number[]>();
  for (const c of cells) {
    let counts = areaCounts.get(c.area);
    if (counts === undefined) {
      counts = new Array<number>(statusCount).fill(0);
      areaCounts.set(c.area, counts);
    }
    counts[c.status] = c.count;
  }
  const byArea = [...areaCounts]
    .filter(([a]) => a >= 0)
    .map(([a, counts]) => {
      const area = table.dict.area[a] as AssetArea;
      return { code: area.code, name: area.name, counts, total: counts.reduce((s, v) => s + v, 0) };
    })
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  const unplacedRows = t
    .filter((d: { unplaced: number }) => d.unplaced >= 0)
    .groupby('unplaced')
    .count()
    .objects() as { unplaced: number; count: number }[];
  const unplaced = unplacedRows
    .map((r) => ({ reason: table.dict.unplaced[r.unplaced] ?? '', count: r.count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  const placed = n - unplaced.reduce((s, r) => s + r.count, 0);
  return {
    total: n,
    placed,
    byStatus,
    byArea,
    noArea: areaCounts.get(-1) ?? new Array<number>(statusCount).fill(0),
    unplaced,
  };
}
