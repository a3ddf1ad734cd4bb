/** The example community-rights config in data/examples/ is valid config: the site schema accepts it as it is. */
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../../src/pipeline/config/schema.ts';
import { communityRightsNl } from '../../../data/examples/community-rights-nl.ts';

describe('data/examples/community-rights-nl.ts', () => {
  it('is accepted by the config schema, with sources as web links and nomination sections', () => {
    const parsed = siteSchema.shape.communityRights.parse(communityRightsNl);
    expect(parsed?.paragraphs[0]).toMatch(/geen juridisch advies/);
    expect(parsed?.links.every((l) => l.url.startsWith('https://'))).toBe(true);
    expect(parsed?.links.map((l) => l.label).join(' ')).toContain('36210');
    expect(parsed?.nominationSections.length).toBeGreaterThan(0);
  });
});
