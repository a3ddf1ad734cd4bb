import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/slugify.ts';

describe('slugify', () => {
  it.each([
    ['Influenza (lab-confirmed)', 'influenza-lab-confirmed'],
    ['  Cases -- per   day ', 'cases-per-day'],
    ['Zürich Süd', 'zurich-sud'],
    ['SWDP43.3', 'swdp43-3'],
    ['///', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts at 60 characters by default and never ends on a separator', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
    expect(slugify('abc def', { maxLength: 4 })).toBe('abc');
  });

  it('keeps the punctuation it is told to, but not at either end', () => {
    expect(slugify('._SWDP43.3_b.', { keep: '._' })).toBe('swdp43.3_b');
    expect(slugify('a.b', { keep: '._', maxLength: 2 })).toBe('a');
  });

  it('gives the fallback when nothing safe is left', () => {
    expect(slugify('///', { fallback: 'asset' })).toBe('asset');
  });

  it.each([
    ['Fälle', 'de-DE', 'faelle'],
    ['Fälle', 'de-AT', 'faelle'],
    ['Größe Überblick', 'de', 'groesse-ueberblick'],
    ['Straße', 'de', 'strasse'],
    ['Tilfælde på Ærø', 'da', 'tilfaelde-paa-aeroe'],
    ['Smørbrød på Ålesund', 'nb-NO', 'smoerbroed-paa-aalesund'],
    ['Fälle', 'nl', 'falle'],
    ['Île-de-France', 'fr-FR', 'ile-de-france'],
  ])('folds %j by the convention of %s: %j', (text, language, slug) => {
    expect(slugify(text, { language })).toBe(slug);
  });

  it('drops accents where no language is given, and spells the letters that have none', () => {
    expect(slugify('Fälle')).toBe('falle');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('Ærø Łódź')).toBe('aero-lodz');
    expect(slugify('Tilfælde på Ærø')).toBe('tilfaelde-pa-aero');
  });
});
