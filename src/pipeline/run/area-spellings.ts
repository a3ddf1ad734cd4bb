/**
 * Areas named in a file by their name rather than a code, or by codes spelled one way in one file
 * and another way in the next ("Mid Cambridge" and "Mid-Cambridge", "Súdwest-Fryslân" and
 * "SÃºdwest-FryslÃ¢n", a UTF-8 name read as Windows-1252 and saved again): spellings that differ
 * only in letter case, spaces, hyphens, apostrophes, full stops and accents are one area, and every
 * spelling read as another is counted, for a warning that lists them. Nothing else is merged:
 * "Bergen (L.)" and "Bergen (NH.)" stay two areas, and a layer in which two areas share a spelling
 * key matches neither loosely.
 */
import type { DatasetWarning } from '../../lib/data-reasons.ts';
import { areaCodeReason, isPlainAreaCode } from '../../lib/area-code.ts';
import type { RowReason } from '../../lib/data-reasons.ts';
import type { LoadedLayer } from './loaded-layer.ts';

// Letters that are not a base letter plus a combining accent, so NFKD leaves them whole.
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

// Two-byte UTF-8 sequences read as Windows-1252 or Latin-1: a lead byte (Â-ß) and a continuation byte.
const DOUBLE_ENCODED =
  /[\u00c2-\u00df][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/u;
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `text` as it was before UTF-8 was read as Windows-1252 (or Latin-1) and written again
 * ("FryslÃ¢n" → "Fryslân"), when it looks so and the whole text decodes; else `text` unchanged.
 */
export function repairDoubleEncoding(text: string): string {
  if (!DOUBLE_ENCODED.test(text)) return text;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const byte = code <= 0xff ? code : CP1252[ch];
    if (byte === undefined) return text;
    bytes.push(byte);
  }
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return text;
  }
}

// Footnote marks statistics tables put after a name ("Orkney Islands†", "Fife*", "Moray¹").
const FOOTNOTE_MARKS = /\s*[†‡§¶*¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u;

/**
 * `name` without the footnote marks after it, when what is left still has a letter; else `name`.
 * The marks point to a note in the publisher's table, which the file does not carry.
 */
export function withoutFootnoteMarks(name: string): string {
  const plain = name.replace(FOOTNOTE_MARKS, '');
  return plain !== name && /\p{L}/u.test(plain) ? plain : name;
}

/** Words of a spelling: accents dropped, lower case, apostrophes and full stops removed, split on anything else. */
export function spellingWords(text: string): string[] {
  const plain = repairDoubleEncoding(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’‘`´.]/g, '');
  return plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The key spellings of one area share: "Mid-Cambridge", "mid cambridge" and "MidCambridge" give "midcambridge". */
export function spellingKey(text: string): string {
  return spellingWords(text).join('');
}

/** A code made from a name that cannot name a file or page: "'s-Gravenhage (gemeente)" → "s-gravenhage-gemeente". */
export function nameCode(text: string): string {
  return spellingWords(text).join('-');
}

/**
 * Path separators, escapes, control characters and `..` belong to no place name: a text with them
 * is a broken or hostile code, rejected rather than quietly turned into another code.
 */
const PATH_LIKE = /[/\\%\p{Cc}]|\.\./u;

/**
 * The code a text without a layer gets: itself when it can name a file and a page, else one made
 * from its words when the only problem was its characters and it reads as a name; null for a
 * reserved, overlong or path-like text.
 */
export function codeFor(text: string): string | null {
  if (isPlainAreaCode(text)) return text;
  const reason = areaCodeReason(text);
  if ((reason !== null && reason.code !== 'areaCodeUnsafe') || PATH_LIKE.test(text)) return null;
  const made = nameCode(text);
  return made !== '' && isPlainAreaCode(made) ? made : null;
}

/** Why a text without a layer can be no code (`codeFor` gave null). */
export function freeCodeReason(text: string): RowReason {
  return areaCodeReason(text) ?? (PATH_LIKE.test(text) ? { code: 'areaCodePathLike' } : { code: 'areaCodeUnsafe' });
}

/** A spelling read as another one, and how many rows had it. */
interface Variant {
  spelling: string;
  as: string;
  rows: number;
}

/** How many spellings a warning lists before "and N more". */
const LISTED = 10;

/** Counts the spellings read as another area's, for the warning `spellingsMerged`. */
class VariantTally {
  private readonly variants = new Map<string, Variant>();

  count(spelling: string, as: string): void {
    const v = this.variants.get(spelling);
    if (v === undefined) this.variants.set(spelling, { spelling, as, rows: 1 });
    else v.rows++;
  }

  /** The warning listing every merged spelling (most rows first), or null when there were none. */
  warning(): DatasetWarning | null {
    if (this.variants.size === 0) return null;
    const all = [...this.variants.values()].sort((a, b) => b.rows - a.rows || (a.spelling < b.spelling ? -1 : 1));
    return {
      code: 'spellingsMerged',
      spellings: all.length,
      items: all.slice(0, LISTED).map((v) => ({ value: v.spelling, as: v.as, count: v.rows })),
      more: Math.max(0, all.length - LISTED),
    };
  }
}

/** An area of a file without a layer: its code (as written, or made from its name) and its name. */
export interface FreeArea {
  code: string;
  /** The text as written (repaired when it was double-encoded, without footnote marks after it), for an area with no name column. */
  name: string;
}

/**
 * The areas of a dataset without a layer, by the text of its area column. A text that is a safe
 * code is its own code; a name that is not ("Mid Cambridge", "'s-Gravenhage (gemeente)") gets one
 * made from its words. The first spelling of an area gives its code and name, without the footnote
 * marks after it ("Orkney Islands†" is Orkney Islands, listed in the warning as a spelling read so).
 */
export class FreeAreaSpellings {
  private readonly byKey = new Map<string, FreeArea>();
  private readonly tally = new VariantTally();

  /**
   * `anyText`: a text that cannot be a code is its own code rather than refused, for columns whose
   * codes name no file or page (an asset register's area column, slugged for its pages:
   * "WASHINGTON VILLAGE/PIGTOWN").
   */
  constructor(private readonly anyText = false) {}

  /** The area `text` belongs to, or null when it can be neither a code nor made into one (the caller rejects it with `areaCodeReason`). */
  resolve(text: string): FreeArea | null {
    const key = spellingKey(text);
    const found = key === '' ? undefined : this.byKey.get(key);
    if (found !== undefined) {
      if (text !== found.code && text !== found.name) this.tally.count(text, found.name);
      return found;
    }
    const repaired = withoutFootnoteMarks(repairDoubleEncoding(text));
    const code = codeFor(repaired) ?? (this.anyText && repaired !== '' ? repaired : null);
    if (code === null) return null;
    const area: FreeArea = { code, name: repaired };
    if (key !== '') this.byKey.set(key, area);
    if (repaired !== text) this.tally.count(text, repaired);
    return area;
  }

  warning(): DatasetWarning | null {
    return this.tally.warning();
  }
}

/**
 * A layer's areas found by the spelling of their code when the code as written matches none
 * (a layer whose codes are names, `codeProperty: "NAME"`). Spelling keys two areas share are left
 * out, so such a row stays unknown rather than joined to the wrong area.
 */
export class LayerSpellings {
  private byKey: Map<string, number> | null = null;
  private readonly tally = new VariantTally();

  constructor(private readonly layer: LoadedLayer) {}

  /** The feature index `code` matches loosely (counted as a merged spelling), or -1. */
  resolve(code: string): number {
    if (this.byKey === null) {
      const keys = new Map<string, number>();
      const shared = new Set<string>();
      this.layer.features.forEach((f, i) => {
        const key = spellingKey(f.code);
        if (key === '') return;
        if (keys.has(key) && keys.get(key) !== i) shared.add(key);
        else keys.set(key, i);
      });
      for (const key of shared) keys.delete(key);
      this.byKey = keys;
    }
    const at = this.byKey.get(spellingKey(code)) ?? -1;
    const feature = this.layer.features[at];
    if (feature !== undefined) this.tally.count(code, feature.name || feature.code);
    return at;
  }

  warning(): DatasetWarning | null {
    return this.tally.warning();
  }
}
