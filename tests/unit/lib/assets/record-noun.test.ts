/**
 * A count of records is said with the dataset's own noun in the plural form the page's language
 * needs: Welsh has six (zero, one, two, few, many, other), English, German, Dutch and Danish two.
 */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../src/lib/i18n/catalogues.ts';
import { namesRecords, onlyWords, recordNoun } from '../../../../src/lib/assets/record-noun.ts';
import { pluralFormsProblems } from '../../../../src/pipeline/config/plural-forms-checks.ts';

const cyForms = { zero: 'Z', one: 'O', two: 'T', few: 'F', many: 'M', other: 'X' };
const words = {
  asset: 'vacant building',
  assets: 'vacant buildings',
  forms: { cy: cyForms, de: { one: 'Leerstand', other: 'Leerstände' } },
  labels: {},
};

describe('the noun of a count of records', () => {
  it('uses every Welsh plural form, chosen by Intl.PluralRules', () => {
    const cy = translatorFor('cy');
    expect([0, 1, 2, 3, 6, 4, 100].map((n) => recordNoun(words, n, cy))).toEqual(['Z', 'O', 'T', 'F', 'M', 'X', 'X']);
  });

  it('uses a language’s own forms, else asset/assets as one/other, else the interface’s word', () => {
    expect(recordNoun(words, 1, translatorFor('de'))).toBe('Leerstand');
    expect(recordNoun(words, 5, translatorFor('de'))).toBe('Leerstände');
    expect(recordNoun(words, 1, translatorFor('en-GB'))).toBe('vacant building');
    expect(recordNoun(words, 0, translatorFor('en-GB'))).toBe('vacant buildings');
    expect(recordNoun(undefined, 1, translatorFor('nl'))).toBe(
      translatorFor('nl').t('assets.noun.records', { count: 1 }),
    );
    expect(recordNoun({ labels: {} }, 3, translatorFor('da'))).toBe('poster');
  });

  it('names the records of one dataset only, and only when its words do', () => {
    expect(onlyWords([{ words }])).toBe(words);
    expect(onlyWords([{ words }, { words }])).toBeUndefined();
    expect(onlyWords([{ words: { labels: { name: 'Site' } } }])).toBeUndefined();
    expect(namesRecords({ asset: 'site', labels: {} })).toBe(false);
  });
});

describe('the config check of words.forms', () => {
  it('names the forms a language needs that are missing, and forms it never uses', () => {
    expect(pluralFormsProblems({ cy: { one: 'adeilad', other: 'adeiladau' } }, ['cy', 'en-GB'])).toEqual([
      {
        path: ['cy'],
        message:
          'the forms for "cy" lack zero, two, few, many: counts in that language use zero, one, two, few, many, other. Add "zero", "two", "few", "many".',
      },
    ]);
    expect(
      pluralFormsProblems({ 'en-GB': { one: 'site', two: 'sites', other: 'sites' } }, ['en-GB'])[0]?.message,
    ).toContain('give two, which no count in that language uses');
    expect(pluralFormsProblems({ cy: cyForms, 'en-GB': { one: 'site', other: 'sites' } }, ['cy', 'en-GB'])).toEqual([]);
  });

  it('refuses a language the site is not built in', () => {
    expect(pluralFormsProblems({ fr: { one: 'site', other: 'sites' } }, ['en-GB'])[0]?.message).toContain(
      '"fr" is not a language of the site (en-GB)',
    );
  });
});
