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
 * Any other character (a space, `#`, `?`, `%`, `/`: `GM 0363`, `E05 000 123`) is never part of a
 * name: each run of them becomes `-`, and the fingerprint keeps `GM 0363` and `GM-0363` apart.
 */

import { fingerprint } from './fingerprint.ts';
import { foldLetters } from './letter-fold.ts';

const ASCII_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;
// The same in any script: such a code is its own name too.
const SCRIPT_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u;

/** The page name of an area code (see the module comment). */
export function areaPageName(code: string): string {
  if (ASCII_NAME.test(code) && !code.includes('..')) return code;
  const form = code.normalize('NFC');
  const letters = foldLetters(form);
  // A letter or digit still outside ASCII: a script that does not fold, whose letters are kept.
  const folds = !/[^A-Za-z0-9]/.test(letters.replace(/[^\p{L}\p{N}]/gu, ''));
  if (!folds && SCRIPT_NAME.test(form) && !form.includes('..')) return form;
  const name = (folds ? letters : form)
    .replace(folds ? /[^A-Za-z0-9_.]+/g : /[^\p{L}\p{N}_.]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  return `${name === '' ? 'area' : name}-${fingerprint(form)}`;
}
