/**
 * Config texts whose default is the interface's own word: a dataset with no metric column and no
 * `metricLabel` names its one metric "Cases" in English, "Achosion" in Welsh. Given per language
 * (as a council would write it), so it is resolved and translated like any text the config gives.
 */
import type { AtlasConfig } from './schema.ts';
import { translatorFor } from '../../lib/i18n/catalogues.ts';
import type { MessageKey } from '../../lib/i18n/catalogue.ts';

/** The catalogue's `key` in each of `languages`: one text when they all say it the same way. */
export function interfaceText(key: MessageKey, languages: readonly string[]): string | Record<string, string> {
  const texts = Object.fromEntries(languages.map((l) => [l, translatorFor(l).t(key)]));
  const first = texts[languages[0] as string] as string;
  return Object.values(texts).every((t) => t === first) ? first : texts;
}

/** `config` with the defaults above filled in, in the site's languages (the first the default). */
export function withDefaultTexts(config: AtlasConfig): AtlasConfig {
  const languages = config.site.languages ?? [config.site.locale];
  return {
    ...config,
    datasets: config.datasets.map((d) =>
      d.kind === 'cases' && d.columns.metric === undefined && d.metricLabel === undefined
        ? // Typed as the config's output (a resolved string); resolveConfigText resolves it.
          { ...d, metricLabel: interfaceText('cases.metric.defaultLabel', languages) as string }
        : d,
    ),
  };
}
