/**
 * A roll-up's title and description in the page's language ("Cases by counties"; "Figures are
 * sums of the districts in each of the counties."): the data step writes only the parts (its
 * source dataset's title and description, and the two layers), so every language phrases them.
 */
import type { DatasetEntry, LayerEntry } from '../manifest.ts';
import type { Translator } from '../i18n/translator.ts';
import { measureNoun } from './measure-noun.ts';

/** What a page shows as a dataset's title and description. */
export interface DatasetWords {
  title: string;
  description: string;
}

/**
 * `entry`'s title and description as the pages show them: a roll-up's (`entry.rollUp`) phrased
 * from `datasets` and `layers` (both already in the page's language), anything else as it is.
 */
export function rollUpWords(
  entry: Pick<DatasetEntry, 'title' | 'description' | 'layer' | 'derivedFrom' | 'rollUp'>,
  datasets: readonly Pick<DatasetEntry, 'id' | 'layer'>[],
  layers: readonly Pick<LayerEntry, 'id' | 'label'>[],
  t: Pick<Translator, 't' | 'locale'>,
): DatasetWords {
  const { title, description } = entry;
  if (entry.rollUp === undefined) return { title, description };
  const source = datasets.find((d) => d.id === entry.derivedFrom);
  const label = (id: string | null | undefined) => layers.find((l) => l.id === id)?.label;
  const parentLabel = label(entry.layer);
  const childLabel = label(source?.layer);
  if (parentLabel === undefined || childLabel === undefined) return { title, description };
  const parents = measureNoun(parentLabel, t.locale);
  const sums = t.t('datasets.rollUp.description', { areas: measureNoun(childLabel, t.locale), parents });
  return {
    title: entry.rollUp.configuredTitle ? title : t.t('datasets.rollUp.title', { title, parents }),
    description: description.trim() === '' ? sums : `${description.trim()} ${sums}`,
  };
}
