/** The lookup: placeholders filled, plural forms chosen by the language's rules, Intl formatting in the locale. */
import { describe, expect, it } from 'vitest';
import { createTranslator, pickMessages } from '../../../../src/lib/i18n/translator.ts';
import { translatorFor, catalogueFor } from '../../../../src/lib/i18n/catalogues.ts';

describe('translator', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    const en = translatorFor('en-GB');
    expect(en.t('offline.list.removeLabel', { title: 'Eastmere Central' })).toBe(
      'Remove Eastmere Central from this device',
    );
    expect(en.t('offline.list.count', { count: 1, size: '12 kB' })).toBe('1 page kept, 12 kB in all.');
    expect(en.t('offline.list.count', { count: 1200, size: '2 MB' })).toBe('1,200 pages kept, 2 MB in all.');
    expect(translatorFor('de-DE').t('offline.list.count', { count: 1200, size: '2 MB' })).toBe(
      '1.200 Seiten gespeichert, insgesamt 2 MB.',
    );
  });

  it("joins lists and writes dates in the catalogue's language when the locale has no catalogue", () => {
    // A Norwegian site (nb-NO) is shown in the en-GB catalogue: its sentences must not carry
    // Norwegian words ("vacant eller under-used", "3. mars 2025"); its numbers keep the locale.
    const nb = translatorFor('nb-NO');
    expect(nb.list(['vacant', 'under-used'], 'disjunction')).toBe('vacant or under-used');
    expect(nb.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(nb.date('2025-03-03')).toBe('3 March 2025');
    expect(nb.number(1234.5, 1)).toBe(new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }).format(1234.5));
    // A locale of the catalogue's own language keeps its own ways: US dates, Belgian Dutch lists.
    expect(translatorFor('en-US').date('2025-03-03')).toBe('March 3, 2025');
    expect(translatorFor('nl-BE').list(['a', 'b'], 'disjunction')).toBe('a of b');
    // A page's script is given the catalogue's language beside the locale.
    const page = createTranslator('nb-NO', {}, 'en-GB');
    expect(page.list(['x', 'y'], 'disjunction')).toBe('x or y');
  });

  it('chooses Welsh plural forms by Intl.PluralRules: one, two and other differ', () => {
    const cy = translatorFor('cy-GB');
    expect(cy.t('cases.chart.trendLagged', { count: 1 })).toBe(
      'Mae’r diwrnod olaf wedi’i raddliwio: mae’n dal yn anghyflawn.',
    );
    expect(cy.t('cases.chart.trendLagged', { count: 2 })).toContain('2 ddiwrnod');
    expect(cy.t('cases.chart.trendLagged', { count: 4 })).toContain('4 diwrnod');
  });

  it('chooses English ordinals by ordinal rules', () => {
    const en = translatorFor('en-GB');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => en.t('number.ordinal', { n }))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });

  it('formats percentages, dates, sizes and lists with Intl in the locale', () => {
    const en = translatorFor('en-GB');
    const de = translatorFor('de-DE');
    expect(en.percent(0.125)).toBe('12.5%');
    expect(de.percent(0.125)).toBe('12,5\u00a0%');
    expect(en.date('2025-03-03')).toBe('3 March 2025');
    expect(de.date('2025-03-03')).toBe('3. März 2025');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(translatorFor('nl-NL').list(['a', 'b', 'c'])).toBe('a, b en c');
    expect(en.bytes(2048)).toBe('2 kB');
    expect(en.bytes(3 * 1024 * 1024)).toBe('3 MB');
  });

  it('throws naming the key or parameter that is missing, rather than showing half a sentence', () => {
    const en = translatorFor('en-GB');
    expect(() => en.t('offline.list.removeLabel')).toThrow(/"offline.list.removeLabel" needs the parameter "title"/);
    expect(() => en.t('offline.list.count', { size: '1 kB' })).toThrow(/needs a number "count"/);
    const part = createTranslator('en-GB', pickMessages(catalogueFor('en-GB').messages, ['offline.list.remove']));
    expect(part.t('offline.list.remove')).toBe('Remove');
    expect(() => part.t('offline.list.empty')).toThrow(/no message "offline.list.empty"/);
  });
});
