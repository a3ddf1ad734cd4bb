/**
 * Every catalogue has every key of en-GB with the same placeholders, a plural form for
 * every plural category its language uses, its glossary terms, and review marks only on
 * keys it has; the language chosen for a locale follows its tag.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, SOURCE_LANGUAGE, catalogueFor } from '../../../../src/lib/i18n/catalogues.ts';
import { placeholdersOf } from '../../../../src/lib/i18n/translator.ts';
import type { Message } from '../../../../src/lib/i18n/catalogue.ts';

const source = CATALOGUES[SOURCE_LANGUAGE];
if (!source) throw new Error('no en-GB catalogue');
const sourceKeys = Object.keys(source.messages).sort();
const GLOSSARY = ['rate per 100,000', '7-day average', 'suppressed', 'vacant', 'under-used', 'benchmark'];

describe('message catalogues', () => {
  it('ships en-GB, cy, nl, da and de', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(['cy', 'da', 'de', 'en-GB', 'nl']);
  });

  for (const [tag, catalogue] of Object.entries(CATALOGUES)) {
    describe(tag, () => {
      const messages = catalogue.messages as Record<string, Message>;

      it('has every key of en-GB and no other', () => {
        expect(Object.keys(messages).sort()).toEqual(sourceKeys);
      });

      it('uses the same placeholders as en-GB in every message', () => {
        const differ = sourceKeys.filter(
          (k) =>
            JSON.stringify(placeholdersOf(messages[k] as Message)) !==
            JSON.stringify(placeholdersOf(source.messages[k as keyof typeof source.messages])),
        );
        expect(differ).toEqual([]);
      });

      it('gives every plural message a form for each plural category of the language, and no empty text', () => {
        const problems: string[] = [];
        for (const [key, m] of Object.entries(messages)) {
          if (typeof m === 'string') {
            if (m.trim() === '') problems.push(`${key}: empty`);
            continue;
          }
          const categories = new Intl.PluralRules(tag, { type: m.ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions()
            .pluralCategories;
          for (const c of categories) if (!m.forms[c]) problems.push(`${key}: no "${c}" form`);
          const sourceMessage = source.messages[key as keyof typeof source.messages];
          if (typeof sourceMessage === 'string') problems.push(`${key}: plural here, plain text in en-GB`);
          else if ((m.by ?? 'count') !== (sourceMessage.by ?? 'count'))
            problems.push(`${key}: counts another parameter`);
        }
        expect(problems).toEqual([]);
      });

      it('has a glossary of the terms that matter and marks for review only keys it has', () => {
        // The terms that matter first, in this order; a language may add the terms its grammar needs (Welsh).
        expect(catalogue.glossary.map((g) => g.term).slice(0, GLOSSARY.length)).toEqual(GLOSSARY);
        expect(new Set(catalogue.glossary.map((g) => g.term)).size).toBe(catalogue.glossary.length);
        for (const g of catalogue.glossary) expect(g.translation.trim(), g.term).not.toBe('');
        for (const k of catalogue.review) expect(sourceKeys, k).toContain(k);
        expect(new Set(catalogue.review).size).toBe(catalogue.review.length);
      });
    });
  }

  it('chooses the catalogue of the exact tag, else of the language, else en-GB', () => {
    expect(catalogueFor('cy-GB').language).toBe('cy');
    expect(catalogueFor('de-AT').language).toBe('de');
    expect(catalogueFor('nl-BE').language).toBe('nl');
    expect(catalogueFor('da-DK').language).toBe('da');
    expect(catalogueFor('en-US').language).toBe('en-GB');
    expect(catalogueFor('fr-FR').language).toBe('en-GB');
  });
});
