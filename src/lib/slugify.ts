import { foldLetters } from './letter-fold.ts';

/** How `slugify` shapes a slug; every field has a default. */
export interface SlugOptions {
  /** Punctuation kept as it is besides `-`, e.g. `'._'` for asset ids ("SWDP43.3"); default none. */
  keep?: string;
  /** Longest slug, in characters; default 60. */
  maxLength?: number;
  /** The slug when nothing safe is left (e.g. "///"); default `''`. */
  fallback?: string;
  /** The text's language (BCP 47), when known: its letters fold by its convention (see `foldLetters`). */
  language?: string | undefined;
}

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

/**
 * "Influenza (lab-confirmed)" → "influenza-lab-confirmed": URL- and file-name-safe.
 * Letters are folded to ASCII by the text's language where it is given ("Fälle" in
 * German → "faelle", else "falle"), lower-cased (case-insensitive file systems would
 * merge "A1" and "a1"), and each run of other characters becomes one "-"; no
 * separator starts or ends the slug. Slugs of different texts may still fold alike:
 * `distinctSlugs` keeps them apart.
 */
export function slugify(text: string, options: SlugOptions = {}): string {
  const { keep = '', maxLength = 60, fallback = '', language } = options;
  const kept = escapeClass(keep);
  const edges = new RegExp(`^[-${kept}]+|[-${kept}]+$`, 'g');
  const s = foldLetters(text, language)
    .toLowerCase()
    .replace(new RegExp(`[^a-z0-9${kept}-]+`, 'g'), '-')
    .replace(/-{2,}/g, '-')
    .replace(edges, '')
    .slice(0, maxLength)
    .replace(edges, '');
  return s === '' ? fallback : s;
}
