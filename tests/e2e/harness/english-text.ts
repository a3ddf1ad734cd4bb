/**
 * Finds English interface text in a page built in another language. A piece of page text is
 * English when, after every stretch of data text in it (what the council's config and data
 * supplied: titles, area and asset names, category labels, source notes) is set aside, it still
 * holds an English interface word: a word of the en-GB catalogue that the page's language's
 * catalogue never uses, or an English function word ("the", "and", "of", ...).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Message, Messages } from '../../../src/lib/i18n/catalogue.ts';

/** The words of a text, case kept (`under-used` is two words; `wedi’i` is one). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? [];
}

/** English words short enough to slip into any sentence, whether or not the catalogue has them yet. */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the',
  'and',
  'of',
  'with',
  'for',
  'this',
  'that',
  'these',
  'from',
  'per',
  'to',
  'by',
  'on',
  'at',
  'or',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'not',
  'no',
  'all',
  'any',
  'each',
  'every',
  'its',
  'their',
  'your',
  'you',
  'which',
  'what',
  'when',
  'where',
  'than',
  'more',
  'less',
  'show',
  'hide',
  'download',
  'see',
  'open',
  'close',
  'choose',
  'select',
  'search',
  'page',
  'pages',
  'table',
  'chart',
  'map',
  'data',
  'rows',
  'row',
  'none',
  'about',
  'how',
  'why',
  'here',
  'there',
  'only',
  'also',
  'but',
  'week',
  'weeks',
  'day',
  'days',
  'month',
  'months',
  'year',
  'years',
  'rate',
  'total',
  'average',
  'area',
  'areas',
  'back',
  'next',
  'previous',
];

/**
 * Words that are the same in every language of the site, so never a sign of English: file formats
 * and units a reader meets as symbols, and the names of the languages (each written in its own
 * language, in a language switch).
 */
export const SAME_IN_EVERY_LANGUAGE: readonly string[] = [
  'csv',
  'geojson',
  'json',
  'topojson',
  'pdf',
  'png',
  'svg',
  'ok',
  'uprn',
  'id',
  'url',
  'kb',
  'mb',
  'gb',
  'km',
  'ha',
  'english',
  'cymraeg',
  'nederlands',
  'dansk',
  'deutsch',
  'civic',
  'atlas',
];

/** Every text of a message (each plural form), placeholders taken out. */
function textsOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message.forms);
  return texts.map((t) => t.replace(/\{[^}]*\}/g, ' '));
}

/** The lower-cased words of every message. */
export function catalogueWords(messages: Partial<Messages>): Set<string> {
  const words = new Set<string>();
  for (const message of Object.values(messages) as Message[])
    for (const text of textsOf(message)) for (const w of wordsOf(text)) words.add(w.toLowerCase());
  return words;
}

/**
 * A catalogue without its names of kinds of areas (`datasets.geography.<system>.<kind>`, "electoral
 * wards in England"): only the hints about unknown area codes say them, and their words are the
 * ones councils name their own layers with ("Wards"), which pages show as data, lower-cased inside
 * a sentence too ("each of the 18 wards"). The sentences around them are still looked for.
 */
function withoutAreaKinds(messages: Partial<Messages>): Partial<Messages> {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) => !/^datasets\.geography\.(gss|fips|ons|nuts|lau)\./.test(key)),
  ) as Partial<Messages>;
}

/**
 * The English interface words to look for on a page in the language of `target`: the words of the
 * en-GB catalogue and the function words that the target catalogue does not use itself (German and
 * Dutch say "in" too), less the words that are the same in every language.
 */
export function englishWords(source: Partial<Messages>, target: Partial<Messages>): Set<string> {
  const own = catalogueWords(target);
  const english = new Set<string>();
  for (const w of [...catalogueWords(withoutAreaKinds(source)), ...ENGLISH_FUNCTION_WORDS])
    if (!own.has(w) && !SAME_IN_EVERY_LANGUAGE.includes(w)) english.add(w);
  return english;
}

/**
 * The data text of a site, to set aside before looking for English. A data string is matched as a
 * run of whole words anywhere in a text, except one made only of English interface words
 * ("Total", "Other"), which is set aside only when it is the whole text: otherwise an interface
 * string that happens to be a column value would be hidden everywhere.
 */
export class DataText {
  /** Data strings of three or more words or of any non-interface word, by their first word. */
  private readonly byFirst = new Map<string, string[][]>();
  /** Data strings of one or two interface words only: set aside when a text is exactly one. */
  private readonly whole = new Set<string>();

  constructor(strings: Iterable<string>, english: ReadonlySet<string>) {
    const seen = new Set<string>();
    // A file path also stands for its file name, which pages show alone (`demo/a.csv` → `a.csv`).
    const withNames = function* (all: Iterable<string>) {
      for (const s of all) {
        yield s;
        if (/^[^\s]+\/[^\s/]+$/.test(s)) yield s.slice(s.lastIndexOf('/') + 1);
      }
    };
    for (const s of withNames(strings)) {
      const words = wordsOf(s);
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) continue;
      seen.add(key);
      // Two interface words may be the page's own ("Status unknown"); three or more in the
      // data's order ("Council land and buildings") are the data's, wherever they stand.
      if (words.length < 3 && words.every((w) => english.has(w.toLowerCase()))) {
        this.whole.add(key);
        continue;
      }
      // A page may say a config text mid-sentence with its first letter lowered (headingInSentence).
      const first = words[0] as string;
      const lowered = first.replace(/^./u, (c) => c.toLowerCase());
      for (const lead of lowered === first ? [first] : [first, lowered]) {
        const list = this.byFirst.get(lead) ?? [];
        list.push(lead === first ? words : [lead, ...words.slice(1)]);
        this.byFirst.set(lead, list);
      }
    }
    // Longest first, so "Eastmere North" is taken before "Eastmere".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The words of `text` that no data string accounts for. */
  remaining(text: string): string[] {
    // A site path ("/areas/wards/X05000001/") is an address, not words for a reader.
    const words = wordsOf(text.replace(/(^|\s)\/\S*/g, ' '));
    if (this.whole.has(words.join(' '))) return [];
    const left: string[] = [];
    for (let i = 0; i < words.length;) {
      const match = this.byFirst.get(words[i] as string)?.find((seq) => seq.every((w, j) => words[i + j] === w));
      if (match) i += match.length;
      else left.push(words[i++] as string);
    }
    return left;
  }
}

/** The English interface words left in `text` once its data text is set aside (distinct, in order). */
export function englishIn(text: string, data: DataText, english: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const w of data.remaining(text)) {
    const lower = w.toLowerCase();
    if (english.has(lower) && !found.includes(lower)) found.push(lower);
  }
  return found;
}

/**
 * Fields whose text the data step writes itself, in English, about the rows it read (a rejection's
 * reason, a warning, a hint about unknown codes). They are interface text, not the council's data:
 * a page must show them through the catalogue (by reason code), so they are not set aside.
 */
export const PIPELINE_TEXT_FIELDS: ReadonlySet<string> = new Set(['reason', 'warnings', 'unknownCodeHints']);

/** Every string in a JSON value (object keys too), except under the data step's own text fields. */
export function stringsOfJson(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOfJson(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (PIPELINE_TEXT_FIELDS.has(k)) continue;
      out.push(k);
      stringsOfJson(v, out);
    }
  return out;
}

/** Every cell and header of a CSV file, except the data step's own text columns. */
export function stringsOfCsv(text: string, out: string[] = []): string[] {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  const skip = new Set(header.flatMap((h, i) => (PIPELINE_TEXT_FIELDS.has(h) ? [i] : [])));
  for (const row of rows) row.forEach((cell, i) => skip.has(i) || out.push(cell));
  return out;
}

/**
 * The data text the data step wrote into `dataDir` (manifest, JSON, GeoJSON and CSV files; its
 * dot-folders are caches), plus every string of the config itself.
 */
export function collectDataStrings(dataDir: string, config: unknown): string[] {
  const out = stringsOfJson(config);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(json|geojson|topojson)$/.test(entry.name))
        stringsOfJson(JSON.parse(readFileSync(full, 'utf8')), out);
      else if (entry.name.endsWith('.csv')) stringsOfCsv(readFileSync(full, 'utf8'), out);
    }
  };
  walk(dataDir);
  return out;
}
