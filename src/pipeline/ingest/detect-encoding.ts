/**
 * Which encoding a CSV file's bytes are in, from a sample: UTF-8 when the sample is valid UTF-8,
 * otherwise Windows-1252 or Mac Roman, whichever decodes the high bytes into more plausible text.
 * Pure functions over bytes; the streaming decoder (chunk-decoder.ts) calls them once per file.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type SingleByteEncoding = 'windows-1252' | 'macintosh' | 'latin1';
export type DetectedEncoding = 'utf-8' | 'windows-1252' | 'macintosh';

/** How each encoding is named in messages. */
export const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  macintosh: 'Mac Roman',
  latin1: 'Latin-1 (ISO-8859-1)',
};

/**
 * The encoding of `sample`, the first bytes of a file holding a non-ASCII byte. A multi-byte
 * character cut off at the sample's end does not count against UTF-8.
 */
export function detectEncoding(sample: Buffer): DetectedEncoding {
  if (isUtf8(sample.subarray(0, sample.length - incompleteUtf8Tail(sample)))) return 'utf-8';
  return guessSingleByte(sample);
}

// Without `stream`, a single-byte decoder keeps no state between calls, so one serves every file.
const macRoman = new TextDecoder('macintosh');

/**
 * Windows-1252 goes through iconv-lite because Node 20's TextDecoder decodes it as Latin-1
 * (0x92 gives U+0092, not ’); Mac Roman goes through TextDecoder, which maps it correctly and faster.
 */
export function decodeSingleByte(buf: Buffer, encoding: 'windows-1252' | 'macintosh'): string {
  return encoding === 'macintosh' ? macRoman.decode(buf) : iconv.decode(buf, 'windows-1252');
}

/** Number of bytes at the end of `buf` that start a UTF-8 sequence the chunk does not finish. */
export function incompleteUtf8Tail(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= 4 && back <= n; back++) {
    const b = buf[n - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const GOOD_SYMBOLS = new Set('‘“”„…•£€°©®™½¼¾·×«»§¢¥±²³\u00A0');
const RARE_LETTERS = new Set('ƒŠŒŽšœžŸıﬁﬂªºµ');
const COMMON_LOWER = new Set('éèêëàâäáãåçîïíìôöóòõøùûüúñÿæß');
const LETTER = /\p{L}/u;

/** Windows-1252 or Mac Roman, whichever decodes the sample's high bytes into more plausible text (ties: Windows-1252). */
export function guessSingleByte(sample: Buffer): 'windows-1252' | 'macintosh' {
  const mac = decodeSingleByte(sample, 'macintosh');
  const win = decodeSingleByte(sample, 'windows-1252');
  let score = 0;
  for (let i = 0; i < sample.length; i++) {
    if ((sample[i] as number) < 0x80) continue;
    score += plausibility(mac, i) - plausibility(win, i);
  }
  return score > 0 ? 'macintosh' : 'windows-1252';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** How likely the character at `i` is in ordinary Western European text, given its ASCII neighbours. */
function plausibility(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const ch = text.charAt(i);
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  const inWord = isAsciiLetter(prev) && isAsciiLetter(next);
  if ((c >= 0x80 && c < 0xa0) || c === 0xfffd) return -5; // a byte the encoding leaves undefined
  if (c === 0x2019) return inWord ? 4 : 2; // ’ as in "don’t"
  if (c === 0x2013 || c === 0x2014) return inWord ? 0 : 2; // dashes stand between words, not letters
  if (GOOD_SYMBOLS.has(ch)) return 2;
  if (RARE_LETTERS.has(ch)) return -2;
  if (LETTER.test(ch)) {
    if (ch !== ch.toUpperCase()) return COMMON_LOWER.has(ch) ? 2 : 1;
    // An accented capital inside a lower-case word ("CouncilÕs") is a mis-decoded punctuation mark.
    return (prev >= 97 && prev <= 122) || (next >= 97 && next <= 122) ? -3 : 0;
  }
  return -2;
}
