import { distinctSlugs } from '../distinct-slugs.ts';
import { slugify } from '../slugify.ts';

/**
 * The URL segment of each period label of an indicator: "2019/20" → "2019-20", "2024 Q1" →
 * "2024-q1", letters folded by the data's `language` ("Frühjahr 2024" in German → "fruehjahr-2024").
 * Labels that fold alike ("2019/20" and "2019-20") get a fingerprint of the label each, so no
 * period's page overwrites another's.
 */
export function periodSlugs(periods: readonly string[], language?: string): string[] {
  return distinctSlugs(periods.map((p) => ({ key: p, slug: slugify(p, { fallback: 'period', language }) })));
}
