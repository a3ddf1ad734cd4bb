/** Texts a config gives per language resolve to the default language, with their translations kept. */
import { describe, expect, it } from 'vitest';
import { resolveConfigText } from '../../../../src/pipeline/config/config-text.ts';
import { configTextIn, shownLanguage, translateConfigText } from '../../../../src/lib/i18n/config-text.ts';

const languages = ['cy', 'en-GB'];

describe('resolveConfigText', () => {
  it('gives the default-language text, keeps the translations by it, and leaves plain text and other records alone', () => {
    const config = {
      site: { title: { cy: 'Atlas Dinesig', 'en-GB': 'Civic Atlas' }, council: 'Eastmere' },
      datasets: [{ id: 'a', title: { cy: 'Ailgylchu' }, statusMap: { Vacant: 'vacant' } }],
    };
    const out = resolveConfigText(config, languages);
    expect(out.problems).toEqual([]);
    expect(out.config).toEqual({
      site: { title: 'Atlas Dinesig', council: 'Eastmere' },
      datasets: [{ id: 'a', title: 'Ailgylchu', statusMap: { Vacant: 'vacant' } }],
    });
    // A text given per language is listed even with no translation, so the English pages know it is missing.
    expect(out.translations).toEqual({ 'Atlas Dinesig': { 'en-GB': 'Civic Atlas' }, Ailgylchu: {} });
  });

  it('names the key of a text without the default language, with an unknown language, or translated two ways', () => {
    const out = resolveConfigText(
      {
        site: { title: { 'en-GB': 'Civic Atlas' } },
        datasets: [
          { title: { cy: 'Ailgylchu', fr: 'Recyclage' } },
          { title: { cy: 'Tai', 'en-GB': 'Housing' } },
          { title: { cy: 'Tai', 'en-GB': 'Homes' } },
        ],
      },
      languages,
    );
    expect(out.problems).toEqual([
      "site.title: no text in cy, the site's default language (the first of site.languages); every text needs it, as the other languages fall back to it.",
      'datasets[0].title: "fr" is not one of the site\'s languages (cy, en-GB); give the text in those (site.languages lists them).',
      'datasets[2].title: "Tai" is translated into en-GB as "Homes" here and as "Housing" at datasets[1].title; the same cy text must have one translation per language.',
    ]);
  });
});

describe('configTextIn and translateConfigText', () => {
  const translations = { Ailgylchu: { 'en-GB': 'Recycling' }, Tai: {} };
  it('translates, falls back with the default language named, and leaves one-for-all text as it is', () => {
    expect(configTextIn('Ailgylchu', 'en-GB', 'cy', translations)).toEqual({ text: 'Recycling' });
    expect(configTextIn('Tai', 'en-GB', 'cy', translations)).toEqual({ text: 'Tai', fallbackLanguage: 'cy' });
    expect(configTextIn('Eastmere', 'en-GB', 'cy', translations)).toEqual({ text: 'Eastmere' });
    expect(configTextIn('Ailgylchu', 'cy', 'cy', translations)).toEqual({ text: 'Ailgylchu' });
    expect(translateConfigText({ a: ['Ailgylchu', { b: 'Tai' }], n: 3 }, 'en-GB', 'cy', translations)).toEqual({
      a: ['Recycling', { b: 'Tai' }],
      n: 3,
    });
  });
});

describe('shownLanguage', () => {
  const translations = { Ailgylchu: { 'en-GB': 'Recycling' }, Tai: {}, Gwag: {} };
  it('names the default language for a shown text that was not translated, and nothing else', () => {
    const of = shownLanguage('en-GB', 'cy', translations);
    const shown = translateConfigText(['Ailgylchu', 'Tai', 'Eastmere'], 'en-GB', 'cy', translations);
    expect(shown.map(of)).toEqual([undefined, 'cy', undefined]);
    // A text that is both untranslated and another's translation reads right as shown.
    expect(shownLanguage('en-GB', 'cy', { Gwag: { 'en-GB': 'Tai' }, Tai: {} })('Tai')).toBeUndefined();
    // The default language's pages never fall back.
    expect(shownLanguage('cy', 'cy', translations)('Tai')).toBeUndefined();
  });
});

describe('site.languages', () => {
  it('takes languages with a catalogue, and names a language without one with those available', async () => {
    const { siteSchema } = await import('../../../../src/pipeline/config/schema.ts');
    expect(siteSchema.safeParse({ title: 'T', council: 'C', languages: ['cy', 'en-GB'] }).success).toBe(true);
    const refused = siteSchema.safeParse({ title: 'T', council: 'C', languages: ['cy', 'fr'] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'languages.1',
        '"fr" has no interface catalogue; the languages available are en-GB, cy, nl, da, de (src/lib/i18n/messages/)',
      ],
    ]);
  });
});
