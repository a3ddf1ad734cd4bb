/**
 * The whole estate: every assets dataset's table merged into one set of
 * typed arrays with shared dictionaries, so filters, counts, lists and the map
 * work across sources. Built the same way at build time (area pages, summary)
 * and in the browser (map page, shortlist). Browser-safe.
 */
import type { AssetsTable } from '../assets-files.ts';
import type { Translator } from '../i18n/translator.ts';
import { styleOf, type StatusStyle } from './status-style.ts';

export interface EstateSource {
  id: string;
  title: string;
  table: AssetsTable;
}

/** An area as the estate knows it; areas from different layers with the same code are one. */
export interface EstateArea {
  code: string;
  name: string;
}

export interface Estate {
  /** Number of assets. */
  count: number;
  sources: readonly { id: string; title: string; sizeUnit: string }[];
  tables: readonly AssetsTable[];
  /** Per asset: its source (index into `sources`/`tables`) and row in that table. */
  source: Uint16Array;
  row: Uint32Array;
  /**
   * The categories of every source, merged by id in source order (the first
   * source to declare an id gives its label, colour and shape).
   */
  categories: StatusStyle[];
  /** Per asset, index into `categories`. */
  status: Uint8Array;
  /** Per asset, indices into `dict` (-1: none). */
  tenure: Int32Array;
  holding: Int32Array;
  owner: Int32Array;
  area: Int32Array;
  /** Per asset, in `sizeUnit`; NaN when none. */
  size: Float64Array;
  /**
   * Unit of `size`: hectares when every source's unit converts to hectares, the
   * sources' common unit when they share one, null when they are mixed and
   * unknown (sizes are then each in their own source's unit).
   */
  sizeUnit: string | null;
  lon: Float64Array;
  lat: Float64Array;
  dict: { tenure: string[]; holding: string[]; owner: string[]; area: EstateArea[] };
}

const HECTARES: Record<string, number> = {
  ha: 1,
  hectare: 1,
  hectares: 1,
  'm²': 1e-4,
  m2: 1e-4,
  sqm: 1e-4,
  'sq m': 1e-4,
  'square metres': 1e-4,
  'km²': 100,
  km2: 100,
  acre: 0.40468564224,
  acres: 0.40468564224,
};

/** Hectares per one of `unit`, or null for a unit this does not know. */
export function hectaresPer(unit: string): number | null {
  return HECTARES[unit.trim().toLowerCase()] ?? null;
}

/** The key category values are merged by: spacing collapsed, lower case. */
export function categoryKey(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Builds one dictionary from several, returning each source's code → merged code map. */
function mergeDict(lists: readonly (readonly string[])[]): { labels: string[]; maps: Int32Array[] } {
  const key = new Map<string, number>();
  const labels: string[] = [];
  const maps = lists.map((list) => {
    const m = new Int32Array(list.length);
    list.forEach((label, i) => {
      const k = categoryKey(label);
      let code = key.get(k);
      if (code === undefined) {
        code = labels.length;
        labels.push(label);
        key.set(k, code);
      }
      m[i] = code;
    });
    return m;
  });
  // Sorted dictionaries make filter lists predictable; remap codes accordingly.
  const order = labels.map((_, i) => i).sort((a, b) => compareText(labels[a] as string, labels[b] as string));
  const rank = new Int32Array(labels.length);
  order.forEach((old, i) => {
    rank[old] = i;
  });
  return { labels: order.map((i) => labels[i] as string), maps: maps.map((m) => m.map((c) => rank[c] as number)) };
}

// Made on first use: a collator costs the page several milliseconds to make, and the land page
// loads this module at startup while its worker does the sorting.
let collator: Intl.Collator | undefined;
/** Locale-independent, deterministic text order (the same at build time and in every browser). */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function buildEstate(sources: readonly EstateSource[]): Estate {
  const count = sources.reduce((n, s) => n + s.table.count, 0);
  const tenure = mergeDict(sources.map((s) => s.table.dict.tenure));
  const holding = mergeDict(sources.map((s) => s.table.dict.holding));
  const owner = mergeDict(sources.map((s) => s.table.dict.owner));
  // Areas merge by code; the first name seen is kept.
  const areaIndex = new Map<string, number>();
  const areasUnsorted: EstateArea[] = [];
  const areaMaps = sources.map((s) =>
    Int32Array.from(s.table.dict.area, (a) => {
      let i = areaIndex.get(a.code);
      if (i === undefined) {
        i = areasUnsorted.length;
        areasUnsorted.push({ code: a.code, name: a.name });
        areaIndex.set(a.code, i);
      }
      return i;
    }),
  );
  const areaOrder = areasUnsorted
    .map((_, i) => i)
    .sort(
      (a, b) =>
        compareText(areasUnsorted[a]!.name, areasUnsorted[b]!.name) ||
        compareText(areasUnsorted[a]!.code, areasUnsorted[b]!.code),
    );
  const areaRank = new Int32Array(areasUnsorted.length);
  areaOrder.forEach((old, i) => {
    areaRank[old] = i;
  });

  const categories: StatusStyle[] = [];
  const categoryMaps = sources.map((s) =>
    Int32Array.from(s.table.categories, (c) => {
      let i = categories.findIndex((m) => m.id === c.id);
      if (i < 0) i = categories.push(styleOf(c)) - 1;
      return i;
    }),
  );

  const units = [...new Set(sources.map((s) => s.table.sizeUnit))];
  const factors = sources.map((s) => hectaresPer(s.table.sizeUnit));
  const convert = units.length > 1 && factors.every((f) => f !== null);
  const sizeUnit = units.length <= 1 ? (units[0] ?? 'ha') : convert ? 'ha' : null;
  const e: Estate = {
    count,
    sizeUnit,
    sources: sources.map((s) => ({ id: s.id, title: s.title, sizeUnit: s.table.sizeUnit })),
    tables: sources.map((s) => s.table),
    categories,
    source: new Uint16Array(count),
    row: new Uint32Array(count),
    status: new Uint8Array(count),
    tenure: new Int32Array(count),
    holding: new Int32Array(count),
    owner: new Int32Array(count),
    area: new Int32Array(count),
    size: new Float64Array(count),
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    dict: {
      tenure: tenure.labels,
      holding: holding.labels,
      owner: owner.labels,
      area: areaOrder.map((i) => areasUnsorted[i] as EstateArea),
    },
  };
  const pick = (map: Int32Array, code: number): number => (code < 0 ? -1 : (map[code] ?? -1));
  let k = 0;
  sources.forEach((s, si) => {
    const t = s.table;
    const tm = tenure.maps[si] as Int32Array;
    const hm = holding.maps[si] as Int32Array;
    const om = owner.maps[si] as Int32Array;
    const am = areaMaps[si] as Int32Array;
    const cm = categoryMaps[si] as Int32Array;
    const factor = convert ? (factors[si] as number) : 1;
    for (let i = 0; i < t.count; i++, k++) {
      e.source[k] = si;
      e.row[k] = i;
      e.status[k] = cm[t.status[i] ?? cm.length - 1] ?? cm[cm.length - 1] ?? 0;
      e.tenure[k] = pick(tm, t.tenure[i] ?? -1);
      e.holding[k] = pick(hm, t.holding[i] ?? -1);
      e.owner[k] = pick(om, t.owner[i] ?? -1);
      const a = pick(am, t.area[i] ?? -1);
      e.area[k] = a < 0 ? -1 : (areaRank[a] as number);
      const sz = t.size[i];
      e.size[k] = sz == null ? NaN : factor === 1 ? sz : Math.round(sz * factor * 1e4) / 1e4;
      e.lon[k] = t.lon[i] ?? NaN;
      e.lat[k] = t.lat[i] ?? NaN;
    }
  });
  return e;
}

/** The asset's table and row. */
/** Whether any record of the estate has a size: without one, the pages offer no size filter or order. */
export function hasSizes(e: Estate): boolean {
  return e.size.some((s) => !Number.isNaN(s));
}

export function assetAt(e: Estate, k: number): { table: AssetsTable; index: number; sourceId: string } {
  const table = e.tables[e.source[k] as number] as AssetsTable;
  return { table, index: e.row[k] as number, sourceId: table.dataset };
}

/** The estate's name for a field: the sources' own word when they all give the same one, else `standard`. */
export function fieldWord(e: Estate, field: string, standard: string): string {
  const words = new Set(e.tables.map((t) => t.words?.labels[field]));
  const [only] = [...words];
  return words.size === 1 && only !== undefined ? only : standard;
}

/** The category of estate asset `k`. */
export function categoryAt(e: Estate, k: number): StatusStyle {
  return (e.categories[e.status[k] ?? -1] ?? e.categories[e.categories.length - 1]) as StatusStyle;
}

/** The asset's URL segment: its slug when it has one, else its id. */
export function slugOf(table: AssetsTable, i: number): string {
  return table.slugs[String(i)] ?? table.id[i] ?? String(i);
}

/**
 * What to call an asset: its name, else its address, else its reference ("Asset 12" in
 * the language of `t`; the bare reference without one, as for sorting).
 */
export function labelOf(table: AssetsTable, i: number, t?: Pick<Translator, 't'>): string {
  const id = table.id[i] ?? String(i);
  return table.name[i] || table.address[i] || (t ? t.t('assets.unnamed', { id }) : id);
}

/** Whether the asset's label is the data's own text (its name or address), not the interface's "Asset {id}". */
export function hasOwnLabel(table: AssetsTable, i: number): boolean {
  return Boolean(table.name[i] || table.address[i]);
}

/** The address when it adds to the label (the asset has a name and a different address), else ''. */
export function secondLine(table: AssetsTable, i: number): string {
  const name = table.name[i] ?? '';
  const address = table.address[i] ?? '';
  return name !== '' && address !== '' && address.toLowerCase() !== name.toLowerCase() ? address : '';
}

/** Global index of the asset `datasetId/slug`, or -1. */
export function findAsset(e: Estate, datasetId: string, slug: string): number {
  let k = 0;
  for (const t of e.tables) {
    if (t.dataset === datasetId) {
      for (let i = 0; i < t.count; i++) if (slugOf(t, i) === slug) return k + i;
      return -1;
    }
    k += t.count;
  }
  return -1;
}

/** The asset's key in the URL, `datasetId/slug` (the form `findAssetByKey` reads). */
export function assetKey(e: Estate, k: number): string {
  const { table, index } = assetAt(e, k);
  return `${table.dataset}/${slugOf(table, index)}`;
}

/** Global index of the asset with key `datasetId/slug`; null for '' or a key that matches none. */
export function findAssetByKey(e: Estate, key: string): number | null {
  if (key === '') return null;
  const [ds, slug] = key.split('/');
  const k = findAsset(e, ds ?? '', slug ?? '');
  return k >= 0 ? k : null;
}

/** The assets of `ks` placed inside `[west, south, east, north]` (degrees), in the same order. */
export function withinBounds(e: Estate, ks: Uint32Array, [w, s, east, n]: readonly number[]): Uint32Array {
  return ks.filter((k) => {
    const lon = e.lon[k] as number;
    const lat = e.lat[k] as number;
    return lon >= (w as number) && lon <= (east as number) && lat >= (s as number) && lat <= (n as number);
  });
}

/** Search text of every asset (name, address, postcode, id, UPRN), lower-cased, built once. */
export function searchText(e: Estate): string[] {
  const out = new Array<string>(e.count);
  for (let k = 0; k < e.count; k++) {
    const { table: t, index: i } = assetAt(e, k);
    out[k] =
      `${t.name[i] ?? ''} ${t.address[i] ?? ''} ${t.postcode[i] ?? ''} ${t.id[i] ?? ''} ${t.uprn?.[i] ?? ''}`.toLowerCase();
  }
  return out;
}
