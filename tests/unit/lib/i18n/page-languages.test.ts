/**
 * The page's language (`<html lang>`) and the language its config text and data are marked with:
 * the interface's catalogue decides the first, so a locale with no catalogue of its own is not
 * the page's language (a screen reader would read the English interface in its voice).
 */
import { describe, expect, it } from 'vitest';
import { pageLanguagesOf } from '../../../../src/lib/i18n/catalogue-languages.ts';

describe('pageLanguagesOf', () => {
  it('keeps a locale its catalogue speaks as the page language, with nothing to mark', () => {
    expect(pageLanguagesOf('en-GB')).toEqual({ page: 'en-GB' });
    expect(pageLanguagesOf('cy')).toEqual({ page: 'cy' });
    // Its own region, not the catalogue's tag: the catalogue speaks the language.
    expect(pageLanguagesOf('cy-GB')).toEqual({ page: 'cy-GB' });
    expect(pageLanguagesOf('de-AT')).toEqual({ page: 'de-AT' });
    expect(pageLanguagesOf('en-US')).toEqual({ page: 'en-US' });
  });

  it("gives a locale with no catalogue the catalogue's language, and its own to mark the text with", () => {
    expect(pageLanguagesOf('nb-NO')).toEqual({ page: 'en-GB', content: 'nb-NO' });
    expect(pageLanguagesOf('fr-FR')).toEqual({ page: 'en-GB', content: 'fr-FR' });
  });
});
