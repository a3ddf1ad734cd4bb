/**
 * Human names for a dataset's files, for the download lists on its page: a reader
 * sees "All assets (CSV)", not the internal name `assets-csv`.
 */
import { ASSET_FILES } from './assets-files.ts';
import type { MessageKey } from './i18n/catalogue.ts';
import type { Translator } from './i18n/translator.ts';

const LABELS: Record<string, MessageKey> = {
  [ASSET_FILES.csv]: 'datasets.download.assetsCsv',
  [ASSET_FILES.geojson]: 'datasets.download.assetsGeojson',
  [ASSET_FILES.table]: 'datasets.download.assetsTable',
  [ASSET_FILES.summary]: 'datasets.download.summary',
  [ASSET_FILES.sourceRows]: 'datasets.download.sourceRows',
  [ASSET_FILES.outlines]: 'datasets.download.outlines',
  values: 'datasets.download.values',
  rejections: 'datasets.download.rejections',
};

/**
 * The label of logical file `name`: a known name's label; `<metric>/summary` as "Summary
 * (<metric>)"; anything else (a name from the data) with hyphens and slashes as spaces, capitalised.
 */
export function downloadLabel(name: string, t: Translator): string {
  const known = LABELS[name];
  if (known !== undefined) return t.t(known);
  const metric = /^(.+)\/summary$/.exec(name);
  if (metric !== null) return t.t('datasets.download.metricSummary', { metric: (metric[1] ?? '').replace(/-/g, ' ') });
  const words = name.replace(/[-_/]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
