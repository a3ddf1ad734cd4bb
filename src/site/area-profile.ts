/**
 * Build-time data for the area profiles (`areas/<layer>/<code>/`): for one area
 * of one layer, every dataset with rows for it (disease headline figures,
 * indicators against their benchmarks, land and buildings by status), its
 * population, parent and neighbours (areas sharing a boundary point).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreaList, AssetsDatasetEntry, CasesDatasetEntry, LayerEntry } from '../lib/manifest.ts';
import type { CasesSummary } from '../lib/cases-files.ts';
import type { AssetsSummary } from '../lib/assets-files.ts';
import { ASSET_FILES } from '../lib/assets-files.ts';
import type { IndicatorArea, IndicatorBenchmark } from '../lib/indicator-files.ts';
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
  /** Counts in the order of `dataset.categories`. */
  counts: number[];
  total: number;
}

export interface AreaProfile {
  layer: LayerEntry;
  area: AreaList['areas'][number];
  parentName: string | null;
  neighbours: { code: string; name: string }[];
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
    return row ? [{ dataset: d, counts: row.counts, total: row.total }] : [];
  });

  return {
    layer,
    area,
    parentName: area.parent === null ? null : nameOf(area.parent),
    neighbours,
    disease,
    indicators,
    land,
  };
}
