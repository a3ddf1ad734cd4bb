/**
 * Checks of an assets dataset's `words.forms` (its record noun in each plural form, by language):
 * each language is one the site is built in, and gives every form `Intl.PluralRules` chooses in
 * it (Welsh six, English and German two), so no count is ever said with a missing form.
 */
const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export interface FormsProblem {
  path: (string | number)[];
  message: string;
}

export function pluralFormsProblems(
  forms: Readonly<Record<string, Readonly<Record<string, string | undefined>>>>,
  siteLanguages: readonly string[],
): FormsProblem[] {
  const problems: FormsProblem[] = [];
  const byLower = new Map(siteLanguages.map((l) => [l.toLowerCase(), l]));
  for (const [language, given] of Object.entries(forms)) {
    if (!byLower.has(language.toLowerCase())) {
      problems.push({
        path: [language],
        message: `"${language}" is not a language of the site (${siteLanguages.join(', ')}); give the forms for those (site.languages, or site.locale).`,
      });
      continue;
    }
    // In CLDR's order (zero … other), whatever order the engine lists them in.
    const used: readonly string[] = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const needed = ORDER.filter((c) => used.includes(c));
    const missing = needed.filter((c) => given[c] === undefined);
    if (missing.length > 0) {
      problems.push({
        path: [language],
        message: `the forms for "${language}" lack ${missing.join(', ')}: counts in that language use ${needed.join(', ')}. Add ${missing.map((c) => `"${c}"`).join(', ')}.`,
      });
    }
    const unused = Object.keys(given).filter((c) => !used.includes(c));
    if (unused.length > 0) {
      problems.push({
        path: [language],
        message: `the forms for "${language}" give ${unused.join(', ')}, which no count in that language uses (it uses ${needed.join(', ')}); remove ${unused.length === 1 ? 'it' : 'them'}.`,
      });
    }
  }
  return problems;
}
