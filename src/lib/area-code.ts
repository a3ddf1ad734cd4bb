/**
 * Area codes name files (`<metric>/areas/<name>`) and page addresses
 * (`disease/<dataset>/<metric>/<name>/`) through `areaPageName`, which makes a safe name of
 * any code (`GM 0363`, `E05 000 123`, `A#1`), so every code from a boundary file or a data row
 * passes this one check before it is used: it must hold a letter or digit and no control
 * character, and must not be a route name of its own folder (`areas`) in any letter case.
 */
import { rowReasonText, type RowReason } from './data-reasons.ts';

/** Longest code accepted, in characters (file names allow 255 bytes; codes are short). */
export const AREA_CODE_MAX_LENGTH = 64;

/** Page names that sit beside area pages: a code spelled like one would overwrite it. */
export const RESERVED_AREA_CODES: readonly string[] = ['areas', 'index'];

const NAMEABLE = /^[^\p{Cc}]*[\p{L}\p{N}][^\p{Cc}]*$/u;

/** Why `code` cannot name a file or page (a sentence without a full stop), or null when it can. */
export function areaCodeProblem(code: string): string | null {
  const reason = areaCodeReason(code);
  return reason === null ? null : rowReasonText(reason);
}

/** Why `code` cannot name a file or page, as a coded rejection reason, or null when it can. */
export function areaCodeReason(code: string): RowReason | null {
  if (code.length > AREA_CODE_MAX_LENGTH) return { code: 'areaCodeTooLong', max: AREA_CODE_MAX_LENGTH };
  if (RESERVED_AREA_CODES.includes(code.toLowerCase())) return { code: 'areaCodeReserved', areaCode: code };
  if (!NAMEABLE.test(code)) return { code: 'areaCodeUnsafe' };
  return null;
}

const PLAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u;

/**
 * True for a code of letters and digits (of any script) with `-`, `_` and `.` inside: one a
 * data row may use as it is without a layer (a name from the data, such as `'s-Gravenhage
 * (gemeente)`, is given a code made of its words instead).
 */
export function isPlainAreaCode(code: string): boolean {
  return PLAIN.test(code) && !code.includes('..') && areaCodeReason(code) === null;
}
