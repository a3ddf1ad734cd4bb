/**
 * A free text from a register (`texts` in the config) cut into plain runs and web addresses, so
 * pages can show it as text with only its `http://` and `https://` addresses as links. Nothing
 * else in it is ever markup: `javascript:`, `data:` and the like stay words.
 */

/** A run of the text: plain, or a web address with the URL it links to. */
export interface TextRun {
  text: string;
  href?: string;
}

// An address runs to the first space or character that cannot be in one unescaped.
const ADDRESS = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
// Punctuation that ends a sentence rather than the address ("see https://x.org/a.").
const TRAILING = /[.,;:!?]+$/;

/** The runs of `text`, in order; joined they are `text` unchanged. */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index;
    const address = trimAddress(match[0]);
    const href = webAddress(address);
    if (href === undefined) continue;
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: address, href });
    at = start + address.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

// Drops sentence punctuation and a closing bracket the address did not open ("(https://x.org)").
function trimAddress(raw: string): string {
  let address = raw.replace(TRAILING, '');
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    while (address.endsWith(close) && count(address, close) > count(address, open)) {
      address = address.slice(0, -1).replace(TRAILING, '');
    }
  }
  return address;
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

/** The address as a URL to link to, when it is one with a host and is http or https. */
function webAddress(address: string): string | undefined {
  try {
    const url = new URL(address);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
