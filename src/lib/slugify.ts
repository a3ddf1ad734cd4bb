/** How `slugify` shapes a slug; every field has a default. */
export interface SlugOptions {
  /** Punctuation kept as it is besides `-`, e.g. `'._'` for asset ids ("SWDP43.3"); default none. */
  keep?: string;
  /** Longest slug, in characters; default 60. */
  maxLength?: number;
  /** The slug when nothing safe is left (e.g. "///"); default `''`. */
  fallback?: string;
}

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

/**
 * "Influenza (lab-confirmed)" → "influenza-lab-confirmed": URL- and file-name-safe.
 * Accents are dropped, letters lower-cased (case-insensitive file systems would
 * merge "A1" and "a1"), and each run of other characters becomes one "-"; no
 * separator starts or ends the slug.
 */
export function slugify(text: string, options: SlugOptions = {}): string {
  const { keep = '', maxLength = 60, fallback = '' } = options;
  const kept = escapeClass(keep);
  const edges = new RegExp(`^[-${kept}]+|[-${kept}]+$`, 'g');
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(new RegExp(`[^a-z0-9${kept}-]+`, 'g'), '-')
    .replace(/-{2,}/g, '-')
    .replace(edges, '')
    .slice(0, maxLength)
    .replace(edges, '');
  return s === '' ? fallback : s;
}
