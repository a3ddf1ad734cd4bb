/**
 * Letters folded to ASCII for addresses, by the convention of the text's language where it is
 * known: German writes ä, ö, ü and ß as ae, oe, ue and ss ("Fälle" is "faelle", not "falle",
 * which means "trap"); Danish and Norwegian write æ, ø and å as ae, oe and aa. Any other language
 * drops the accents (`Île` → `Ile`) and spells the letters that have none to drop (ß, æ, ø, ł …)
 * as below. Letters of a script that does not fold (Greek, Cyrillic, Chinese) are left as they are.
 */

// Letters NFKD does not take apart into an ASCII letter and marks.
export const PLAIN_FOLDS: Readonly<Record<string, string>> = {
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

const GERMAN: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const NORDIC: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };

/** The language's own folds, by primary language subtag (`de-AT` → `de`). */
const LANGUAGE_FOLDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: GERMAN,
  da: NORDIC,
  nb: NORDIC,
  nn: NORDIC,
  no: NORDIC,
};

/** The letters of `text` folded to ASCII by the convention of `language` (a BCP 47 tag), where it has one. */
export function foldLetters(text: string, language?: string): string {
  const own = language === undefined ? undefined : LANGUAGE_FOLDS[language.split('-')[0]?.toLowerCase() ?? ''];
  const nfc = text.normalize('NFC');
  const first = own === undefined ? nfc : [...nfc].map((c) => own[c] ?? c).join('');
  return [...first.normalize('NFKD').replace(/\p{M}/gu, '')].map((c) => PLAIN_FOLDS[c] ?? c).join('');
}
