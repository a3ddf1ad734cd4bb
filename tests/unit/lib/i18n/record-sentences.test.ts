/**
 * An asset page's sentences about where the record is name the record itself: a register that
 * calls its records "bygg" or "parcels" must not be told "This asset is not in any area".
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../../src/lib/i18n/catalogues.ts';
import { createTranslator } from '../../../../src/lib/i18n/translator.ts';

const KEYS = ['assets.area.noArea', 'assets.area.noAreaEmpty', 'assets.area.noLayer', 'assets.area.notPlaced'] as const;

describe("an asset page's sentences about its place", () => {
  it.each(Object.keys(CATALOGUES))('name the record in %s, with no generic noun for it', (tag) => {
    const t = createTranslator(tag, (CATALOGUES[tag] ?? CATALOGUES['en-GB'])!.messages);
    for (const key of KEYS) expect(t.t(key, { name: 'Rådhuset' }), key).toContain('Rådhuset');
  });

  it('says it in English without the word "asset"', () => {
    const en = createTranslator('en-GB', CATALOGUES['en-GB']!.messages);
    expect(en.t('assets.area.noAreaEmpty', { name: 'Rådhuset' })).toBe(
      'Rådhuset is not in any area on this site’s map.',
    );
    for (const key of KEYS) expect(en.t(key, { name: 'Rådhuset' })).not.toMatch(/\basset\b/);
  });
});
