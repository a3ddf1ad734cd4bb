/**
 * Area codes become file names (`<metric>/areas/<code>`) and page addresses
 * (`disease/<dataset>/<metric>/<code>/`), so every code from a boundary file or
 * a data row passes this one check before it is used. Letters and digits of any
 * script are allowed, with `-`, `_` and `.` inside; a code must not be a route
 * name of its own folder (`areas`) in any letter case.
 */
import { rowReasonText, type RowReason } from './data-reasons.ts';

/** Longest code accepted, in characters (file names allow 255 bytes; codes are short). */
export const AREA_CODE_MAX_LENGTH = 64;

/** Page names that sit beside area pages: a code spelled like one would overwrite it. */
export const RESERVED_AREA_CODES: readonly string[] = ['areas', 'index'];

const SAFE = /^[\p{L}\p{N}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u;

/** Why `code` cannot name a file or page (a sentence without a full stop), or null when it can. */
export function areaCodeProblem(code: string): string | null {
  const reason = areaCodeReason(code);
  return reason === null ? null : rowReasonText(reason);
}

/** Why `code` cannot name a file or page, as a coded rejection reason, or null when it can. */
export function areaCodeReason(code: string): RowReason | null {
  if (code.length > AREA_CODE_MAX_LENGTH) return { code: 'areaCodeTooLong', max: AREA_CODE_MAX_LENGTH };
  if (RESERVED_AREA_CODES.includes(code.toLowerCase())) return { code: 'areaCodeReserved', areaCode: code };
  if (!SAFE.test(code) || code.includes('..')) return { code: 'areaCodeUnsafe' };
  return null;
}
