import { describe, expect, it } from 'vitest';
import { RowSplitter, type CsvDelimiter } from '../../../../src/pipeline/ingest/row-splitter.ts';

interface Split {
  splitter: RowSplitter;
  names: string[];
  raw: string[];
  rows: { fields: string[]; line: number; error?: string }[];
}

/** Feeds `text` to a splitter in pieces of `piece` characters (all at once by default), then finishes. */
function split(text: string, options: { delimiter?: CsvDelimiter; piece?: number; invalid?: boolean } = {}): Split {
  const out: Omit<Split, 'splitter'> = { names: [], raw: [], rows: [] };
  const splitter = new RowSplitter(options.delimiter ?? 'auto', 'test.csv', {
    header(names, raw) {
      out.names = names;
      out.raw = raw;
    },
    row(fields, line, error) {
      out.rows.push(error === undefined ? { fields: [...fields], line } : { fields: [...fields], line, error });
    },
  });
  splitter.lookForInvalid = options.invalid ?? false;
  const piece = options.piece ?? Math.max(text.length, 1);
  for (let i = 0; i < text.length; i += piece) splitter.push(text.slice(i, i + piece));
  splitter.finish();
  return { splitter, ...out };
}

describe('RowSplitter: structure', () => {
  it('passes header and rows with 1-based physical line numbers (header is line 1)', () => {
    const r = split('a,b\n1,2\n3,4\n');
    expect(r.names).toEqual(['a', 'b']);
    expect(r.rows).toEqual([
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 3 },
    ]);
    expect(r.splitter).toMatchObject({ rows: 2, blankLines: 0, delimiter: ',', sawHeader: true, headerWidth: 2 });
  });

  it('counts lines inside quoted fields, LF or CRLF, so later rows keep their real line numbers', () => {
    const r = split('id,note\r\n1,"two\r\nlines"\r\n2,"three\nmore\nlines"\r\n3,plain\r\n');
    expect(r.rows.map((x) => [x.fields[0], x.line])).toEqual([
      ['1', 2],
      ['2', 4],
      ['3', 7],
    ]);
    expect(r.rows[0]?.fields[1]).toBe('two\r\nlines');
    expect(r.rows[2]?.fields).toEqual(['3', 'plain']);
  });

  it('strips the CR of CRLF endings, also in text that mixes CRLF and LF', () => {
    const r = split('a,b\r\n1,x\n2,"y"\r\n');
    expect(r.raw).toEqual(['a', 'b']);
    expect(r.rows.map((x) => x.fields)).toEqual([
      ['1', 'x'],
      ['2', 'y'],
    ]);
  });

  it('reads old Mac text that ends lines with CR only', () => {
    const r = split('a,b\r1,2\r\r3,4');
    expect(r.rows).toEqual([
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 4 },
    ]);
    expect(r.splitter.blankLines).toBe(1);
  });

  it('counts blank lines (empty or spaces) without passing them as rows, but passes delimiter-only lines', () => {
    const r = split('\na,b\n1,2\n\n   \n,\n3,4\n\n');
    expect(r.rows).toEqual([
      { fields: ['1', '2'], line: 3 },
      { fields: ['', ''], line: 6 },
      { fields: ['3', '4'], line: 7 },
    ]);
    expect(r.splitter.blankLines).toBe(4);
    expect(r.splitter.rows).toBe(3);
  });

  it('keeps rows that have some empty fields', () => {
    expect(split('a,b,c\n,,x\n').rows).toEqual([{ fields: ['', '', 'x'], line: 2 }]);
  });

  it('handles a last line without a line break', () => {
    expect(split('a\n1\n2').rows.map((x) => x.fields[0])).toEqual(['1', '2']);
  });

  it('text with only a header has no rows; text with only blank lines has no header', () => {
    expect(split('a,b,c\n').splitter).toMatchObject({ rows: 0, sawHeader: true });
    expect(split('a,b,c').splitter).toMatchObject({ rows: 0, sawHeader: true });
    expect(split('\n\n  \n').splitter).toMatchObject({ rows: 0, sawHeader: false });
  });

  it('flags the last row of truncated text (unterminated quote) with an error and keeps what was parsed', () => {
    const r = split('id,text\n1,ok\n2,"cut off here');
    expect(r.rows[0]).toEqual({ fields: ['1', 'ok'], line: 2 });
    expect(r.rows[1]?.line).toBe(3);
    expect(r.rows[1]?.fields[0]).toBe('2');
    expect(r.rows[1]?.fields[1]).toContain('cut off here');
    expect(r.rows[1]?.error).toMatch(/unterminated quoted field/);
  });

  it('unescapes doubled quotes', () => {
    expect(split('a,b\n"say ""hi""","x, y"\n').rows[0]?.fields).toEqual(['say "hi"', 'x, y']);
  });

  it('passes header names normalised and as written', () => {
    const r = split('Site Reference,LA Reference  ,Start Date ,,LA,,la\n1,2,3,4,5,6,7\n');
    expect(r.raw).toEqual(['Site Reference', 'LA Reference  ', 'Start Date ', '', 'LA', '', 'la']);
    expect(r.names).toEqual(['site reference', 'la reference', 'start date', 'column 4', 'la', 'column 6', 'la (2)']);
  });

  it('propagates errors thrown by the sink', () => {
    const splitter = new RowSplitter('auto', 'test.csv', {
      header() {
        throw new Error('no such column');
      },
      row() {},
    });
    expect(() => {
      splitter.push('a\n1\n');
      splitter.finish();
    }).toThrow('no such column');
  });
});

describe('RowSplitter: delimiters', () => {
  it.each([
    [';', 'a;b;c\n1;2,5;3\n', ['1', '2,5', '3']],
    ['\t', 'a\tb,c\tc\n1\t2\t3\n', ['1', '2', '3']],
    ['|', 'a|b|c\n1|2|3\n', ['1', '2', '3']],
    [',', '"a;1","b;2",c\n1,2,3\n', ['1', '2', '3']],
  ])('detects %j from the header line, counting outside quotes', (delimiter, text, fields) => {
    const r = split(text);
    expect(r.splitter.delimiter).toBe(delimiter);
    expect(r.rows[0]?.fields).toEqual(fields);
  });

  it('uses a declared delimiter', () => {
    const r = split('a,b;c\n1,2;3\n', { delimiter: ';' });
    expect(r.raw).toEqual(['a,b', 'c']);
    expect(r.splitter.delimiter).toBe(';');
  });

  it('reads a header without any delimiter as one column', () => {
    expect(split('name\nx\n').splitter).toMatchObject({ headerWidth: 1, delimiter: ',' });
  });
});

describe('RowSplitter: replacement characters', () => {
  it('rejects rows holding U+FFFD and names the first one’s physical line, only while the decoder says so', () => {
    const text = 'name,n\nok,1\n"two\nlines",2\nCaf\uFFFD,3\nfine,4\n';
    const r = split(text, { invalid: true });
    expect(r.rows.map((x) => [x.fields[0], x.line, x.error])).toEqual([
      ['ok', 2, undefined],
      ['two\nlines', 3, undefined],
      ['Caf\uFFFD', 5, 'invalid characters for the encoding (bytes that do not decode)'],
      ['fine', 6, undefined],
    ]);
    expect(r.splitter.invalidLine).toBe(5);
    const unflagged = split(text);
    expect(unflagged.rows[2]).toEqual({ fields: ['Caf\uFFFD', '3'], line: 5 });
    expect(unflagged.splitter.invalidLine).toBe(0);
  });
});

describe('RowSplitter: text arriving in pieces', () => {
  it('gives the same rows and line numbers whatever the piece size, with breaks and quotes cut anywhere', () => {
    const text =
      '\r\nid,"note, with comma"\r\n1,"two\r\nlines"\r\n\r\n2,"say ""hi"""\r\n3,"three\nmore\nlines"\n4,plain\r\n5,"cut';
    const whole = split(text);
    expect(whole.rows.map((x) => [x.fields[0], x.line])).toEqual([
      ['1', 3],
      ['2', 6],
      ['3', 7],
      ['4', 10],
      ['5', 11],
    ]);
    for (let piece = 1; piece <= text.length; piece++) {
      const r = split(text, { piece });
      expect({ piece, rows: r.rows, names: r.names, blank: r.splitter.blankLines }).toEqual({
        piece,
        rows: whole.rows,
        names: whole.names,
        blank: whole.splitter.blankLines,
      });
    }
  });

  it('reads a quoted field far longer than a parse slice, with the rows after it on the right lines', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'é'.repeat(100)}`).join('\n');
    const r = split(`id,text\n1,"${long}"\n2,after\n3,"unclosed\n`, { piece: 65_536 });
    expect(r.rows.map((x) => [x.fields[0], x.line, x.error])).toEqual([
      ['1', 2, undefined],
      ['2', 3002, undefined],
      ['3', 3003, expect.stringMatching(/unterminated/)],
    ]);
    expect(r.rows[0]?.fields[1]).toBe(long);
  });
});
