/**
 * Build-time data for the buildings and land pages, loaded once per build and
 * shared by every page (about 9,300 asset pages for a national dataset): the
 * estate, per-dataset source rows and summaries, area outlines (one SVG path
 * per area, reused by every asset page in it), populations, figures from the
 * other datasets on the same area layer, and a spatial index for "nearby".
 */
import Flatbush from 'flatbush';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { dataUrl, loadManifest, readData } from '../manifest.ts';
import type {
  AreaList,
  AssetsDatasetEntry,
  CasesDatasetEntry,
  IndicatorDatasetEntry,
  LayerEntry,
  Figure,
} from '../../lib/manifest.ts';
import type { CasesSummary } from '../../lib/cases-files.ts';
import type { IndicatorValues } from '../../lib/indicator-files.ts';
import {
  ASSET_FILES,
  type AssetOutlines,
  type AssetsSummary,
  type AssetsTable,
  type AssetSourceRows,
  type AssetsSourceRef,
  type AssetTexts,
  type AssetCategory,
} from '../../lib/assets-files.ts';
import { buildEstate, type Estate } from '../../lib/assets/estate.ts';
import { localDefaults } from '../../lib/assets/status-style.ts';
import { configTextLanguage, inPageLanguage, siteTranslator } from '../i18n.ts';
import { miniMapFrame, type MiniMapFrame } from '../../lib/assets/mini-map.ts';
import { assetSlug } from '../../lib/assets/slug-allocator.ts';
import { fingerprint } from '../../lib/fingerprint.ts';

export interface LandData {
  datasets: AssetsDatasetEntry[];
  estate: Estate;
  summaries: AssetsSummary[];
}

const lands = new Map<string, LandData>();

/**
 * Every assets dataset, merged (cached for the build, once per interface language). The
 * categories are the manifest's, which is in the language of the page being built (the table
 * file is shared by every language); the default ones are labelled from the catalogue.
 */
export function landData(): LandData {
  const t = siteTranslator();
  const cached = lands.get(t.locale);
  if (cached) return cached;
  const datasets = loadManifest().datasets.filter((d): d is AssetsDatasetEntry => d.kind === 'assets');
  const estate = buildEstate(
    datasets.map((d) => {
      const table = readData<AssetsTable>(d.files[ASSET_FILES.table] ?? '');
      return { id: d.id, title: d.title, table: { ...table, categories: pageCategories(d), ...pageWords(table) } };
    }),
  );
  const summaries = datasets.map((d) => readData<AssetsSummary>(d.files[ASSET_FILES.summary] ?? ''));
  const land = { datasets, estate, summaries };
  lands.set(t.locale, land);
  return land;
}

const assetOutlines = new Map<string, AssetOutlines>();

/** An asset's own outline (assets given as shapes), or undefined; the file is read once per dataset. */
export function assetOutline(dataset: AssetsDatasetEntry, index: number): Polygon | MultiPolygon | undefined {
  const file = dataset.files[ASSET_FILES.outlines];
  if (file === undefined) return undefined;
  let byIndex = assetOutlines.get(dataset.id);
  if (byIndex === undefined) {
    byIndex = readData<AssetOutlines>(file);
    assetOutlines.set(dataset.id, byIndex);
  }
  return byIndex[String(index)];
}

const assetTexts = new Map<string, AssetTexts | undefined>();

/** A dataset's free-text columns (`texts` in the config), read once; undefined when it has none. */
export function datasetTexts(dataset: AssetsDatasetEntry): AssetTexts | undefined {
  if (!assetTexts.has(dataset.id)) {
    const file = dataset.files[ASSET_FILES.texts];
    assetTexts.set(dataset.id, file === undefined ? undefined : readData<AssetTexts>(file));
  }
  return assetTexts.get(dataset.id);
}

/** Free-text columns by dataset id, for the downloads of every dataset together. */
export function textsById(id: string): AssetTexts | undefined {
  const d = landData().datasets.find((x) => x.id === id);
  return d === undefined ? undefined : datasetTexts(d);
}

/**
 * A free-text label (the data file gives the default language's) in the page's language, with
 * its `lang` when the config does not translate it into this one.
 */
export function pageTextLabel(label: string): { text: string; lang?: string } {
  const text = inPageLanguage(label);
  const lang = configTextLanguage(text);
  return lang === undefined ? { text } : { text, lang };
}

/** The source rows of a dataset (provenance), read on first use. */
export function sourceRows(dataset: AssetsDatasetEntry): AssetSourceRows {
  return readData<AssetSourceRows>(dataset.files[ASSET_FILES.sourceRows] ?? '');
}

export function layerEntry(layerId: string | null): LayerEntry | undefined {
  return layerId === null ? undefined : loadManifest().layers.find((l) => l.id === layerId);
}

const outlines = new Map<string, Map<string, Polygon | MultiPolygon>>();
const frames = new Map<string, MiniMapFrame | null>();

/** The mini-map frame of an area (its outline projected to fit), made once per area. */
export function areaFrame(layerId: string | null, code: string): MiniMapFrame | null {
  const layer = layerEntry(layerId);
  if (layer === undefined) return null;
  const key = `${layer.id}\u0000${code}`;
  const cached = frames.get(key);
  if (cached !== undefined) return cached;
  let byCode = outlines.get(layer.id);
  if (byCode === undefined) {
    // Each area at its own scale where the data step wrote it; the layer's map boundaries are
    // simplified for the whole layer, too coarse for a small area of a national layer.
    if (layer.files.outlines !== undefined)
      byCode = new Map(Object.entries(readData<Record<string, Polygon | MultiPolygon>>(layer.files.outlines)));
    else {
      const fc = readData<FeatureCollection<Polygon | MultiPolygon, { code: string }>>(layer.files.boundaries);
      byCode = new Map(fc.features.map((f) => [f.properties.code, f.geometry]));
    }
    outlines.set(layer.id, byCode);
  }
  const geometry = byCode.get(code);
  const frame = geometry ? miniMapFrame(geometry) : null;
  frames.set(key, frame);
  return frame;
}

/** An area's name and population from its layer's area list. */
export function areaInfo(layerId: string | null, code: string): AreaList['areas'][number] | undefined {
  const layer = layerEntry(layerId);
  if (layer === undefined) return undefined;
  return readData<AreaList>(layer.files.areas).areas.find((a) => a.code === code);
}

export interface AreaFigure {
  dataset: string;
  datasetId: string;
  indicator: string;
  period: string;
  value: number;
  unit: string;
}

/** The latest value of every indicator dataset on the same layer for an area. */
export function areaFigures(layerId: string | null, code: string): AreaFigure[] {
  if (layerId === null) return [];
  const out: AreaFigure[] = [];
  for (const d of loadManifest().datasets) {
    if (d.kind !== 'indicator' || d.layer !== layerId) continue;
    const entry = d as IndicatorDatasetEntry;
    const values = readData<IndicatorValues>(entry.files['values'] ?? '');
    for (const s of values.series) {
      const row = s.areas.find((a) => a.code === code);
      if (row === undefined) continue;
      for (let p = s.periods.length - 1; p >= 0; p--) {
        const v = row.values[p];
        if (v !== null && v !== undefined) {
          out.push({
            dataset: entry.title,
            datasetId: entry.id,
            indicator: s.key,
            period: s.periods[p] ?? '',
            value: v,
            unit: values.unit,
          });
          break;
        }
      }
    }
  }
  return out;
}

let nearIndex: { tree: Flatbush; ids: Uint32Array; k: number } | null | undefined;

/** Metres between two WGS84 points (haversine). */
export function metresBetween(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6_371_008 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The other placed assets (any dataset) within `maxMetres`, nearest first, at most `limit`. */
export function nearbyAssets(k: number, limit: number, maxMetres: number): { k: number; metres: number }[] {
  const { estate } = landData();
  if (nearIndex === undefined) {
    const ids: number[] = [];
    let latSum = 0;
    for (let i = 0; i < estate.count; i++) {
      if (!Number.isNaN(estate.lon[i] as number)) {
        ids.push(i);
        latSum += estate.lat[i] as number;
      }
    }
    if (ids.length === 0) nearIndex = null;
    else {
      const cos = Math.cos(((latSum / ids.length) * Math.PI) / 180);
      const tree = new Flatbush(ids.length);
      for (const i of ids) {
        const x = (estate.lon[i] as number) * cos;
        const y = estate.lat[i] as number;
        tree.add(x, y, x, y);
      }
      tree.finish();
      nearIndex = { tree, ids: Uint32Array.from(ids), k: cos };
    }
  }
  const lon = estate.lon[k] as number;
  const lat = estate.lat[k] as number;
  if (nearIndex === null || Number.isNaN(lon)) return [];
  const index = nearIndex;
  const degrees = maxMetres / 111_320;
  const found = index.tree.neighbors(lon * index.k, lat, limit + 1, degrees * 1.05);
  return found
    .map((j) => index.ids[j] as number)
    .filter((other) => other !== k)
    .map((other) => ({
      k: other,
      metres: metresBetween(lon, lat, estate.lon[other] as number, estate.lat[other] as number),
    }))
    .filter((n) => n.metres <= maxMetres)
    .sort((a, b) => a.metres - b.metres || a.k - b.k)
    .slice(0, limit);
}

let areaCounts: Int32Array[] | undefined;

/** Assets per status in each estate area (index = estate area), all datasets together. */
export function areaStatusCounts(): Int32Array[] {
  if (areaCounts) return areaCounts;
  const { estate } = landData();
  const counts = estate.dict.area.map(() => new Int32Array(estate.categories.length));
  for (let k = 0; k < estate.count; k++) {
    const a = estate.area[k] as number;
    if (a >= 0) (counts[a] as Int32Array)[estate.status[k] as number]! += 1;
  }
  areaCounts = counts;
  return counts;
}

/**
 * URL path (without base) of an area's list page: the code's slug, with a fingerprint of the code
 * when the slug is more than the code in lower case (`GM 0363` and `GM-0363` would share
 * `gm-0363`, and every Greek code `asset`).
 */
export function areaPath(code: string): string {
  const slug = assetSlug(code);
  return `land/areas/${slug === code.toLowerCase() ? slug : `${slug}-${fingerprint(code.normalize('NFC'))}`}/`;
}

export interface AreaDiseaseRate {
  dataset: string;
  metric: string;
  /** 7-day rate per 100,000; `SUPPRESSED` or null as in the cases files. */
  rate: Figure;
  /** Last day of the 7 days (ISO). */
  weekEnd: string | null;
}

/** The latest complete 7-day rate of every cases metric on the same layer, for an area. */
export function areaDiseaseRates(layerId: string | null, code: string): AreaDiseaseRate[] {
  if (layerId === null) return [];
  const out: AreaDiseaseRate[] = [];
  for (const d of loadManifest().datasets) {
    if (d.kind !== 'cases' || d.layer !== layerId) continue;
    for (const m of (d as CasesDatasetEntry).metrics) {
      const path = d.files[m.summaryFile];
      if (path === undefined) continue;
      const summary = readData<CasesSummary>(path);
      const at = summary.areas.code.indexOf(code);
      if (at < 0) continue;
      out.push({
        dataset: d.title,
        metric: m.label,
        rate: summary.areas.rate[at] ?? null,
        weekEnd: summary.completeUntil,
      });
    }
  }
  return out;
}

/**
 * A dataset's categories in the page's language: the default ones labelled from the catalogue, a
 * configured label as the config translates it, marked with its `lang` when it is not translated.
 */
export function pageCategories(d: AssetsDatasetEntry): AssetCategory[] {
  return localDefaults(d.categories, siteTranslator()).map((c) => {
    const lang = configTextLanguage(c.label);
    return lang === undefined ? c : { ...c, lang };
  });
}

/** The assets datasets as a page hands them to its script, in the page's language. */
export function assetsSourceRefs(datasets: readonly AssetsDatasetEntry[]): AssetsSourceRef[] {
  return datasets.map((d) => ({
    id: d.id,
    title: d.title,
    url: dataUrl(d.files[ASSET_FILES.table] ?? ''),
    categories: pageCategories(d),
    // The estate's tables have their words in the page's language already (landData).
    ...wordsOf(landData().estate.tables[landData().datasets.indexOf(d)]),
    ...textsRefOf(d),
  }));
}

function textsRefOf(d: AssetsDatasetEntry): Pick<AssetsSourceRef, 'texts'> {
  const file = d.files[ASSET_FILES.texts];
  const texts = datasetTexts(d);
  if (file === undefined || texts === undefined) return {};
  return { texts: { url: dataUrl(file), labels: texts.columns.map((c) => pageTextLabel(c.label)) } };
}

const wordsOf = (table: Pick<AssetsTable, 'words'> | undefined): Pick<AssetsTable, 'words'> =>
  table?.words === undefined ? {} : { words: table.words };

/**
 * A table's `words` (its record nouns and field names, config texts the data file gives in the
 * default language) in the page's language, where the config translates them.
 */
export function pageWords(table: Pick<AssetsTable, 'words'> | undefined): Pick<AssetsTable, 'words'> {
  const w = table?.words;
  if (w === undefined) return {};
  return {
    words: {
      ...(w.asset !== undefined ? { asset: inPageLanguage(w.asset) } : {}),
      ...(w.assets !== undefined ? { assets: inPageLanguage(w.assets) } : {}),
      ...(w.forms !== undefined ? { forms: w.forms } : {}),
      labels: Object.fromEntries(
        Object.entries(w.labels).map(([k, v]) => [k, v === undefined ? v : inPageLanguage(v)]),
      ),
    },
  };
}
