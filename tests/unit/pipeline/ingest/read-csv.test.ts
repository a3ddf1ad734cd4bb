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

// How text becomes rows is tested in row-splitter.test.ts, how bytes become text in
// chunk-decoder.test.ts and detect-encoding.test.ts; these tests cover the file stream that joins them.
describe('readCsv: the file', () => {
  it('reads header and rows with 1-based physical line numbers and reports what it found', async () => {
    const r = await read(write('a,b\n1,2\n\n3,4\n'));
    expect(r.names).toEqual(['a', 'b']);
    expect(r.rows).toEqual([
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 4 },
    ]);
    expect(r.info).toEqual({
      rows: 2,
      blankLines: 1,
      delimiter: ',',
      encoding: 'utf-8',
      encodingDetected: true,
      bytes: 13,
      warnings: [],
      notes: [],
    });
  });

  it('throws for an empty file, naming it', async () => {
    const file = write('');
    await expect(read(file)).rejects.toThrow(`${file} is empty`);
    await expect(read(write('\n\n  \n'))).rejects.toThrow(/is empty \(no header line\)/);
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

  it('passes every raw byte to the bytes handler', async () => {
    const content = `a,b\n${'x,1\n'.repeat(40_000)}`;
    const chunks: Buffer[] = [];
    await readCsv(
      write(content),
      { encoding: 'auto', delimiter: 'auto' },
      { header() {}, row() {}, bytes: (chunk) => chunks.push(chunk) },
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('latin1')).toBe(content);
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

  it('warns when the header holds no delimiter at all', async () => {
    const r = await read(write('name\nx\n'));
    expect(r.info.warnings).toEqual([
      expect.stringMatching(/: found no , ; tab or \| in the header line, so the file was read as one column\./),
    ]);
    // The same warning with its code, for pages to say in their language.
    expect(r.info.notes).toEqual([{ code: 'oneColumn', file: expect.any(String) as string }]);
  });

  it('uses a declared delimiter and encoding', async () => {
    const r = await read(write(latin('a,b;c\n1,\u008e;3\n')), { delimiter: ';', encoding: 'macintosh' });
    expect(r.raw).toEqual(['a,b', 'c']);
    expect(r.rows[0]?.fields).toEqual(['1,é', '3']);
    expect(r.info).toMatchObject({ delimiter: ';', encoding: 'macintosh', encodingDetected: false, warnings: [] });
  });
});

describe('readCsv: encodings', () => {
  it('detects Windows-1252 and passes the decoder’s warning on', async () => {
    const r = await read(write(latin('name,price\nCaf\u00e9 Rouge,\u00a35\n')));
    expect(r.rows[0]?.fields).toEqual(['Café Rouge', '£5']);
    expect(r.info).toMatchObject({ encoding: 'windows-1252', encodingDetected: true });
    expect(r.info.warnings).toHaveLength(1);
    expect(r.info.warnings[0]).toMatch(/is not valid UTF-8; read as Windows-1252 \(detected\)\. Declare `encoding`/);
  });

  it('rejects rows with bytes invalid in a declared UTF-8 file and names the first bad line', async () => {
    const r = await read(
      write([...Buffer.from('name,n\nok,1\n"two\nlines",2\nCaf'), 0xe9, ...Buffer.from(',3\nfine,4\n')]),
      { encoding: 'utf-8' },
    );
    expect(r.rows.map((x) => [x.fields[0], x.error])).toEqual([
      ['ok', undefined],
      ['two\nlines', undefined],
      ['Caf\uFFFD', 'invalid characters for the encoding (bytes that do not decode)'],
      ['fine', undefined],
    ]);
    expect(r.info.encodingDetected).toBe(false);
    expect(r.info.warnings).toHaveLength(1);
    expect(r.info.warnings[0]).toMatch(/is not valid UTF-8: the first invalid byte is on line 5/);
  });

  it('keeps the rows of a valid UTF-8 file that holds U+FFFD as written, and says no encoding restores it', async () => {
    // SEPA's figures as republished: "Orkney Islands\u2020" in two years, "Orkney Islands\uFFFD" (EF BF BD) in the third.
    const file = write('council,year\r\nOrkney Islands\u2020,2018\r\nOrkney Islands\uFFFD,2019\r\n');
    const r = await read(file);
    expect(r.rows).toEqual([
      { fields: ['Orkney Islands\u2020', '2018'], line: 2 },
      { fields: ['Orkney Islands\uFFFD', '2019'], line: 3 },
    ]);
    expect(r.info).toMatchObject({ encoding: 'utf-8', encodingDetected: true });
    expect(r.info.notes).toEqual([{ code: 'replacementCharacters', file: path.basename(file), line: 3 }]);
    expect(r.info.warnings[0]).toMatch(/holds the replacement character .* first on line 3: a character was lost/);
  });

  it('finds a written U+FFFD split across chunks, and still rejects an invalid byte beside one', async () => {
    // 64 KB chunks: the three bytes of U+FFFD straddle the first boundary.
    const head = 'a,b\n' + 'x,1\n'.repeat(16_382) + 'xxx';
    expect(Buffer.byteLength(head)).toBe(64 * 1024 - 1);
    const split = await read(write(`${head}\uFFFD,2\nlast,3\n`), { encoding: 'utf-8' });
    expect(split.rows.at(-2)).toEqual({ fields: ['xxx\uFFFD', '2'], line: 16_384 });
    expect(split.info.notes).toEqual([expect.objectContaining({ code: 'replacementCharacters', line: 16_384 })]);
    // With bytes that do not decode, every row with U+FFFD is rejected, the written one too (the
    // warning then names the first U+FFFD's line).
    const both = await read(write([...Buffer.from('n,v\nwritten\uFFFD,1\nbad'), 0xe9, ...Buffer.from(',2\n')]), {
      encoding: 'utf-8',
    });
    expect(both.rows.map((x) => x.error)).toEqual([
      'invalid characters for the encoding (bytes that do not decode)',
      'invalid characters for the encoding (bytes that do not decode)',
    ]);
    expect(both.info.notes).toEqual([expect.objectContaining({ code: 'invalidBytes', line: 2 })]);
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
});
