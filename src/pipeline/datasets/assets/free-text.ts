/**
 * A cell of free text (`texts` in the config) as the asset pages show it: the source's words and
 * line breaks, without the spacing a spreadsheet leaves around them.
 */
import { isMissingValue } from '../../ingest/parse-values.ts';

/**
 * The text of a free-text cell, or null when it is empty or a missing-value marker: line ends
 * made `\n`, runs of spaces and tabs one space, each line trimmed, no more than one blank line in
 * a row, and none at either end. Markup is kept as written: it is only ever shown as text.
 */
export function freeText(raw: string, missing: ReadonlySet<string>): string | null {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' || isMissingValue(text, missing) ? null : text;
}
