// Property: the row splitter's own scanner and PapaParse split every text into the same rows, with
// the same line numbers, errors, blank-line count and header, however the text arrives in pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowSplitter, type CsvDelimiter, type RowSink } from '../../../../src/pipeline/ingest/row-splitter.ts';

interface Outcome {
  header: { names: string[]; raw: string[] } | null;
  rows: { fields: string[]; line: number; error?: string }[];
  stats: Record<string, unknown>;
  thrown?: string;
}

/**
 * `spans`: the sink also takes rows as field offsets (RowSink.spans), declining those on even lines,
 * which then come to `row` as strings; either way the outcome must be the one of strings alone.
 */
function splitWith(
  fastPath: boolean,
  pieces: readonly string[],
  delimiter: CsvDelimiter,
  invalid: boolean,
  spans = false,
): Outcome {
  const out: Outcome = { header: null, rows: [], stats: {} };
  const sink: RowSink = {
    header(names, raw) {
      out.header = { names: [...names], raw: [...raw] };
    },
    row(fields, line, error) {
      out.rows.push(error === undefined ? { fields: [...fields], line } : { fields: [...fields], line, error });
    },
  };
  if (spans) {
    sink.spans = (text, at, count, line) => {
      if (line % 2 === 0) return false;
      const fields: string[] = [];
      for (let k = 0; k < count; k++) fields.push(text.slice(at[2 * k], at[2 * k + 1]));
      out.rows.push({ fields, line });
      return true;
    };
  }
  const splitter = new RowSplitter(delimiter, 'test.csv', sink, fastPath);
  try {
    for (const piece of pieces) {
      splitter.lookForInvalid = invalid;
      splitter.push(piece);
    }
    splitter.finish();
  } catch (error) {
    out.thrown = (error as Error).message;
  }
  const { delimiter: used, rows, blankLines, sawHeader, headerWidth, headerError, invalidLine } = splitter;
  out.stats = { used, rows, blankLines, sawHeader, headerWidth, headerError, invalidLine };
  return out;
}

// Cells as exports write them, and the ways they go wrong.
const cellText = fc.oneof(
  fc.constantFrom('', ' ', 'E09000001', '2024-01-31', '12', '-3', 'Café', 'Ōtautahi', '日本', '🦀', '\uFFFD', 'a b'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: fc.constantFrom('a', '"', ',', ';', '\t', '|', '\n', '\r', ' ', 'é'), maxLength: 8 }),
);
const cell = fc
  .tuple(cellText, fc.constantFrom('plain', 'plain', 'quoted', 'quoted', 'unclosed', 'trailing', 'spaced'))
  .map(([text, how]) => {
    const quoted = `"${text.replaceAll('"', '""')}"`;
    if (how === 'quoted') return quoted;
    if (how === 'unclosed') return `"${text}`;
    if (how === 'trailing') return `${quoted}x`;
    if (how === 'spaced') return `${quoted}  `;
    return text;
  });
const lineBreak = fc.constantFrom('\n', '\n', '\r\n', '\r\n', '\r');
const row = fc.tuple(fc.array(cell, { minLength: 0, maxLength: 5 }), fc.constantFrom(',', ';', '\t', '|'));
const csvText = fc
  .tuple(
    fc.array(fc.tuple(row, lineBreak), { minLength: 0, maxLength: 12 }),
    fc.boolean(),
    fc.constantFrom(',', ';', '\t', '|'),
  )
  .map(([rows, endsWithBreak, headerDelimiter]) => {
    let text = ['code', 'date', 'count', 'name'].join(headerDelimiter) + '\r\n';
    rows.forEach(([[cells, delimiter], br], i) => {
      text += cells.join(delimiter);
      if (i < rows.length - 1 || endsWithBreak) text += br;
    });
    return text;
  });

/** Cuts `text` at the given fractions, so that pieces end anywhere: inside quotes, between CR and LF. */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces.filter((p) => p !== '');
}

describe('RowSplitter: its scanner agrees with PapaParse', () => {
  it('on generated CSV with quotes, empty fields, trailing delimiters, ragged rows, mixed line breaks and Unicode', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.constantFrom<CsvDelimiter>('auto', ',', ';'),
        (text, at, delimiter) => {
          const pieces = cut(text, at);
          const invalid = text.includes('\uFFFD');
          const papa = splitWith(false, pieces, delimiter, invalid);
          expect(splitWith(true, pieces, delimiter, invalid)).toEqual(papa);
          expect(splitWith(true, pieces, delimiter, invalid, true)).toEqual(papa);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on rows longer than a parse slice, split anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, fc.integer({ min: 0, max: 3000 })), { minLength: 1, maxLength: 30 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        (cells, at) => {
          // Long quoted fields with line breaks in them, beside ordinary rows.
          const long = cells.map(([c, n]) => (n > 2000 ? `"${'x\n'.repeat(n * 5)}"` : c));
          const text = `a,b\n${long.map((c, i) => (i % 3 === 2 ? `${c}\n` : `${c},`)).join('')}`;
          const pieces = cut(text, at);
          const papa = splitWith(false, pieces, ',', false);
          expect(splitWith(true, pieces, ',', false)).toEqual(papa);
          expect(splitWith(true, pieces, ',', false, true)).toEqual(papa);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('splits quoted fields holding delimiters, doubled quotes and CRLF line breaks, numbering lines after them', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""",3\r\n"two\r\nlines",,\r\n';
    const out = splitWith(true, [text], ',', false);
    expect(out.rows).toEqual([
      { fields: ['x, y', 'say "hi"', '3'], line: 2 },
      { fields: ['two\r\nlines', '', ''], line: 3 },
    ]);
    expect(out).toEqual(splitWith(false, [text], ',', false));
  });
});
