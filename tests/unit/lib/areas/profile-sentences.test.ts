/**
 * The area profile's disease and land sentences in every catalogue language: a withheld count
 * and a missing one each get a sentence of their own (never the word where a number would be),
 * the default categories are named in the page's language, a configured label stays as written.
 */
import { countedLabel } from '../../../../src/lib/i18n/counted-label.ts';
import { describe, expect, it } from 'vitest';
import { diseaseSentence, landSentence } from '../../../../src/lib/areas/profile-sentences.ts';
import { casesFormatter } from '../../../../src/lib/cases/cases-formatter.ts';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { DEFAULT_CATEGORY_KEYS, localDefaults } from '../../../../src/lib/assets/status-style.ts';
import { DEFAULT_ASSET_CATEGORIES } from '../../../../src/lib/assets-files.ts';
import { SUPPRESSED } from '../../../../src/lib/manifest.ts';

const LOCALES = ['en-GB', 'cy', 'nl', 'da', 'de'];
const disease = (locale: string, latest: number | null | typeof SUPPRESSED) => {
  const t = translatorFor(locale);
  return diseaseSentence({ label: 'Campylobacter', latest, completeUntil: '2025-11-09' }, t, casesFormatter(t));
};
const land = (locale: string, categories = DEFAULT_ASSET_CATEGORIES) => {
  const t = translatorFor(locale);
  const labels = new Set(DEFAULT_CATEGORY_KEYS.map((k) => t.t(k)));
  return landSentence(
    { title: 'Council land', total: 1234, counts: [1, 2, 3, 4], categories: localDefaults(categories, t) },
    t,
    casesFormatter(t),
    (label) => (labels.has(label) ? label.toLocaleLowerCase(t.locale) : label),
  );
};

describe('diseaseSentence', () => {
  it('reads as English in the source language, in each of its three shapes', () => {
    expect(disease('en-GB', 1234)).toBe('Campylobacter: 1,234 in the 7 days to 9 November 2025.');
    expect(disease('en-GB', SUPPRESSED)).toBe(
      'Campylobacter: figure withheld (small numbers) for the 7 days to 9 November 2025.',
    );
    expect(disease('en-GB', null)).toBe('Campylobacter: no figure for the 7 days to 9 November 2025.');
  });

  it.each(LOCALES)('in %s, names a partial sum with the disease, in every shape', (locale) => {
    const t = translatorFor(locale);
    const noun = countedLabel({ label: 'districts' }, 2, t);
    const partial = t.t('areas.profile.disease.partial', { counted: 1, of: 2, noun });
    for (const latest of [1234, SUPPRESSED, null] as const) {
      const said = diseaseSentence(
        { label: 'Campylobacter', latest, completeUntil: '2025-11-09', partial },
        t,
        casesFormatter(t),
      );
      expect(said).toContain(`Campylobacter (${partial})`);
      expect(said.replace(` (${partial})`, '')).toBe(disease(locale, latest));
    }
    // Welsh counts with its own word for areas, the label beside it (nouns after a number are singular).
    expect(partial).toMatch(
      locale === 'en-GB'
        ? /^sum of 1 of 2 districts$/
        : locale === 'cy'
          ? /1.*2 ardal \(districts\)/
          : /1.*2 districts/,
    );
  });

  it.each(LOCALES)('in %s, a withheld or missing count is not put where the number goes', (locale) => {
    const t = translatorFor(locale);
    const counted = disease(locale, 1234);
    expect(counted).toContain(casesFormatter(t).count(1234));
    const fmt = casesFormatter(t);
    for (const [shape, value] of [
      [disease(locale, SUPPRESSED), SUPPRESSED],
      [disease(locale, null), null],
    ] as const) {
      // Not the counted sentence with the formatter's word ("suppressed") where the number goes.
      const wordForNumber = t.t('areas.profile.disease', { label: 'Campylobacter', count: fmt.count(value), date: '' });
      expect(
        shape.startsWith(wordForNumber.slice(0, wordForNumber.indexOf(fmt.count(value)) + fmt.count(value).length)),
      ).toBe(false);
      expect(shape).toContain(casesFormatter(t).date('2025-11-09'));
      if (locale !== 'en-GB') expect(shape).not.toMatch(/\b(suppressed|withheld|figure|small|days)\b/i);
    }
    expect(new Set([counted, disease(locale, SUPPRESSED), disease(locale, null)]).size).toBe(3);
  });
});

describe('landSentence', () => {
  it('counts the records of the categories that are available, named as a sentence names them', () => {
    expect(land('en-GB')).toBe('Council land: 1,234 in the area, 3 of them vacant or under-used.');
  });

  it.each(LOCALES.filter((l) => l !== 'en-GB'))('names the default categories in %s, not in English', (locale) => {
    const text = land(locale);
    expect(text).not.toMatch(/vacant|under-used/i);
    const t = translatorFor(locale);
    expect(text).toContain(t.t('assets.category.vacant').toLocaleLowerCase(t.locale));
  });

  it('keeps a configured label as written, and says no count of available records when none is', () => {
    const mine = [
      { id: 'permissioned', label: 'Permissioned', colour: '#0b5cad', shape: 'square' as const, available: false },
      {
        id: 'not-permissioned',
        label: 'Not permissioned',
        colour: '#b3261e',
        shape: 'triangle' as const,
        available: false,
      },
    ];
    expect(land('cy', [{ ...mine[0]!, available: true }, mine[1]!])).toContain('Permissioned');
    expect(land('en-GB', mine)).toBe('Council land: 1,234 in the area.');
  });
});
