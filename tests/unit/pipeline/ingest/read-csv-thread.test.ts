/**
 * A large file is read, decoded and split on a worker thread (read-csv-thread.ts) while the
 * handlers run on this one: whatever the file holds, the handlers must see the same calls with the
 * same arguments, and the data step must write the same bytes, as when it is read on one thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readCsv, readerThread, type CsvReadOptions } from '../../../../src/pipeline/ingest/read-csv.ts';
import { buildData } from '../../../../src/pipeline/build-data.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-csv-thread-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const defaultMinBytes = readerThread.minBytes;
afterEach(() => {
  readerThread.minBytes = defaultMinBytes;
});

/** Reads `file` on one thread (threaded false) or on the reading thread, recording every handler call. */
async function calls(file: string, options: CsvReadOptions, threaded: boolean, spans: boolean) {
  readerThread.minBytes = threaded ? 0 : Number.POSITIVE_INFINITY;
  const seen: unknown[] = [];
  let progressCalls = 0;
  let lastProgress = 0;
  let taken = 0;
  const info = await readCsv(file, options, {
    header(names, raw) {
      seen.push(['header', names, raw]);
    },
    row(fields, line, error) {
      seen.push(['row', [...fields], line, error]);
    },
    ...(spans
      ? {
          spans(text: string, at: Int32Array, count: number, line: number) {
            // Takes every other row as offsets, declines the rest (they then come to `row`).
            const fields: string[] = [];
            for (let k = 0; k < count; k++) fields.push(text.slice(at[2 * k], at[2 * k + 1]));
            if (taken++ % 2 === 1) return false;
            seen.push(['spans', fields, count, line]);
            return true;
          },
        }
      : {}),
    progress(bytes, total) {
      progressCalls++;
      expect(bytes).toBeGreaterThanOrEqual(lastProgress);
      expect(bytes).toBeLessThanOrEqual(total);
      lastProgress = bytes;
    },
  });
  return { info, seen, progressCalls, lastProgress };
}

/** A CSV of `rows` rows with, at intervals, every kind of row the splitter treats apart. */
function awkwardCsv(rows: number): Buffer {
  const parts: string[] = ['date,code,name,cases\n'];
  for (let i = 0; i < rows; i++) {
    const day = `2021-01-${String((i % 28) + 1).padStart(2, '0')}`;
    const code = `E${String(i % 97).padStart(4, '0')}`;
    if (i % 1009 === 5) parts.push(`${day},${code},"Quoted, with a comma",${i % 50}\n`);
    else if (i % 1013 === 7) parts.push(`${day},${code},"Two\nlines",${i % 50}\r\n`);
    else if (i % 997 === 3) parts.push('\n   \n');
    else if (i % 991 === 9) parts.push(',,,\n');
    else if (i % 983 === 11) parts.push(`${day},${code}\n`);
    else if (i % 977 === 13) parts.push(`${day},${code},x,1,extra\n`);
    else if (i % 971 === 17) parts.push(`${day},${code},"bad "quote",3\n`);
    else if (i % 2 === 0) parts.push(`${day},${code},Area ${i % 97},${i % 50}\r\n`);
    else parts.push(`${day},${code},Área ${i % 97},${i % 50}\n`);
  }
  const text = Buffer.from(parts.join(''));
  // One byte that is not UTF-8, past the first pieces read.
  const at = text.indexOf('\n', 300_000) + 1;
  return Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]);
}

describe('reading a file on a worker thread', () => {
  const file = path.join(dir, 'awkward.csv');
  fs.writeFileSync(file, awkwardCsv(60_000));

  for (const spans of [true, false]) {
    it(`calls the handlers as one thread does (${spans ? 'with' : 'without'} the offsets path)`, async () => {
      const options: CsvReadOptions = { encoding: 'utf-8', delimiter: 'auto', hash: true };
      const one = await calls(file, options, false, spans);
      const two = await calls(file, options, true, spans);
      expect(two.seen.length).toBe(one.seen.length);
      expect(two.seen).toEqual(one.seen);
      expect(two.info).toEqual(one.info);
      expect(one.info.warnings.join(' ')).toMatch(/line/);
      expect(two.lastProgress).toBe(fs.statSync(file).size);
      expect(two.progressCalls).toBeGreaterThan(10);
    });
  }

  it('detects the encoding and the delimiter as one thread does', async () => {
    const latin = path.join(dir, 'latin.csv');
    fs.writeFileSync(latin, Buffer.from('code;name\r\nA;Caf\xe9\r\nB;Na\xefve\r\n'.repeat(20_000), 'latin1'));
    const options: CsvReadOptions = { encoding: 'auto', delimiter: 'auto' };
    const one = await calls(latin, options, false, true);
    const two = await calls(latin, options, true, true);
    expect(two.seen).toEqual(one.seen);
    expect(two.info).toEqual(one.info);
    expect(two.info.encoding).toBe('windows-1252');
  });

  it('fails as one thread does', async () => {
    const utf16 = path.join(dir, 'utf16.csv');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]));
    const options: CsvReadOptions = { encoding: 'utf-8', delimiter: ',' };
    const one = await calls(utf16, options, false, true).catch((e: Error) => e.message);
    const two = await calls(utf16, options, true, true).catch((e: Error) => e.message);
    expect(one).toMatch(/UTF-16/);
    expect(two).toBe(one);
    const blank = path.join(dir, 'blank.csv');
    fs.writeFileSync(blank, '\n\n  \n');
    const three = await calls(blank, options, true, true).catch((e: Error) => e.message);
    expect(three).toMatch(/no header line/);
  });
});

describe('the data step with the reading thread', () => {
  /** Every file below `root`, by its path from `root`, as bytes. */
  function files(root: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      out.set(path.relative(root, full), fs.readFileSync(full));
    }
    return out;
  }

  it('writes the same bytes to every file as one thread does, rejections of every kind included', async () => {
    const src = path.join(dir, 'step');
    fs.mkdirSync(src, { recursive: true });
    // Cumulative counts in date order, then area, as the NYT publishes them, with every rejection.
    const lines = ['date,fips,county,cases'];
    for (let d = 0; d < 120; d++) {
      const day = new Date(Date.UTC(2021, 0, 1 + d)).toISOString().slice(0, 10);
      for (let a = 0; a < 150; a++) {
        const code = String(1000 + a).padStart(5, '0');
        const n = a * 7 + d;
        let total = d * (a + 1) + ((d * 31 + a) % 11 === 0 ? -3 : 0);
        if (total < 0) total = 0;
        if (n % 211 === 0) lines.push(`${day},,Unknown,${total}`);
        else if (n % 223 === 0) lines.push(`${day.replaceAll('-', '/')},${code},County ${a},${total}`);
        else if (n % 227 === 0) lines.push(`${day},${code},County ${a},${total}.5`);
        else if (n % 229 === 0) lines.push(`${day},${code},County ${a},-${total}`);
        else if (n % 233 === 0) lines.push(`${day},${code},County ${a},`);
        else if (n % 239 === 0) lines.push(`${day},${code},"County ${a}",${total}`);
        else if (n % 241 === 0) lines.push(`${day},${code},Other name,${total}`);
        else if (n % 251 === 0) lines.push(`${day},${code},County ${a},${total},9`);
        else if (n % 257 === 0) lines.push(`${day},bad code!,County ${a},${total}`);
        else if (n % 263 === 0) lines.push(',,,');
        else if (n % 269 === 0 && d > 0) lines.push(`2021-01-01,${code},County ${a},${total}`);
        else lines.push(`${day},${code},County ${a},${total}`);
        // A duplicate now and then.
        if (n % 277 === 0) lines.push(`${day},${code},County ${a},${total}`);
      }
    }
    fs.writeFileSync(path.join(src, 'cases.csv'), `${lines.join('\n')}\n`);
    const config = {
      site: { title: 'T', council: 'T' },
      datasets: [
        {
          id: 'c',
          kind: 'cases',
          title: 'C',
          file: 'cases.csv',
          delimiter: ',',
          encoding: 'utf-8',
          dateFormat: 'iso',
          countType: 'cumulative',
          cumulativeStart: 'zero',
          rejectNegative: true,
          maxRejectedShare: 1,
          columns: { area: 'fips', areaName: 'county', date: 'date', count: 'cases' },
          join: { by: 'none' },
          source: { publisher: 'T', licence: 'CC0' },
        },
      ],
    };
    const configPath = path.join(src, 'atlas.config.json');
    fs.writeFileSync(configPath, JSON.stringify(config));
    const build = async (threaded: boolean): Promise<Map<string, Buffer>> => {
      readerThread.minBytes = threaded ? 0 : Number.POSITIVE_INFINITY;
      const dataDir = path.join(dir, threaded ? 'out-threaded' : 'out-one');
      await buildData({ configPath, dataDir, force: true });
      return files(dataDir);
    };
    const one = await build(false);
    const two = await build(true);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [name, bytes] of one) expect(two.get(name)?.equals(bytes), name).toBe(true);
    const rejections = [...one.keys()].find((k) => /rejections\.[0-9a-f]+\.csv$/.test(k)) as string;
    const text = (one.get(rejections) as Buffer).toString('utf8');
    for (const reason of ['area code is missing', 'fell', 'duplicate', 'date']) expect(text, reason).toContain(reason);
  });
});
