import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOutputWriter } from '../../../../src/pipeline/output/output-writer.ts';
import { tempDirs } from '../../temp-dirs.ts';

const tempDir = tempDirs();

describe('createOutputWriter', () => {
  it('names files by content, so equal data gives the same name and different data another', async () => {
    const dir = tempDir('atlas-out-');
    const w = createOutputWriter(dir, 'ds');
    const a = w.json('summary', { a: 1 });
    const b = w.json('summary', { a: 1 });
    const c = w.json('summary', { a: 2 });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^ds\/summary\.[0-9a-f]{10}\.json$/);
    expect(readFileSync(join(dir, a), 'utf8')).toBe('{"a":1}');
    expect(w.written).toEqual([a, b, c]);
  });

  it('makes area codes from data safe as file names', () => {
    const dir = tempDir('atlas-out-');
    const w = createOutputWriter(dir, 'ds');
    expect(w.json('areas/E0<9>', [])).toMatch(/^ds\/areas\/E0_9_\.[0-9a-f]{10}\.json$/);
    expect(() => w.json('../escape', [])).toThrow(/unsafe/);
  });

  it('streams a file in pieces to the name and bytes it would have had written whole, leaving no temporary file', () => {
    const dir = tempDir('atlas-out-');
    const w = createOutputWriter(dir, 'ds');
    const lines = Array.from({ length: 20_000 }, (_, i) => `row ${i},é\r\n`);
    const stream = w.stream?.('rejections', 'csv');
    for (const line of lines) stream?.write(line);
    const streamed = stream?.end();
    const whole = createOutputWriter(tempDir('atlas-out-'), 'ds').text('rejections', 'csv', lines.join(''));
    expect(streamed).toBe(whole);
    expect(readFileSync(join(dir, whole), 'utf8')).toBe(lines.join(''));
    expect(readdirSync(join(dir, 'ds'))).toEqual([whole.slice('ds/'.length)]);
    expect(w.written).toEqual([whole]);
  });
});
