/**
 * The common asset record as download rows: one builder for the pipeline's
 * full-dataset CSV and GeoJSON and the browser's filtered exports, so both
 * always have the same columns. Browser-safe (no node:* imports).
 */
import { toCsv } from '../csv.ts';
import { ASSET_CSV_COLUMNS, type AssetsTable } from '../assets-files.ts';
import { statusOfAsset } from './status-style.ts';
import { FACETS, type AssetFilters } from './filters.ts';

export type ExportValue = string | number | null;

/** One asset as a row in `ASSET_CSV_COLUMNS` order. */
export function exportRow(table: AssetsTable, i: number): ExportValue[] {
  const area = table.dict.area[table.area[i] ?? -1];
  const unplaced = table.unplaced[i] ?? -1;
  const date = (k: 'listedDate' | 'expiryDate' | 'noticeDate' | 'protectedUntil'): string | null =>
    table.dates[k]?.[i] ?? null;
  return [
    table.dataset,
    table.id[i] ?? '',
    table.uprn?.[i] ?? '',
    table.name[i] ?? '',
    table.address[i] ?? '',
    table.postcode[i] ?? '',
    statusOfAsset(table, i).id,
    table.dict.tenure[table.tenure[i] ?? -1] ?? '',
    table.dict.holding[table.holding[i] ?? -1] ?? '',
    table.size[i] ?? null,
    table.size[i] == null ? '' : table.sizeUnit,
    table.dict.owner[table.owner[i] ?? -1] ?? '',
    area?.code ?? '',
    area?.name ?? '',
    table.lon[i] ?? null,
    table.lat[i] ?? null,
    unplaced < 0 ? 'yes' : 'no',
    table.dict.unplaced[unplaced] ?? '',
    date('listedDate'),
    date('expiryDate'),
    date('noticeDate'),
    date('protectedUntil'),
  ];
}

/** A CSV document of the given assets (RFC 4180, formula-safe). */
export function assetsCsv(rows: Iterable<{ table: AssetsTable; index: number }>): string {
  const out: ExportValue[][] = [];
  for (const r of rows) out.push(exportRow(r.table, r.index));
  return toCsv(ASSET_CSV_COLUMNS, out);
}

/**
 * A GeoJSON FeatureCollection of the given assets. Assets not placed on the map
 * are included with `geometry: null` (valid GeoJSON), so the file has every row.
 */
export function assetsGeoJson(rows: Iterable<{ table: AssetsTable; index: number }>): string {
  const lonAt = ASSET_CSV_COLUMNS.indexOf('lon');
  const latAt = ASSET_CSV_COLUMNS.indexOf('lat');
  const parts: string[] = [];
  for (const r of rows) {
    const values = exportRow(r.table, r.index);
    const properties: Record<string, ExportValue> = {};
    ASSET_CSV_COLUMNS.forEach((c, k) => {
      if (k !== lonAt && k !== latAt) properties[c] = values[k] ?? null;
    });
    const lon = values[lonAt];
    const lat = values[latAt];
    const geometry =
      typeof lon === 'number' && typeof lat === 'number' ? { type: 'Point', coordinates: [lon, lat] } : null;
    parts.push(JSON.stringify({ type: 'Feature', geometry, properties }));
  }
  return `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`;
}

/** The filters as `exportFileName` parts: each facet, then the size range and the search. */
export function exportNameParts(f: AssetFilters): { key: string; values: string[] }[] {
  return [
    ...FACETS.map((facet) => ({ key: facet, values: f[facet] })),
    {
      key: 'size',
      values: f.sizeMin === null && f.sizeMax === null ? [] : [`${f.sizeMin ?? 0}-${f.sizeMax ?? 'max'}`],
    },
    { key: 'search', values: f.q === '' ? [] : [f.q] },
  ];
}

/**
 * A file name that says what was exported, e.g.
 * `assets_status-vacant+under-used_area-E08000012.csv`: each filter with its
 * first three values, reduced to a safe alphabet and kept short.
 */
export function exportFileName(
  stem: string,
  parts: readonly { key: string; values: readonly string[] }[],
  extension: string,
): string {
  const clean = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const segments = parts
    .filter((p) => p.values.length > 0)
    .map(
      (p) =>
        `${clean(p.key)}-${p.values.slice(0, 3).map(clean).filter(Boolean).join('+')}${p.values.length > 3 ? `+${p.values.length - 3}-more` : ''}`,
    );
  let name = [clean(stem) || 'assets', ...segments].join('_');
  if (name.length > 150) name = name.slice(0, 150).replace(/[-_+]+$/, '');
  return `${name}.${extension}`;
}
