import type { CasesDatasetConfig, HigherIs } from '../../config/schema.ts';
import { distinctSlugs } from '../../../lib/distinct-slugs.ts';
import { slugify } from '../../../lib/slugify.ts';
import { SOURCE_LANGUAGE, translatorFor } from '../../../lib/i18n/catalogues.ts';
import { givenForms, type NounForms } from '../../../lib/i18n/noun-forms.ts';

/** One metric of a cases dataset, resolved from the config. */
export interface MetricInfo {
  /** Index in the accumulator (first-seen order of the raw value). */
  index: number;
  /** Value as written in the file ('cases' when there is no metric column). */
  raw: string;
  /** URL-safe, unique within the dataset. */
  key: string;
  label: string;
  higherIs: HigherIs;
  description?: string;
  /** The unit's noun in each plural form, by language (`metricForms`, a metric's `forms`). */
  forms?: NounForms;
}

/**
 * The metrics seen in the data, labelled from the config and sorted by label
 * (then raw value), so output does not depend on the order rows arrived in.
 */
export function metricList(metricKeys: readonly string[], config: CasesDatasetConfig, language?: string): MetricInfo[] {
  const single = config.columns.metric === undefined;
  const list = metricKeys.map((raw, index) => {
    const conf = single ? undefined : config.metrics[raw];
    const info: MetricInfo = {
      index,
      raw,
      key: '',
      // loadConfig gives metricLabel in the site's languages; a config parsed without it, the source's word.
      label: single
        ? (config.metricLabel ?? translatorFor(SOURCE_LANGUAGE).t('cases.metric.defaultLabel'))
        : (conf?.label ?? raw),
      higherIs: conf?.higherIs ?? 'bad',
    };
    if (conf?.description !== undefined) info.description = conf.description;
    const forms = givenForms(single ? config.metricForms : conf?.forms);
    if (forms !== undefined) info.forms = forms;
    return info;
  });
  list.sort((a, b) => cmp(a.label.toLowerCase(), b.label.toLowerCase()) || cmp(a.label, b.label) || cmp(a.raw, b.raw));
  // Labels whose slugs fold alike ("Fälle" and "Falle") get a fingerprint of their raw value each.
  const keys = distinctSlugs(
    list.map((m, i) => ({
      key: m.raw,
      slug: slugify(m.label, { language }) || slugify(m.raw, { language }) || `metric-${i + 1}`,
    })),
  );
  list.forEach((m, i) => (m.key = keys[i] as string));
  return list;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
