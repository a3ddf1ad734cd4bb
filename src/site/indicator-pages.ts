/**
 * Build-time data for the indicator pages: every indicator of every indicator
 * dataset with its figures file and area layer. The hook for a registry of
 * dataset kinds: the pages ask this module for their paths and data only.
 */
import type { IndicatorDatasetEntry, LayerEntry } from '../lib/manifest.ts';
import type { IndicatorEntry, IndicatorFile } from '../lib/indicator-files.ts';
import { benchmarkName } from '../lib/indicators/benchmark-name.ts';
import { datasetsOfKind, loadManifest, readData } from './manifest.ts';
import { periodSlugs } from '../lib/indicators/period-slug.ts';
import { dataLanguage, inPageLanguage, siteTranslator } from './i18n.ts';

export interface IndicatorPage {
  dataset: IndicatorDatasetEntry;
  entry: IndicatorEntry;
  figures: IndicatorFile;
  layer: LayerEntry | undefined;
  /** Page path without the leading slash, e.g. "indicators/recycling/recycling/". */
  base: string;
}

let pages: IndicatorPage[] | undefined;

/** The config's texts of a figures file (written in the default language) in the page's language. */
function inLanguage(figures: IndicatorFile): IndicatorFile {
  return {
    ...figures,
    label: inPageLanguage(figures.label),
    description: inPageLanguage(figures.description),
    benchmarks: figures.benchmarks.map((b) => ({ ...b, name: benchmarkName(b, siteTranslator(), inPageLanguage) })),
  };
}

/** Every indicator of every indicator dataset, in config order then indicator order. */
export function indicatorPages(): IndicatorPage[] {
  pages ??= datasetsOfKind('indicator').flatMap((dataset) =>
    (dataset.series ?? []).flatMap((entry) => {
      const path = dataset.files[entry.file];
      if (path === undefined) return [];
      const figures = inLanguage(readData<IndicatorFile>(path));
      const layer = loadManifest().layers.find((l) => l.id === dataset.layer);
      return [{ dataset, entry, figures, layer, base: `indicators/${dataset.id}/${entry.slug}/` }];
    }),
  );
  return pages;
}

export function findIndicatorPage(datasetId: string, slug: string): IndicatorPage {
  const page = indicatorPages().find((p) => p.dataset.id === datasetId && p.entry.slug === slug);
  if (page === undefined) throw new Error(`no indicator ${datasetId}/${slug}`);
  return page;
}

const slugsOf = new WeakMap<IndicatorFile, string[]>();

/** The URL segment of each period of an indicator (see `periodSlugs`), in the order of its periods. */
export function periodSegments(page: IndicatorPage): string[] {
  let slugs = slugsOf.get(page.figures);
  if (slugs === undefined) {
    slugs = periodSlugs(page.figures.periods, dataLanguage());
    slugsOf.set(page.figures, slugs);
  }
  return slugs;
}

/** Page path of one period's overview; the latest period's is the indicator's own page. */
export function periodPath(page: IndicatorPage, period: number): string {
  const last = page.figures.periods.length - 1;
  return period === last ? page.base : `${page.base}periods/${periodSegments(page)[period] ?? ''}/`;
}
