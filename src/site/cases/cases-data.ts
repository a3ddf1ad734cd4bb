/**
 * Build-time data for the disease pages: every (dataset, metric) with its
 * summary, series read on demand, the area layer, and the static map paths
 * (drawn once per layer and reused for every week and page).
 */
import { geoMercatorRaw } from 'd3';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { CasesDatasetEntry, LayerEntry, MetricEntry } from '../../lib/manifest.ts';
import type { CasesSeries, CasesSummary } from '../../lib/cases-files.ts';
import { datasetsOfKind, loadManifest, readData } from '../manifest.ts';
import { configTextLanguage, inPageLanguage, siteTranslator } from '../i18n.ts';
import { markedParts, markText, type TextPart } from '../../lib/i18n/config-text.ts';
import type { MessageKey } from '../../lib/i18n/catalogue.ts';
import type { Params } from '../../lib/i18n/translator.ts';
import { dativePlural, measureNoun } from '../../lib/cases/measure-noun.ts';
import { partialName, partialNames } from '../../lib/cases/partial-name.ts';
import { countedLabel, type CountedLabel } from '../../lib/i18n/counted-label.ts';

export interface MetricPage {
  dataset: CasesDatasetEntry;
  metric: MetricEntry;
  summary: CasesSummary;
  layer: LayerEntry | undefined;
}

let pages: MetricPage[] | undefined;

/** Every metric of every cases dataset, in config order then metric order. */
export function metricPages(): MetricPage[] {
  pages ??= datasetsOfKind('cases').flatMap((dataset) =>
    dataset.metrics.flatMap((metric) => {
      const path = dataset.files[metric.summaryFile];
      if (path === undefined) return [];
      const summary = readData<CasesSummary>(path);
      const layer = loadManifest().layers.find((l) => l.id === summary.layer);
      return [{ dataset, metric, summary, layer }];
    }),
  );
  return pages;
}

/** The metric's page as the data step wrote it (names and all): for downloads, which keep them as written. */
export function rawMetricPage(datasetId: string, metricKey: string): MetricPage {
  const page = metricPages().find((p) => p.dataset.id === datasetId && p.metric.key === metricKey);
  if (page === undefined) throw new Error(`no cases metric ${datasetId}/${metricKey}`);
  return page;
}

/**
 * The metric's page, its total named in the page's language ("All 12 wards": the data step
 * writes the name in English; the noun is the layer's label from config).
 */
export function findMetricPage(datasetId: string, metricKey: string): MetricPage {
  const page = rawMetricPage(datasetId, metricKey);
  const total = { ...page.summary.total, name: totalName(page, false) };
  const areas =
    page.summary.areas.partial === undefined ? page.summary.areas : { ...page.summary.areas, name: areaNames(page) };
  return { ...page, summary: { ...page.summary, total, areas } };
}

/**
 * The noun a roll-up's partial sums count their areas with, on its pages: the label of the layer it
 * was rolled up from (its source dataset's), as it reads in a sentence of the page's language.
 * Undefined for a metric whose summary says no partial sum (every other page stays as it was).
 */
export function partNoun(page: MetricPage): CountedLabel | undefined {
  return page.summary.areas.partial === undefined ? undefined : sourceAreasNoun(page.dataset);
}

/**
 * The areas a roll-up `dataset` sums, as they are counted in a sentence of the page's language
 * ("districts"): the label and forms of its source dataset's layer (the interface's word without one).
 */
export function sourceAreasNoun(dataset: Pick<CasesDatasetEntry, 'derivedFrom'>): CountedLabel {
  const { datasets, layers } = loadManifest();
  const childLayer = datasets.find((d) => d.id === dataset.derivedFrom)?.layer ?? null;
  return areasNoun(layers.find((l) => l.id === childLayer));
}

/** A layer's label as it counts areas inside a sentence of the page's language ("wards"), with its forms. */
function areasNoun(layer: Pick<LayerEntry, 'label' | 'forms'> | undefined): CountedLabel {
  const t = siteTranslator();
  return layer === undefined ? {} : { label: measureNoun(layer.label, t.locale), forms: layer.forms };
}

const named = new Map<MetricPage, string[]>();

/**
 * Every area's name as the pages show it: a roll-up's partial sum followed, in the page's
 * language, by how many of its areas are in it ("Southshire (1 of 2 districts)").
 */
export function areaNames(page: MetricPage): string[] {
  let names = named.get(page);
  if (names === undefined) {
    const { name, partial } = page.summary.areas;
    names = partialNames(name, partial, partNoun(page) ?? {}, siteTranslator());
    named.set(page, names);
  }
  return names;
}

/** The name of all the areas of a metric together, as a name ("All 12 wards") or inside a sentence ("all 12 wards"). */
export function totalName(page: MetricPage, inSentence: boolean): string {
  return totalPhrase(page, inSentence ? 'cases.total.place' : 'cases.total.name');
}

/** All the areas together with the preposition that opens a summary sentence ("In all 12 wards", Welsh "Ym mhob un o’r 12 ward"). */
export function totalInPlace(page: MetricPage): string {
  return totalPhrase(page, 'cases.summary.inTotal');
}

function totalPhrase(
  page: MetricPage,
  key: 'cases.total.place' | 'cases.total.name' | 'cases.summary.inTotal',
): string {
  const t = siteTranslator();
  // In a sentence the phrase follows a preposition ("in all 12 wards"), which in German takes the dative.
  const noun = areasNoun(page.layer ?? undefined);
  const decline = (plural: string) => (key !== 'cases.total.name' ? dativePlural(plural, t.locale) : plural);
  const count = page.summary.total.areaCount;
  return t.t(key, {
    count,
    areas: decline(noun.label ?? t.t('cases.total.areas')),
    noun: countedLabel(noun, count, t, decline),
  });
}

/**
 * A series; the total of all areas, and a roll-up's partial sum, named in the page's language
 * (see `findMetricPage`).
 */
export function readSeries(path: string): CasesSeries {
  const series = readData<CasesSeries>(path);
  if (series.partial !== undefined) {
    const page = metricPages().find((p) => p.summary.areas.series.includes(path));
    const noun = page ? partNoun(page) : undefined;
    return noun === undefined
      ? series
      : { ...series, name: partialName(series.name, series.partial, noun, siteTranslator()) };
  }
  const page = metricPages().find((p) => p.summary.total.series === path);
  return page ? { ...series, name: totalName(page, false) } : series;
}

/**
 * A metric's words on a page: its label (a summary file gives it in the default language) in the
 * page's language, the same as a unit inside a sentence ("cases": lowered by the rule of the
 * language it is in), and that language when it is not the page's (a fallback).
 */
export interface MetricWords {
  label: string;
  unit: string;
  lang?: string;
}

export function metricWords(summaryLabel: string): MetricWords {
  const label = inPageLanguage(summaryLabel);
  const lang = configTextLanguage(label);
  const unit = measureNoun(label, lang ?? siteTranslator().locale);
  return lang === undefined ? { label, unit } : { label, unit, lang };
}

/**
 * The message `key` with the metric's unit as its `unit` parameter, in parts: the unit marked with
 * its `lang` when it falls back to the default language (render with `<Sentence>`).
 */
export function withUnitParts(key: MessageKey, words: MetricWords, params: Params = {}): TextPart[] {
  return markedParts(siteTranslator().t(key, { ...params, unit: markText(words.unit, words.lang) }));
}

/** The comparison group for an area: its parent's group when there is one, else the total. */
export function comparisonGroup(summary: CasesSummary, areaIndex: number) {
  const parent = summary.areas.parent[areaIndex];
  return summary.parents.find((p) => p.code === parent) ?? summary.total;
}

export interface StaticMap {
  width: number;
  height: number;
  /** SVG path per area code, in the map's pixel space. */
  paths: Map<string, string>;
  /** WGS84 [lon, lat] of a point of the map's pixel space (the inverse of its projection). */
  unproject(x: number, y: number): [number, number];
}

/** The part of a static map showing a view: its SVG viewBox and the WGS84 bounds that fill it. */
export interface MapView {
  viewBox: string;
  /** [west, south, east, north] of the viewBox's corners: MapLibre fitted to these shows the same extent. */
  bounds: [number, number, number, number];
}

const maps = new Map<string, StaticMap>();
export const MAP_WIDTH = 600;

/**
 * SVG paths of the layer's boundaries in a Web Mercator frame `MAP_WIDTH` wide,
 * rounded to 0.1 px with repeated points dropped (small pages, no visible loss).
 */
export function staticMap(layer: LayerEntry): StaticMap {
  const cached = maps.get(layer.id);
  if (cached) return cached;
  const fc = readData<FeatureCollection<Polygon | MultiPolygon, { code: string }>>(layer.files.boundaries);
  // d3's raw Web Mercator (radians in, unit sphere out), y flipped to run down the page. A layer
  // across the antimeridian is drawn in one piece: longitudes west of its view move east by 360°.
  const [viewWest, , viewEast] = layer.view;
  const project = (p: Position): [number, number] => {
    const lon = viewEast > 180 && (p[0] ?? 0) < viewWest ? (p[0] ?? 0) + 360 : (p[0] ?? 0);
    const lat = Math.max(-85, Math.min(85, p[1] ?? 0));
    const [x, y] = geoMercatorRaw((lon * Math.PI) / 180, (lat * Math.PI) / 180);
    return [x, -y];
  };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const projected = fc.features.map((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polys.flat().map((ring) =>
      ring.map((p) => {
        const xy = project(p);
        minX = Math.min(minX, xy[0]);
        maxX = Math.max(maxX, xy[0]);
        minY = Math.min(minY, xy[1]);
        maxY = Math.max(maxY, xy[1]);
        return xy;
      }),
    );
    return { code: f.properties.code, rings };
  });
  const pad = 4;
  const scale = (MAP_WIDTH - 2 * pad) / (maxX - minX || 1);
  const height = Math.ceil((maxY - minY) * scale + 2 * pad);
  const paths = new Map<string, string>();
  // Relative moves ("l3,-2 4,1") are shorter than absolute points; each point is rounded from the
  // exact position, so rounding errors do not add up along a ring.
  const digits = fc.features.length > WHOLE_PIXELS_ABOVE ? 0 : 1;
  const round = (v: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  const num = (v: number) => String(Object.is(v, -0) ? 0 : Number(v.toFixed(digits)));
  const toPixel = (x: number, y: number): [number, number] => [pad + (x - minX) * scale, pad + (y - minY) * scale];
  for (const [i, { code, rings }] of pixelRings(projected, toPixel).entries()) {
    const parts: string[] = [];
    // The area's first ring starts with an absolute M, its others with a relative m from the
    // previous ring's start, so a path holding many areas splits back into them at each M
    // (src/lib/geo/band-paths.ts).
    let start: [number, number] | null = null;
    for (const ring of rings) {
      const pts: [number, number][] = [];
      for (const [x, y] of ring) {
        const p: [number, number] = [round(x ?? 0), round(y ?? 0)];
        const last = pts[pts.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
      }
      if (pts.length > 1 && pts[0]?.[0] === pts.at(-1)?.[0] && pts[0]?.[1] === pts.at(-1)?.[1]) pts.pop();
      if (pts.length < 3) continue;
      const [x0, y0] = pts[0] as [number, number];
      const moves = pts.slice(1).map((p, k) => {
        const prev = pts[k] as [number, number];
        return `${num(p[0] - prev[0])},${num(p[1] - prev[1])}`;
      });
      const move = start ? `m${num(x0 - start[0])},${num(y0 - start[1])}` : `M${num(x0)},${num(y0)}`;
      parts.push(`${move}l${moves.join(' ')}z`);
      start = [x0, y0];
    }
    // An area too small to keep a ring at this scale is a dot of one pixel at its centre, so it
    // stays on the map (and in the keyboard's reach).
    if (parts.length === 0) {
      const [cx, cy] = boxCentre(projected[i]?.rings ?? []);
      const [x, y] = toPixel(cx, cy);
      const s = 10 ** -digits;
      parts.push(`M${num(round(x - s / 2))},${num(round(y - s / 2))}l${num(s)},0 0,${num(s)} ${num(-s)},0z`);
    }
    paths.set(code, parts.join(''));
  }
  const unproject = (px: number, py: number): [number, number] => {
    const x = (px - pad) / scale + minX;
    const y = -((py - pad) / scale + minY);
    return [(x * 180) / Math.PI, ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI];
  };
  const map = { width: MAP_WIDTH, height, paths, unproject };
  maps.set(layer.id, map);
  frames.set(layer.id, (lon, lat) => {
    const [x, y] = project([lon, lat]);
    return toPixel(x, y);
  });
  return map;
}

/** Centre of the bounding box of some rings (their own units); [0, 0] when they have no point. */
function boxCentre(rings: readonly (readonly [number, number])[][]): [number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of rings)
    for (const [x, y] of ring) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  return Number.isFinite(minX) ? [(minX + maxX) / 2, (minY + maxY) / 2] : [0, 0];
}

const frames = new Map<string, (lon: number, lat: number) => [number, number]>();

/**
 * The viewBox of `map` that shows `view` ([west, south, east, north], e.g. the areas with data),
 * with `pad` pixels around it, and the bounds of that viewBox, for the interactive map to take
 * over at the same extent.
 */
export function mapView(layer: LayerEntry, view: readonly [number, number, number, number], pad = 4): MapView {
  const map = staticMap(layer);
  const toPixels = frames.get(layer.id) as (lon: number, lat: number) => [number, number];
  const [west, south, east, north] = view;
  // A view east of 180° is drawn with the layer's own shift (see `staticMap`).
  const [x0, y0] = toPixels(west, north);
  const [x1, y1] = toPixels(east > 180 ? east - 360 : east, south);
  const r = (v: number): number => Math.round(v * 10) / 10;
  const left = r(Math.max(0, Math.min(x0, x1) - pad));
  const top = r(Math.max(0, Math.min(y0, y1) - pad));
  const right = r(Math.min(map.width, Math.max(x0, x1) + pad));
  const bottom = r(Math.min(map.height, Math.max(y0, y1) + pad));
  const [w, n] = map.unproject(left, top);
  const [e, s] = map.unproject(right, bottom);
  return {
    viewBox: `${left} ${top} ${r(right - left)} ${r(bottom - top)}`,
    bounds: [w, s, e < w ? e + 360 : e, n],
  };
}

/** Smallest triangle a vertex may make with its neighbours and stay, in square pixels: detail under half a pixel goes. */
const MIN_PIXEL_AREA = 0.25;
/** Above this many areas the map is drawn to whole pixels (its areas are a few pixels across). */
const WHOLE_PIXELS_ABOVE = 1000;

/**
 * Each area's rings in pixels, simplified as one topology (a border shared by two areas is thinned
 * once for both, so no gaps open): vertices that change the drawing by less than half a pixel are
 * dropped, which keeps the map of a 3,000-area layer a few hundred KB, not most of a megabyte.
 */
function pixelRings(
  areas: { code: string; rings: [number, number][][] }[],
  toPixel: (x: number, y: number) => [number, number],
): { code: string; rings: Position[][] }[] {
  const input: FeatureCollection<MultiPolygon, { code: string }> = {
    type: 'FeatureCollection',
    features: areas.map(({ code, rings }) => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'MultiPolygon', coordinates: rings.map((r) => [r.map(([x, y]) => toPixel(x, y))]) },
    })),
  };
  const topo = topology({ areas: input }) as unknown as Topology<{ areas: GeometryCollection<{ code: string }> }>;
  const simplified = simplify(presimplify(topo, planarTriangleArea), MIN_PIXEL_AREA) as typeof topo;
  const out = feature(simplified, simplified.objects.areas);
  return areas.map(({ code }, i) => {
    const g = out.features[i]?.geometry as Polygon | MultiPolygon | null | undefined;
    const rings = g == null ? [] : g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    return { code, rings };
  });
}
