/**
 * Content of the stable full-data downloads: a dataset's CSV or GeoJSON file as
 * the pipeline wrote it, or all assets datasets together (built from the same
 * tables with the same row builder: a column for every field any dataset has).
 */
import { readDataText } from '../manifest.ts';
import { ASSET_FILES } from '../../lib/assets-files.ts';
import { assetsCsv, assetsGeoJson } from '../../lib/assets/export.ts';
import { assetAt } from '../../lib/assets/estate.ts';
import { landData, textsById } from './land-data.ts';

/** Name of the all-datasets download (left out if a dataset has this id). */
export const ALL = 'all';

export function downloadPaths(): { params: { name: string } }[] {
  const ids = landData().datasets.map((d) => d.id);
  const names = ids.length > 1 && !ids.includes(ALL) ? [...ids, ALL] : ids;
  return names.map((name) => ({ params: { name } }));
}

export function downloadText(name: string, kind: 'csv' | 'geojson'): string {
  const { datasets, estate } = landData();
  const d = datasets.find((x) => x.id === name);
  if (d !== undefined) return readDataText(d.files[kind === 'csv' ? ASSET_FILES.csv : ASSET_FILES.geojson] ?? '');
  const rows = Array.from({ length: estate.count }, (_, k) => {
    const { table, index } = assetAt(estate, k);
    return { table, index };
  });
  return kind === 'csv' ? assetsCsv(rows, undefined, textsById) : assetsGeoJson(rows, undefined, textsById);
}

/** URL path (without base) of a stable download. */
export function downloadPath(name: string, kind: 'csv' | 'geojson'): string {
  return `land/downloads/${name}.${kind}`;
}
