/**
 * Build-time data for the area profiles (`areas/<layer>/<code>/`): for one area
 * of one layer, every dataset with rows for it (disease headline figures,
 * indicators against their benchmarks, land and buildings by status, with
 * each placed asset for the mini map), its population, parent, neighbours
 * (areas sharing a boundary point) and the areas of other layers it overlaps
 * (by area of overlap, see `areaOverlaps`).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreaList, AssetsDatasetEntry, CasesDatasetEntry, LayerEntry } from '../lib/manifest.ts';
import type { CasesSummary } from '../lib/cases-files.ts';
import type { AssetCategory, AssetsSummary } from '../lib/assets-files.ts';
import { ASSET_FILES, type AssetsTable } from '../lib/assets-files.ts';
import { localDefaults, statusOfAsset, type StatusStyle } from '../lib/assets/status-style.ts';
import { labelOf } from '../lib/assets/estate.ts';
import { assetPath } from '../lib/assets/asset-page.ts';
import { areaOverlaps, type Overlap } from '../lib/geo/area-overlaps.ts';
import { UNNAMED_ALL_AREAS, type IndicatorArea, type IndicatorBenchmark } from '../lib/indicator-files.ts';
import { siteTranslator } from './i18n.ts';
import { loadManifest, readData } from './manifest.ts';
import { indicatorPages, type IndicatorPage } from './indicator-pages.ts';

export interface ProfileDisease {
  dataset: CasesDatasetEntry;
  metricKey: string;
  summary: CasesSummary;
  at: number;
}

export interface ProfileIndicator {
  page: IndicatorPage;
  area: IndicatorArea;
  benchmark: IndicatorBenchmark | undefined;
}

export interface ProfileLand {
  dataset: AssetsDatasetEntry;
  /** The dataset's categories, the default ones labelled in the page's language (see `localDefaults`). */
  categories: AssetCategory[];
  /** Counts in the order of `categories`. */
  counts: number[];
  total: number;
  /** The dataset's assets in this area that are on the map, in file order. */
  placed: ProfileAsset[];
}

export interface ProfileAsset {
  name: string;
  /** Page path of the asset (without the leading slash). */
  path: string;
  /** Its category's label, colour and shape. */
  style: StatusStyle;
  lon: number;
  lat: number;
}

/** An area of another layer that overlaps this one. */
export interface ProfileOverlap {
  code: string;
  name: string;
  /** Share (0–1) of this area inside that one. */
  ofThis: number;
  /** Share (0–1) of that area inside this one. */
  ofThat: number;
}

export interface AreaProfile {
  layer: LayerEntry;
  area: AreaList['areas'][number];
  parentName: string | null;
  neighbours: { code: string; name: string }[];
  /** Per other layer with overlapping areas: those areas, largest share of this area first. */
  otherLayers: { layer: LayerEntry; areas: ProfileOverlap[] }[];
  disease: ProfileDisease[];
  indicators: ProfileIndicator[];
  land: ProfileLand[];
}

/** Every (layer, area) that gets a profile. */
export function profilePaths(): { layer: string; code: string }[] {
  return loadManifest().layers.flatMap((l) =>
    readData<AreaList>(l.files.areas).areas.map((a) => ({ layer: l.id, code: a.code })),
  );
}

const neighbourCache = new Map<string, Map<string, Set<string>>>();

// Areas sharing at least one boundary vertex (the simplified boundaries keep shared edges identical).
function neighboursOf(layer: LayerEntry): Map<string, Set<string>> {
  const cached = neighbourCache.get(layer.id);
  if (cached) return cached;
  const fc = readData<FeatureCollection<Polygon | MultiPolygon, { code: string }>>(layer.files.boundaries);
  const byPoint = new Map<string, Set<string>>();
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polys.flat()) {
      for (const p of ring) {
        const key = `${p[0]},${p[1]}`;
        let set = byPoint.get(key);
        if (!set) byPoint.set(key, (set = new Set()));
        set.add(f.properties.code);
      }
    }
  }
  const out = new Map<string, Set<string>>();
  for (const codes of byPoint.values()) {
    if (codes.size < 2) continue;
    for (const c of codes) {
      let set = out.get(c);
      if (!set) out.set(c, (set = new Set()));
      for (const d of codes) if (d !== c) set.add(d);
    }
  }
  neighbourCache.set(layer.id, out);
  return out;
}

type Boundaries = FeatureCollection<Polygon | MultiPolygon, { code: string }>;
const overlapCache = new Map<string, Map<string, Overlap[]>>();

// Shares of each area of layer `from` inside areas of layer `to`, computed once per pair and build.
function overlapsOf(from: LayerEntry, to: LayerEntry): Map<string, Overlap[]> {
  const key = `${from.id}\u0000${to.id}`;
  let m = overlapCache.get(key);
  if (m === undefined) {
    const areas = (l: LayerEntry) =>
      readData<Boundaries>(l.files.boundaries).features.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
    m = areaOverlaps(areas(from), areas(to));
    overlapCache.set(key, m);
  }
  return m;
}

function otherLayersOf(layer: LayerEntry, code: string): AreaProfile['otherLayers'] {
  return loadManifest()
    .layers.filter((l) => l.id !== layer.id)
    .flatMap((other) => {
      const ofThis = new Map((overlapsOf(layer, other).get(code) ?? []).map((o) => [o.code, o.share]));
      const ofThat = new Map<string, number>();
      for (const [c, list] of overlapsOf(other, layer)) {
        const hit = list.find((o) => o.code === code);
        if (hit) ofThat.set(c, hit.share);
      }
      const names = new Map(readData<AreaList>(other.files.areas).areas.map((a) => [a.code, a.name]));
      const areas = [...new Set([...ofThis.keys(), ...ofThat.keys()])]
        .map((c) => ({ code: c, name: names.get(c) ?? c, ofThis: ofThis.get(c) ?? 0, ofThat: ofThat.get(c) ?? 0 }))
        .sort((a, b) => b.ofThis - a.ofThis || b.ofThat - a.ofThat || a.name.localeCompare(b.name, 'en'));
      return areas.length > 0 ? [{ layer: other, areas }] : [];
    });
}

const placedCache = new Map<string, Map<string, ProfileAsset[]>>();

// Every placed asset of a dataset, by the code of its area (one pass per dataset, language and build).
function placedByArea(d: AssetsDatasetEntry, categories: AssetCategory[]): Map<string, ProfileAsset[]> {
  const key = `${siteTranslator().locale}\u0000${d.id}`;
  let m = placedCache.get(key);
  if (m === undefined) {
    m = new Map();
    // The categories in the page's language are the manifest's (the table file is shared by every language).
    const table = readData<AssetsTable>(d.files[ASSET_FILES.table] ?? '');
    const t = { ...table, categories };
    for (let i = 0; i < t.count; i++) {
      const area = t.dict.area[t.area[i] ?? -1];
      const lon = t.lon[i] ?? null;
      const lat = t.lat[i] ?? null;
      if (area === undefined || lon === null || lat === null) continue;
      let list = m.get(area.code);
      if (!list) m.set(area.code, (list = []));
      list.push({
        name: labelOf(t, i),
        path: assetPath(t, i),
        style: statusOfAsset(t, i),
        lon,
        lat,
      });
    }
    placedCache.set(key, m);
  }
  return m;
}

export function areaProfile(layerId: string, code: string): AreaProfile {
  const manifest = loadManifest();
  const layer = manifest.layers.find((l) => l.id === layerId);
  if (layer === undefined) throw new Error(`no layer ${layerId}`);
  const list = readData<AreaList>(layer.files.areas).areas;
  const area = list.find((a) => a.code === code);
  if (area === undefined) throw new Error(`no area ${code} in layer ${layerId}`);
  const nameOf = (c: string): string | null => {
    for (const l of manifest.layers) {
      const hit = readData<AreaList>(l.files.areas).areas.find((a) => a.code === c);
      if (hit) return hit.name;
    }
    // A parent with no layer of its own (the council above its wards) is often an indicator's
    // benchmark, whose row in the file names it: better than showing only its code.
    for (const p of indicatorPages()) {
      const b = p.figures.benchmarks.find((x) => x.code === c && x.name !== UNNAMED_ALL_AREAS && x.name !== c);
      if (b) return b.name;
    }
    return null;
  };
  const names = new Map(list.map((a) => [a.code, a.name]));
  const neighbours = [...(neighboursOf(layer).get(code) ?? [])]
    .map((c) => ({ code: c, name: names.get(c) ?? c }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const disease: ProfileDisease[] = [];
  for (const d of manifest.datasets) {
    if (d.kind !== 'cases' || d.layer !== layerId) continue;
    for (const m of d.metrics) {
      const path = d.files[m.summaryFile];
      if (path === undefined) continue;
      const summary = readData<CasesSummary>(path);
      const at = summary.areas.code.indexOf(code);
      if (at >= 0 && summary.areas.series[at] !== null) disease.push({ dataset: d, metricKey: m.key, summary, at });
    }
  }

  const indicators: ProfileIndicator[] = indicatorPages()
    .filter((p) => p.dataset.layer === layerId)
    .flatMap((page) => {
      const a = page.figures.areas.find((x) => x.code === code);
      if (a === undefined) return [];
      return [{ page, area: a, benchmark: page.figures.benchmarks.find((b) => b.code === a.benchmark) }];
    });

  const land: ProfileLand[] = manifest.datasets.flatMap((d) => {
    if (d.kind !== 'assets' || d.layer !== layerId) return [];
    const s = readData<AssetsSummary>(d.files[ASSET_FILES.summary] ?? '');
    const row = s.byArea.find((r) => r.code === code);
    if (row === undefined) return [];
    const categories = localDefaults(d.categories, siteTranslator());
    const placed = placedByArea(d, categories).get(code) ?? [];
    return [{ dataset: d, categories, counts: row.counts, total: row.total, placed }];
  });

  return {
    layer,
    area,
    parentName: area.parent === null ? null : nameOf(area.parent),
    neighbours,
    otherLayers: otherLayersOf(layer, code),
    disease,
    indicators,
    land,
  };
}
