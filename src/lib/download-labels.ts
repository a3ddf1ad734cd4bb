/**
 * Human names for a dataset's files, for the download lists on its page: a reader
 * sees "All assets (CSV)", not the internal name `assets-csv`.
 */
import { ASSET_FILES } from './assets-files.ts';

const LABELS: Record<string, string> = {
  [ASSET_FILES.csv]: 'All assets, as a spreadsheet',
  [ASSET_FILES.geojson]: 'All assets, for a map (GeoJSON)',
  [ASSET_FILES.table]: 'All assets, compact table the map reads',
  [ASSET_FILES.summary]: 'Counts by status and area',
  [ASSET_FILES.sourceRows]: 'Each asset’s row as published in the source',
  [ASSET_FILES.outlines]: 'Outlines of assets given as shapes',
  values: 'Values by area and period',
  rejections: 'Rejected rows, with file, line and reason',
};

/**
 * The label of logical file `name`: a known name's label; `<metric>/summary` as "Summary
 * (<metric>)"; anything else with hyphens and slashes as spaces, capitalised.
 */
export function downloadLabel(name: string): string {
  const known = LABELS[name];
  if (known !== undefined) return known;
  const metric = /^(.+)\/summary$/.exec(name);
  if (metric !== null) return `Summary (${(metric[1] ?? '').replace(/-/g, ' ')})`;
  const words = name.replace(/[-_/]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
