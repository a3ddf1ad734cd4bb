/** Where each language of a site is built, and the sitemap of a site in several languages. */
import { describe, expect, it } from 'vitest';
import { languagePrefix, siteLanguages } from '../../../src/site/site-languages.mjs';
import { languageEntries, urlset } from '../../../src/site/sitemap.mjs';

describe('siteLanguages', () => {
  it('builds the default language at the root and each other under its subtag, or its tag when two share one', () => {
    expect(siteLanguages({ basePath: '/atlas/', locale: 'cy', languages: ['cy', 'en-GB'] })).toEqual([
      { language: 'cy', prefix: '', base: '/atlas/' },
      { language: 'en-GB', prefix: 'en', base: '/atlas/en/' },
    ]);
    expect(languagePrefix('en-US', ['en-GB', 'en-US'])).toBe('en-us');
    expect(siteLanguages({ basePath: '/', locale: 'de-DE' })).toEqual([{ language: 'de-DE', prefix: '', base: '/' }]);
  });
});

describe('languageEntries', () => {
  it('lists every page of the default language in each language, each with every alternate and x-default', () => {
    const languages = [
      { language: 'cy', prefix: '' },
      { language: 'en-GB', prefix: 'en' },
    ];
    const entries = languageEntries(['', 'areas/', 'en/', 'en/areas/'], 'https://x.example', '/', languages);
    expect(entries.map((e) => e.loc)).toEqual([
      'https://x.example/',
      'https://x.example/areas/',
      'https://x.example/en/',
      'https://x.example/en/areas/',
    ]);
    expect(entries[3]?.alternates).toEqual([
      { hreflang: 'cy', href: 'https://x.example/areas/' },
      { hreflang: 'en-GB', href: 'https://x.example/en/areas/' },
      { hreflang: 'x-default', href: 'https://x.example/areas/' },
    ]);
    const xml = urlset(entries);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      '<url><loc>https://x.example/en/</loc><xhtml:link rel="alternate" hreflang="cy" href="https://x.example/"/>',
    );
  });
});
