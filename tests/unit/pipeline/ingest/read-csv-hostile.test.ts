// Files that are CSV only in name, or CSV with unusual bytes: each is read right or stopped
// with a message that says what the file is, quickly and without echoing its content.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../../src/pipeline/ingest/read-csv.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-csv-hostile-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
function write(content: string | Buffer): string {
  const file = path.join(dir, `f${++n}.csv`);
  fs.writeFileSync(file, content);
  return file;
}

async function read(file: string): Promise<{ rows: [number, string[]][]; blankLines: number; count: number }> {
  const rows: [number, string[]][] = [];
  const info = await readCsv(
    file,
    { encoding: 'auto', delimiter: 'auto' },
    { header: () => undefined, row: (fields, line) => void rows.push([line, [...fields]]) },
  );
  return { rows, blankLines: info.blankLines, count: info.rows };
}

describe('readCsv on hostile files', () => {
  it('counts every row of a file whose line endings mix CRLF, CR and LF, with the right line numbers', async () => {
    const file = write('date,n\n2024-01-01,1\r2024-01-02,2\r\n2024-01-03,3\n2024-01-04,4\r2024-01-05,5\r\n');
    const { rows, count } = await read(file);
    expect(count).toBe(5);
    expect(rows).toEqual([
      [2, ['2024-01-01', '1']],
      [3, ['2024-01-02', '2']],
      [4, ['2024-01-03', '3']],
      [5, ['2024-01-04', '4']],
      [6, ['2024-01-05', '5']],
    ]);
  });

  it('keeps a CRLF split across two read chunks as one line break', async () => {
    // 64 KB chunks: put the CR as the last byte of the first chunk.
    const head = 'a,b\n';
    const filler = `x,${'y'.repeat(65536 - head.length - 3)}`;
    const file = write(`${head}${filler}\r\nz,1\r\n`);
    expect(Buffer.byteLength(`${head}${filler}\r`)).toBe(65536);
    const { rows, blankLines } = await read(file);
    expect(rows.map(([line, f]) => [line, f[0]])).toEqual([
      [2, 'x'],
      [3, 'z'],
    ]);
    expect(blankLines).toBe(0);
  });

  it.each([
    ['little-endian', 'utf16le'],
    ['big-endian', 'utf16be'],
  ] as const)('names UTF-16 %s without a byte order mark as UTF-16', async (order, encoding) => {
    const text = 'date,area,count\n2024-01-01,A1,3\n';
    const bytes = encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
    await expect(read(write(bytes))).rejects.toThrow(
      `is UTF-16 encoded (${order}, without a byte order mark), which is not supported: save it as "CSV UTF-8".`,
    );
  });

  it('stops at a header line over 1 M characters, saying so without echoing it', async () => {
    const file = write(`date,${'x'.repeat(3 * 1048576)},count\n2024-01-01,1\n`);
    const error = await read(file).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/the header line is longer than 1 M characters, so this is not a CSV header/);
    expect(error?.message.length).toBeLessThan(400);
  });

  it('does not call a long unquoted row an unclosed quote', async () => {
    const file = write(`a,b\n1,${'7'.repeat(33 * 1048576)}\n`);
    await expect(read(file)).rejects.toThrow(/runs for more than 32 M characters without a line break/);
    await expect(read(file)).rejects.not.toThrow(/quote/);
  });

  it('still calls a long row with an open quote an unclosed quote', async () => {
    const file = write(`a,b\n1,"${'7'.repeat(33 * 1048576)}\n`);
    await expect(read(file)).rejects.toThrow(/has a quote \("\) that is never closed/);
  });
});
