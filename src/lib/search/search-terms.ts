/**
 * The words a search matches on, for the index built at build time and the query typed in the
 * browser alike, so both sides cut text the same way. Not tied to one script or language: letters
 * and digits of any script are kept, accents are dropped ("Ysbyty Ystwyth" and "Llanfair-ym-Muallt"
 * are found as typed without their circumflexes), and everything else separates words.
 */

/** Lower-cased, accent-free form of `text`, for comparing whole phrases. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of `text`: runs of letters and digits, folded; empty for text with none. */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/**
 * One word for a code written with spaces or punctuation ("BN1 2AB" → "bn12ab", "SWDP43.3" →
 * "swdp433"), so a postcode or reference is found typed either way; '' when it has one word or none.
 */
export function joinedTerm(text: string): string {
  const terms = searchTerms(text);
  return terms.length > 1 ? terms.join('') : '';
}

/**
 * A number written with leading zeros without them ("010070446362" → "10070446362"), so a UPRN or
 * numeric reference the data step padded (`idPadding`) is found typed as the register writes it;
 * '' for anything else.
 */
export function unpaddedTerm(text: string): string {
  return /^0+\d+$/.test(text) ? text.replace(/^0+(?=\d)/, '') : '';
}

/**
 * The words an asset is found by besides its name and address: its reference and UPRN as the site
 * shows them, each also without the zeros padding added, and codes written with spaces or
 * punctuation as one word.
 */
export function assetKeywords(id: string, uprn: string, postcode: string): string {
  return [id, uprn, joinedTerm(postcode), joinedTerm(id), unpaddedTerm(id), unpaddedTerm(uprn)]
    .filter((p) => p !== '')
    .join(' · ');
}

/** Shortest query word that picks a shard: one letter would match most of a large site. */
export const MIN_TERM_LENGTH = 2;
