/**
 * The example community-rights config in data/examples/ is valid config for a site in Dutch and
 * English: the site schema accepts it, every text is given in both, it says it is not legal
 * advice, and its links lead only to official publications.
 */
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../../src/pipeline/config/schema.ts';
import { resolveConfigText } from '../../../src/pipeline/config/config-text.ts';
import { communityRightsNl } from '../../../data/examples/community-rights-nl.ts';

describe('data/examples/community-rights-nl.ts', () => {
  const parsed = siteSchema.shape.communityRights.parse(communityRightsNl);
  const { config, translations, problems } = resolveConfigText(parsed, ['nl', 'en-GB']);

  it('is accepted by the config schema and resolves in Dutch, with every text in English too', () => {
    expect(problems).toEqual([]);
    expect(config?.paragraphs[0]).toMatch(/geen juridisch advies/);
    const texts = [
      config?.heading,
      ...(config?.paragraphs ?? []),
      ...(config?.links ?? []).map((l) => l.label),
      ...(config?.nominationSections ?? []).flatMap((s) => [s.heading, s.hint]),
    ];
    for (const text of texts) expect(translations[text ?? '']?.['en-GB'], text).toBeTruthy();
    expect(translations[config?.paragraphs[0] ?? '']?.['en-GB']).toMatch(/not legal advice/);
    expect(config?.nominationSections.length).toBeGreaterThan(0);
  });

  it('links only to official publications of Dutch law and case law', () => {
    const hosts = (config?.links ?? []).map((l) => new URL(l.url).host);
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(['wetten.overheid.nl', 'deeplink.rechtspraak.nl']).toContain(host);
  });
});
