/**
 * No translation changes or arrives unnoticed: every key of cy, nl, da and de is either on its
 * namespace's review list or recorded in src/lib/i18n/reviewed/<language>.json as checked with
 * the en-GB message and the translation it has now. The ledger logic is tested on small
 * catalogues first (a new key, an English change, a translation change, a stale entry), then
 * the committed catalogues are held to it.
 */
import { describe, expect, it } from 'vitest';
import type { Catalogue, Messages } from '../../../../src/lib/i18n/catalogue.ts';
import { CATALOGUES, SOURCE_LANGUAGE } from '../../../../src/lib/i18n/catalogues.ts';
import { markReviewed, readLedger, reviewFingerprint, reviewState } from '../../../../src/tools/review-ledger.ts';

const catalogue = (messages: Record<string, string>, review: string[] = []): Catalogue => ({
  language: 'de',
  name: 'Deutsch',
  glossary: [],
  review: review as Catalogue['review'],
  messages: messages as unknown as Messages,
});

describe('review ledger', () => {
  const en = catalogue({ 'a.one': 'Map', 'a.two': 'List' });
  const de = catalogue({ 'a.one': 'Karte', 'a.two': 'Liste' });
  const ledger = markReviewed(en, de, {}, ['a.one', 'a.two']);

  it('settles keys checked in their current wording', () => {
    expect(reviewState(en, de, ledger)).toEqual({ unchecked: [], changed: [], stale: [], checkedButListed: [] });
  });

  it('finds a key added without a check or a review mark', () => {
    const en3 = catalogue({ 'a.one': 'Map', 'a.two': 'List', 'a.three': 'Table' });
    const de3 = catalogue({ 'a.one': 'Karte', 'a.two': 'Liste', 'a.three': 'Tabelle' });
    expect(reviewState(en3, de3, ledger).unchecked).toEqual(['a.three']);
    expect(
      reviewState(en3, { ...de3, review: ['a.three'] as unknown as Catalogue['review'] }, ledger).unchecked,
    ).toEqual([]);
  });

  it('finds a key whose English or translation changed since it was checked', () => {
    expect(reviewState(catalogue({ 'a.one': 'Map of areas', 'a.two': 'List' }), de, ledger).changed).toEqual(['a.one']);
    expect(reviewState(en, catalogue({ 'a.one': 'Karte', 'a.two': 'Aufzählung' }), ledger).changed).toEqual(['a.two']);
  });

  it('finds entries for keys that are gone, and checked keys still on the review list', () => {
    expect(reviewState(en, de, { ...ledger, 'a.gone': 'x' }).stale).toEqual(['a.gone']);
    expect(
      reviewState(en, { ...de, review: ['a.one'] as unknown as Catalogue['review'] }, ledger).checkedButListed,
    ).toEqual(['a.one']);
  });

  it('fingerprints plural forms, not only their text', () => {
    const one = { forms: { one: '{count} Karte', other: '{count} Karten' } };
    const other = { forms: { one: '{count} Karten', other: '{count} Karte' } };
    expect(reviewFingerprint('Map', one)).not.toBe(reviewFingerprint('Map', other));
  });

  it('refuses to record a key the catalogue lacks', () => {
    expect(() => markReviewed(en, de, {}, ['a.nope'])).toThrow(/a\.nope/);
  });
});

describe('committed translations', () => {
  const source = CATALOGUES[SOURCE_LANGUAGE] as Catalogue;
  for (const [tag, translation] of Object.entries(CATALOGUES)) {
    if (tag === SOURCE_LANGUAGE) continue;
    it(`${tag}: every key is on the review list or checked as it now reads`, () => {
      const state = reviewState(source, translation, readLedger(tag));
      // A key listed here: put it on its namespace's review list (messages/<tag>/), or, once a
      // person has checked it, run `npx tsx src/tools/mark-reviewed.ts <tag> <key>`.
      expect(state).toEqual({ unchecked: [], changed: [], stale: [], checkedButListed: [] });
    });
  }
});
