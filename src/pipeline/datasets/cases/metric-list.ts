import type { CasesDatasetConfig, HigherIs } from '../../config/schema.ts';
import { slugify } from '../../../lib/slugify.ts';
import { SOURCE_LANGUAGE, translatorFor } from '../../../lib/i18n/catalogues.ts';

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
}

/**
 * The metrics seen in the data, labelled from the config and sorted by label
 * (then raw value), so output does not depend on the order rows arrived in.
 */
export function metricList(metricKeys: readonly string[], config: CasesDatasetConfig): MetricInfo[] {
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
    return info;
  });
  list.sort((a, b) => cmp(a.label.toLowerCase(), b.label.toLowerCase()) || cmp(a.label, b.label) || cmp(a.raw, b.raw));
  const used = new Set<string>();
  list.forEach((m, i) => {
    const base = slugify(m.label) || slugify(m.raw) || `metric-${i + 1}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    m.key = key;
  });
  return list;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
