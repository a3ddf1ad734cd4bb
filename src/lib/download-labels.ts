/**
 * Human names for a dataset's files, for the download lists on its page: a reader
 * sees "The whole dataset, as a spreadsheet", not the internal name `assets-csv`.
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
  [ASSET_FILES.texts]: 'datasets.download.texts',
  values: 'datasets.download.values',
  rejections: 'datasets.download.rejections',
};

/**
 * The label of logical file `name`, in the translator's language: a known name's label;
 * `<metric>/summary` or `summary-<metric>` as "Summary (<metric>)", `monthly-<metric>` as "Monthly
 * counts (<metric>)", `indicators/<id>` as "Indicator figures (<id>)" (ids are the config's, with
 * spaces for hyphens); anything else (a name from the data) with hyphens and slashes as spaces, capitalised.
 */
export function downloadLabel(name: string, t: Translator): string {
  const known = LABELS[name];
  if (known !== undefined) return t.t(known);
  const spaced = (id: string | undefined) => (id ?? '').replace(/[-_]+/g, ' ');
  const summary = /^(.+)\/summary$/.exec(name) ?? /^summary-(.+)$/.exec(name);
  if (summary !== null) return t.t('datasets.download.metricSummary', { metric: spaced(summary[1]) });
  const monthly = /^monthly-(.+)$/.exec(name);
  if (monthly !== null) return t.t('datasets.download.metricMonthly', { metric: spaced(monthly[1]) });
  const indicator = /^indicators\/(.+)$/.exec(name);
  if (indicator !== null) return t.t('datasets.download.indicator', { indicator: spaced(indicator[1]) });
  const words = name.replace(/[-_/]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
