/**
 * The links of an A-to-Z of areas and of one letter's parts, worded in the page's language, for
 * the LetterLinks component on the search page and the area list pages.
 */
import { siteTranslator } from './i18n.ts';

export interface LetterLink {
  href: string;
  text: string;
  current?: boolean;
  /** Spoken instead of the bare text, e.g. "K: 12 areas". */
  label?: string;
}

/** One button per initial letter, its name saying how many areas it holds; `current` is marked. */
export function letterButtons<L extends { letter: string; count: number }>(
  letters: L[],
  href: (entry: L) => string,
  current?: string,
): LetterLink[] {
  const t = siteTranslator();
  return letters.map((entry) => ({
    href: href(entry),
    text: entry.letter,
    current: entry.letter === current,
    label: t.t(entry.letter === '#' ? 'cases.areas.otherCount' : 'cases.areas.letterCount', {
      letter: entry.letter,
      count: entry.count,
    }),
  }));
}

/** One button per part of a letter too long for one page ("Part 1", "Part 2"...). */
export function partButtons(parts: number, current: number, href: (part: number) => string): LetterLink[] {
  const t = siteTranslator();
  return Array.from({ length: parts }, (_, k) => k + 1).map((n) => ({
    href: href(n),
    text: t.t('cases.areas.part', { n }),
    current: n === current,
  }));
}
