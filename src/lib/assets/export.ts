/**
 * The common asset record as download rows: one builder for the pipeline's
 * full-dataset CSV and GeoJSON and the browser's filtered exports, so both
 * always have the same columns. The columns are the dataset's own: a field its
 * config does not map has no column, a field its `words` rename is headed by
 * that name, and each of its other date columns has a column headed by its
 * label. Browser-safe (no node:* imports).
 */
import { toCsv } from '../csv.ts';
import { ASSET_DATE_KEYS, type AssetDateKey, type AssetsTable, type AssetTexts } from '../assets-files.ts';
import { FACETS, type AssetFilters } from './filters.ts';
import { statusOfAsset } from './status-style.ts';

export type ExportValue = string | number | null;

/** A dataset's free-text columns (its `texts` file) by dataset id; undefined for one without. */
export type TextsOf = (dataset: string) => AssetTexts | undefined;

/** One column of a download: its header and how to read it for table row `i`. */
export interface ExportColumn {
  header: string;
  value(table: AssetsTable, i: number): ExportValue;
}

const DATE_HEADERS: Record<AssetDateKey, string> = {
  listedDate: 'listed_date',
  expiryDate: 'expiry_date',
  noticeDate: 'notice_date',
  protectedUntil: 'protected_until',
};

/** A label as a column header: lower case, runs of anything but letters and digits as one `_`. */
export function headerOf(label: string): string {
  return (
    label
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '') || 'column'
  );
}

type Field = NonNullable<AssetsTable['unmapped']>[number] | 'reference' | 'uprn' | 'status';

/**
 * The columns of a download of rows from `tables`, in a fixed order: a field's
 * column is kept when any of the tables maps it, and headed by the tables' own
 * name for it when they agree (else the standard header); then each free-text
 * column `textsOf` gives, headed by its label.
 */
export function exportColumns(tables: readonly AssetsTable[], textsOf: TextsOf = () => undefined): ExportColumn[] {
  const maps = (t: AssetsTable, field: Field): boolean =>
    field === 'uprn' ? t.uprn !== undefined : !(t.unmapped ?? []).includes(field as never);
  const has = (field: Field): boolean => tables.some((t) => maps(t, field));
  const header = (field: Field, standard: string, suffix = ''): string => {
    const labels = new Set(tables.filter((t) => maps(t, field)).map((t) => t.words?.labels[field]));
    const [only] = [...labels];
    return labels.size === 1 && only !== undefined ? `${headerOf(only)}${suffix}` : standard;
  };
  const dict = (list: readonly string[], code: number | undefined): string =>
    code === undefined || code < 0 ? '' : (list[code] ?? '');
  const area = (t: AssetsTable, i: number) => t.dict.area[t.area[i] ?? -1];
  const columns: (ExportColumn | null)[] = [
    { header: 'dataset', value: (t) => t.dataset },
    { header: header('reference', 'id'), value: (t, i) => t.id[i] ?? '' },
    has('uprn') ? { header: header('uprn', 'uprn'), value: (t, i) => t.uprn?.[i] ?? '' } : null,
    has('name') ? { header: header('name', 'name'), value: (t, i) => t.name[i] ?? '' } : null,
    has('address') ? { header: header('address', 'address'), value: (t, i) => t.address[i] ?? '' } : null,
    has('postcode') ? { header: header('postcode', 'postcode'), value: (t, i) => t.postcode[i] ?? '' } : null,
    { header: header('status', 'status'), value: (t, i) => statusOfAsset(t, i).id },
    has('tenure') ? { header: header('tenure', 'tenure'), value: (t, i) => dict(t.dict.tenure, t.tenure[i]) } : null,
    has('holdingType')
      ? { header: header('holdingType', 'holding_type'), value: (t, i) => dict(t.dict.holding, t.holding[i]) }
      : null,
    has('size') ? { header: header('size', 'size'), value: (t, i) => t.size[i] ?? null } : null,
    has('size')
      ? { header: header('size', 'size_unit', '_unit'), value: (t, i) => (t.size[i] == null ? '' : t.sizeUnit) }
      : null,
    has('owner') ? { header: header('owner', 'owner'), value: (t, i) => dict(t.dict.owner, t.owner[i]) } : null,
    has('area') ? { header: header('area', 'area_code', '_code'), value: (t, i) => area(t, i)?.code ?? '' } : null,
    has('area') ? { header: header('area', 'area_name', '_name'), value: (t, i) => area(t, i)?.name ?? '' } : null,
    { header: 'lon', value: (t, i) => t.lon[i] ?? null },
    { header: 'lat', value: (t, i) => t.lat[i] ?? null },
    { header: 'placed', value: (t, i) => ((t.unplaced[i] ?? -1) < 0 ? 'yes' : 'no') },
    { header: 'unplaced_reason', value: (t, i) => t.dict.unplaced[t.unplaced[i] ?? -1] ?? '' },
    ...ASSET_DATE_KEYS.map((k) =>
      tables.some((t) => t.dates[k] !== undefined)
        ? { header: DATE_HEADERS[k], value: (t: AssetsTable, i: number) => t.dates[k]?.[i] ?? null }
        : null,
    ),
  ];
  // The datasets' other dates, one column per distinct label, in the order first met.
  const labels = [...new Set(tables.flatMap((t) => (t.otherDates ?? []).map((d) => d.label)))];
  for (const label of labels) {
    columns.push({
      header: headerOf(label),
      value: (t, i) => t.otherDates?.find((d) => d.label === label)?.values[i] ?? null,
    });
  }
  // The free texts last (long, and read least by a spreadsheet), one column per distinct label.
  const textLabels = [...new Set(tables.flatMap((t) => (textsOf(t.dataset)?.columns ?? []).map((c) => c.label)))];
  for (const label of textLabels) {
    columns.push({
      header: headerOf(label),
      value: (t, i) => textsOf(t.dataset)?.columns.find((c) => c.label === label)?.values[i] ?? null,
    });
  }
  // Headers made from labels may meet another column's: number the later ones.
  const seen = new Map<string, number>();
  return columns
    .filter((c): c is ExportColumn => c !== null)
    .map((c) => {
      const n = (seen.get(c.header) ?? 0) + 1;
      seen.set(c.header, n);
      return n === 1 ? c : { ...c, header: `${c.header}_${n}` };
    });
}

type Rows = Iterable<{ table: AssetsTable; index: number }>;

/** The tables the rows come from, in first-met order. */
function tablesOf(rows: readonly { table: AssetsTable }[]): AssetsTable[] {
  return [...new Set(rows.map((r) => r.table))];
}

/**
 * A CSV document of the given assets (RFC 4180, formula-safe). `tables` sets the
 * columns (default: the rows' own tables), so a filtered export of an estate has the
 * same columns as its full download; `textsOf` adds the free-text columns.
 */
export function assetsCsv(rows: Rows, tables?: readonly AssetsTable[], textsOf?: TextsOf): string {
  const list = [...rows];
  const columns = exportColumns(tables ?? tablesOf(list), textsOf);
  return toCsv(
    columns.map((c) => c.header),
    list.map((r) => columns.map((c) => c.value(r.table, r.index))),
  );
}

/**
 * A GeoJSON FeatureCollection of the given assets, with the CSV's columns as
 * properties. Assets not placed on the map are included with `geometry: null`
 * (valid GeoJSON), so the file has every row.
 */
export function assetsGeoJson(rows: Rows, tables?: readonly AssetsTable[], textsOf?: TextsOf): string {
  const list = [...rows];
  const columns = exportColumns(tables ?? tablesOf(list), textsOf).filter(
    (c) => c.header !== 'lon' && c.header !== 'lat',
  );
  const parts = list.map(({ table, index }) => {
    const properties: Record<string, ExportValue> = {};
    for (const c of columns) properties[c.header] = c.value(table, index);
    const lon = table.lon[index];
    const lat = table.lat[index];
    const geometry = lon != null && lat != null ? { type: 'Point', coordinates: [lon, lat] } : null;
    return JSON.stringify({ type: 'Feature', geometry, properties });
  });
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
