import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv, type CsvFileInfo, type CsvReadOptions } from '../../../../src/pipeline/ingest/read-csv.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-csv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function write(content: string | Buffer | number[], name = `f${++fileNo}.csv`): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : Buffer.from(content));
  return file;
}

interface Read {
  info: CsvFileInfo;
  names: string[];
  raw: string[];
  rows: { fields: string[]; line: number; error?: string }[];
}

async function read(file: string, options: Partial<CsvReadOptions> = {}): Promise<Read> {
  const out: Omit<Read, 'info'> = { names: [], raw: [], rows: [] };
  const info = await readCsv(
    file,
    { encoding: 'auto', delimiter: 'auto', ...options },
    {
      header(names, raw) {
        out.names = names;
        out.raw = raw;
      },
      row(fields, line, error) {
        out.rows.push(error === undefined ? { fields: [...fields], line } : { fields: [...fields], line, error });
      },
    },
  );
  return { info, ...out };
}

const latin = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('readCsv: structure', () => {
  it('reads header and rows with 1-based physical line numbers (header is line 1)', async () => {
    const r = await read(write('a,b\n1,2\n3,4\n'));
    expect(r.names).toEqual(['a', 'b']);
    expect(r.rows).toEqual([
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 3 },
    ]);
    expect(r.info).toMatchObject({
      rows: 2,
      blankLines: 0,
      delimiter: ',',
      encoding: 'utf-8',
      encodingDetected: true,
      warnings: [],
    });
  });

  it('counts lines inside quoted fields, LF or CRLF, so later rows keep their real line numbers', async () => {
    const text = 'id,note\r\n1,"two\r\nlines"\r\n2,"three\nmore\nlines"\r\n3,plain\r\n';
    const r = await read(write(text));
    expect(r.rows.map((x) => [x.fields[0], x.line])).toEqual([
      ['1', 2],
      ['2', 4],
      ['3', 7],
    ]);
    expect(r.rows[0]?.fields[1]).toBe('two\r\nlines');
    expect(r.rows[2]?.fields).toEqual(['3', 'plain']);
  });

  it('strips the CR of CRLF endings, also in files that mix CRLF and LF', async () => {
    const r = await read(write('a,b\r\n1,x\n2,"y"\r\n'));
    expect(r.raw).toEqual(['a', 'b']);
    expect(r.rows.map((x) => x.fields)).toEqual([
      ['1', 'x'],
      ['2', 'y'],
    ]);
  });

  it('reads old Mac files that end lines with CR only', async () => {
    const r = await read(write('a,b\r1,2\r\r3,4'));
    expect(r.rows).toEqual([
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 4 },
    ]);
    expect(r.info.blankLines).toBe(1);
  });

  it('counts blank lines (empty or spaces) without passing them as rows, but passes delimiter-only lines', async () => {
    const r = await read(write('\na,b\n1,2\n\n   \n,\n3,4\n\n'));
    expect(r.rows).toEqual([
      { fields: ['1', '2'], line: 3 },
      { fields: ['', ''], line: 6 },
      { fields: ['3', '4'], line: 7 },
    ]);
    expect(r.info.blankLines).toBe(4);
    expect(r.info.rows).toBe(3);
  });

  it('keeps rows that have some empty fields', async () => {
    const r = await read(write('a,b,c\n,,x\n'));
    expect(r.rows).toEqual([{ fields: ['', '', 'x'], line: 2 }]);
  });

  it('handles a last line without a line break', async () => {
    const r = await read(write('a\n1\n2'));
    expect(r.rows.map((x) => x.fields[0])).toEqual(['1', '2']);
  });

  it('a file with only a header has no rows', async () => {
    expect((await read(write('a,b,c\n'))).info.rows).toBe(0);
    expect((await read(write('a,b,c'))).info.rows).toBe(0);
  });

  it('throws for an empty file, naming it', async () => {
    const file = write('');
    await expect(read(file)).rejects.toThrow(`${file} is empty`);
    await expect(read(write('\n\n  \n'))).rejects.toThrow(/is empty/);
  });

  it('flags the last row of a truncated file (unterminated quote) with an error and keeps what was parsed', async () => {
    const r = await read(write('id,text\n1,ok\n2,"cut off here'));
    expect(r.rows[0]).toEqual({ fields: ['1', 'ok'], line: 2 });
    expect(r.rows[1]?.line).toBe(3);
    expect(r.rows[1]?.fields[0]).toBe('2');
    expect(r.rows[1]?.fields[1]).toContain('cut off here');
    expect(r.rows[1]?.error).toMatch(/unterminated quoted field/);
  });

  it('unescapes doubled quotes', async () => {
    const r = await read(write('a,b\n"say ""hi""","x, y"\n'));
    expect(r.rows[0]?.fields).toEqual(['say "hi"', 'x, y']);
  });

  it('passes header names normalised and as written', async () => {
    const r = await read(write('Site Reference,LA Reference  ,Start Date ,,LA,,la\n1,2,3,4,5,6,7\n'));
    expect(r.raw).toEqual(['Site Reference', 'LA Reference  ', 'Start Date ', '', 'LA', '', 'la']);
    expect(r.names).toEqual(['site reference', 'la reference', 'start date', 'column 4', 'la', 'column 6', 'la (2)']);
  });

  it('reports progress in bytes against the file size', async () => {
    const file = write('a\n1\n');
    const seen: [number, number][] = [];
    await readCsv(
      file,
      { encoding: 'auto', delimiter: 'auto' },
      { header() {}, row() {}, progress: (a, b) => seen.push([a, b]) },
    );
    expect(seen.at(-1)).toEqual([4, 4]);
  });

  it('propagates errors thrown by a handler', async () => {
    const file = write('a\n1\n');
    await expect(
      readCsv(
        file,
        { encoding: 'auto', delimiter: 'auto' },
        {
          header() {
            throw new Error('no such column');
          },
          row() {},
        },
      ),
    ).rejects.toThrow('no such column');
  });
});

describe('readCsv: delimiters', () => {
  it.each([
    [';', 'a;b;c\n1;2,5;3\n', ['1', '2,5', '3']],
    ['\t', 'a\tb,c\tc\n1\t2\t3\n', ['1', '2', '3']],
    ['|', 'a|b|c\n1|2|3\n', ['1', '2', '3']],
    [',', '"a;1","b;2",c\n1,2,3\n', ['1', '2', '3']],
  ])('detects %j from the header line, counting outside quotes', async (delimiter, text, fields) => {
    const r = await read(write(text));
    expect(r.info.delimiter).toBe(delimiter);
    expect(r.rows[0]?.fields).toEqual(fields);
  });

  it('uses a declared delimiter', async () => {
    const r = await read(write('a,b;c\n1,2;3\n'), { delimiter: ';' });
    expect(r.raw).toEqual(['a,b', 'c']);
    expect(r.info.delimiter).toBe(';');
  });

  it('warns when the header holds no delimiter at all', async () => {
    const r = await read(write('name\nx\n'));
    expect(r.info.warnings.join(' ')).toMatch(/one column/);
  });
});

describe('readCsv: encodings', () => {
  it('strips a UTF-8 byte order mark', async () => {
    const r = await read(write([0xef, 0xbb, 0xbf, ...Buffer.from('code,name\nE1,Café\n')]));
    expect(r.raw[0]).toBe('code');
    expect(r.rows[0]?.fields).toEqual(['E1', 'Café']);
    expect(r.info).toMatchObject({ encoding: 'utf-8', warnings: [] });
  });

  it('reads valid UTF-8 as UTF-8 without a warning', async () => {
    const r = await read(write('name,n\nDoña Ana £5 – ok,1\n'));
    expect(r.rows[0]?.fields).toEqual(['Doña Ana £5 – ok', '1']);
    expect(r.info).toMatchObject({ encoding: 'utf-8', encodingDetected: true, warnings: [] });
  });

  it('detects Windows-1252 (£ 0xA3, é 0xE9, ’ 0x92) and warns', async () => {
    const r = await read(write(latin('name,price\nCaf\u00e9 Rouge,\u00a35\nbuilder\u0092s yard,1\n')));
    expect(r.rows.map((x) => x.fields)).toEqual([
      ['Café Rouge', '£5'],
      ['builder’s yard', '1'],
    ]);
    expect(r.info.encoding).toBe('windows-1252');
    expect(r.info.encodingDetected).toBe(true);
    expect(r.info.warnings).toHaveLength(1);
    expect(r.info.warnings[0]).toMatch(/is not valid UTF-8; read as Windows-1252 \(detected\)\. Declare `encoding`/);
  });

  it('detects Mac Roman (é 0x8E, ’ 0xD5, – 0xD0) and warns', async () => {
    const r = await read(write(latin('name,note\nCaf\u008e,Don\u00d5t Know\nGarages \u00d0 75,x\n')));
    expect(r.rows.map((x) => x.fields)).toEqual([
      ['Café', 'Don’t Know'],
      ['Garages – 75', 'x'],
    ]);
    expect(r.info.encoding).toBe('macintosh');
    expect(r.info.warnings[0]).toMatch(/read as Mac Roman \(detected\)/);
  });

  it('decodes declared encodings without detection or warning', async () => {
    const bytes = latin('a,b\n\u008e\u00e9\u0092,1\n');
    expect((await read(write(bytes), { encoding: 'macintosh' })).rows[0]?.fields).toEqual(['éÈí', '1']);
    expect((await read(write(bytes), { encoding: 'windows-1252' })).rows[0]?.fields).toEqual(['Žé’', '1']);
    const l1 = await read(write(bytes), { encoding: 'latin1' });
    expect(l1.rows[0]?.fields).toEqual(['\u008e\u00e9\u0092', '1']);
    expect(l1.info).toMatchObject({ encoding: 'latin1', encodingDetected: false, warnings: [] });
  });

  it('decodes invalid bytes in a declared UTF-8 file as U+FFFD and names the first bad line', async () => {
    const r = await read(
      write([...Buffer.from('name,n\nok,1\n"two\nlines",2\nCaf'), 0xe9, ...Buffer.from(',3\nfine,4\n')]),
      { encoding: 'utf-8' },
    );
    expect(r.rows.map((x) => x.fields[0])).toEqual(['ok', 'two\nlines', 'Caf\uFFFD', 'fine']);
    expect(r.info.encodingDetected).toBe(false);
    expect(r.info.warnings).toHaveLength(1);
    expect(r.info.warnings[0]).toMatch(/is not valid UTF-8: the first invalid byte is on line 5/);
  });

  it('resolves auto on the first non-ASCII byte, even past the first 64 KB', async () => {
    const filler = 'x,1\n'.repeat(30_000);
    const r = await read(write(latin(`a,b\n${filler}Caf\u00e9,2\n`)));
    expect(r.info.encoding).toBe('windows-1252');
    expect(r.rows.at(-1)).toEqual({ fields: ['Café', '2'], line: 30_002 });
  });

  it('refuses UTF-16 with a hint', async () => {
    await expect(read(write([0xff, 0xfe, 0x61, 0x00]))).rejects.toThrow(/UTF-16/);
  });
});

describe('readCsv: chunk boundaries', () => {
  it('keeps fields, multi-byte characters and line numbers exact across many chunks', async () => {
    // Deterministic pseudo-random rows: quoted multi-line fields, CRLF, accents, blank lines.
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const expected: { fields: string[]; line: number }[] = [];
    let text = 'id,text,n\r\n';
    let line = 2;
    for (let i = 0; i < 6000; i++) {
      if (rand(20) === 0) {
        text += '\r\n';
        line++;
      }
      const breaks = rand(4) === 0 ? 1 + rand(3) : 0;
      const body = `é${'ñ'.repeat(rand(40))}${'"'.repeat(rand(2))}${Array.from({ length: breaks }, (_, k) => `x${k}`).join('\n')}`;
      const quoted = `"${body.replace(/"/g, '""')}"`;
      text += `${i},${quoted},${rand(1000)}\r\n`;
      expected.push({ fields: [String(i), body], line });
      line += 1 + body.split('\n').length - 1;
    }
    const r = await read(write(text));
    expect(r.info.rows).toBe(6000);
    expect(r.rows.length).toBe(6000);
    for (let i = 0; i < expected.length; i++) {
      const got = r.rows[i];
      const want = expected[i];
      if (got?.line !== want?.line || got?.fields[1] !== want?.fields[1] || got?.fields[0] !== want?.fields[0]) {
        expect({ i, got }).toEqual({ i, got: want });
      }
    }
    expect(text.length).toBeGreaterThan(200_000);
  });

  it('reads a quoted field far longer than a parse slice, with the rows after it on the right lines', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'é'.repeat(100)}`).join('\n');
    const r = await read(write(`id,text\n1,"${long}"\n2,after\n3,"unclosed\n`));
    expect(r.rows.map((x) => [x.fields[0], x.line, x.error])).toEqual([
      ['1', 2, undefined],
      ['2', 3002, undefined],
      ['3', 3003, expect.stringMatching(/unterminated/)],
    ]);
    expect(r.rows[0]?.fields[1]).toBe(long);
  });
});
