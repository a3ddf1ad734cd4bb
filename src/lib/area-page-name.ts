/**
 * The name an area's pages take in their address (`areas/<layer>/<name>/`, `disease/…/<name>/`,
 * `indicators/…/<name>/`), from its code alone, so the build and the browser make the same one.
 *
 * A code of ASCII letters, digits, `-`, `_` and `.` is its own name, as it always was. Any other
 * (a name used as a code: `Sörmland`, `Île-de-France`, `Ynys Môn`) has its letters folded to ASCII
 * (`Sormland`) and a short fingerprint of the code added (`Sormland-1x9k2c`): an address that is the
 * same on every server and file system (which store accented letters in different forms, and may
 * ignore case), never the same as another code's, and unchanged when other areas come and go. A code
 * in a script that does not fold (Greek, Cyrillic, Chinese) keeps its letters, in one Unicode form.
 */

const ASCII_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

// Letters NFKD does not take apart into an ASCII letter and marks.
const FOLDS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
};

/** The page name of an area code (see the module comment). */
export function areaPageName(code: string): string {
  if (ASCII_NAME.test(code)) return code;
  const form = code.normalize('NFC');
  const letters = [...form.normalize('NFKD').replace(/\p{M}/gu, '')].map((c) => FOLDS[c] ?? c).join('');
  // A letter or digit still outside ASCII: a script that does not fold, kept as it is.
  if (/[^A-Za-z0-9]/.test(letters.replace(/[^\p{L}\p{N}]/gu, ''))) return form;
  const folded = letters
    .replace(/[^A-Za-z0-9_.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  return `${folded === '' ? 'area' : folded}-${fingerprint(form)}`;
}

// FNV-1a over the code's UTF-16 units, as 6 base-36 digits: stable, and the same in Node and browsers.
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** 6).toString(36).padStart(6, '0');
}
