/**
 * Names and addresses a publisher's file holds double-encoded: UTF-8 read as Windows-1252 and
 * saved again ("Â£62" for "£62", "CafÃ©" for "Café"). They are shown repaired on every page, and
 * counted in one warning that names the first file, line and column with both spellings; the
 * row as published (the source-rows file) keeps the text as written.
 */
import type { DatasetWarning } from '../../../lib/data-reasons.ts';
import { repairDoubleEncoding } from '../../run/area-spellings.ts';
import { cleanText } from './asset-values.ts';

type TextRepairedWarning = Extract<DatasetWarning, { code: 'textRepaired' }>;

export class TextRepairs {
  private rows = 0;
  private first: Omit<TextRepairedWarning, 'code' | 'rows'> | null = null;

  /**
   * `texts` repaired (each unchanged unless it decodes so), noting the row when any changed;
   * `columns` are the indexes of the fields the texts were made from, to name the first one.
   */
  repair<T extends readonly string[]>(
    texts: T,
    fields: readonly string[],
    columns: readonly number[],
    header: readonly string[],
    file: string,
    line: number,
  ): T {
    const repaired = texts.map(repairDoubleEncoding);
    if (repaired.every((r, i) => r === texts[i])) return texts;
    this.rows++;
    if (this.first === null) {
      for (const i of columns) {
        const written = i >= 0 ? cleanText(fields[i] ?? '') : '';
        const fixed = repairDoubleEncoding(written);
        if (fixed === written) continue;
        this.first = { file, line, column: (header[i] ?? '').trim(), written, repaired: fixed };
        break;
      }
    }
    return repaired as unknown as T;
  }

  warning(): TextRepairedWarning | null {
    return this.rows === 0 || this.first === null ? null : { code: 'textRepaired', rows: this.rows, ...this.first };
  }
}
