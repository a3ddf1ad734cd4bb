// Property: whatever bytes a CSV holds (random quoting, line endings, encodings, garbage),
// every row is accepted or rejected (rows in = accepted + rejected) and nothing but a
// readable error about the file escapes the data step.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../src/pipeline/build-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-csv-prop-'));
const configPath = join(dir, 'atlas.config.json');
writeFileSync(
  configPath,
  JSON.stringify({
    site: { title: 'Property', council: 'Test' },
    areaLayers: {},
    datasets: [
      {
        id: 'cases',
        kind: 'cases',
        title: 'Cases',
        file: 'cases.csv',
        columns: { area: 'area', date: 'date', count: 'count' },
        join: { by: 'code' },
        maxRejectedShare: 1,
        source: { publisher: 'Test', licence: 'CC0' },
      },
    ],
  }),
);
let run = 0;

/** Builds `bytes` as the dataset's file; returns the quality report, or the error's message. */
async function buildWith(bytes: Buffer): Promise<{ rowsIn: number; accepted: number; rejected: number } | string> {
  writeFileSync(join(dir, 'cases.csv'), bytes);
  try {
    const result = await buildData({ configPath, dataDir: join(dir, `out${++run}`) });
    const q = result.manifest.datasets[0]?.quality;
    if (q === undefined) return result.failed[0]?.message ?? 'no dataset';
    return { rowsIn: q.rowsIn, accepted: q.accepted, rejected: q.rejected };
  } catch (error) {
    // Errors must be for people: an Error naming the file, not a TypeError from deep inside.
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).constructor).not.toBe(TypeError);
    expect((error as Error).constructor).not.toBe(RangeError);
    return (error as Error).message;
  }
}

const fieldText = fc.oneof(
  fc.constantFrom('2024-01-01', '01/02/2024', 'E05000001', 'A1', '12', '-3', '1e20', '', 'n/a', 'Café', '€5', '"'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const field = fc
  .tuple(fieldText, fc.constantFrom('plain', 'quoted', 'broken'))
  .map(([text, quoting]) =>
    quoting === 'quoted' ? `"${text.replaceAll('"', '""')}"` : quoting === 'broken' ? `"${text}` : text,
  );
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
const row = fc.tuple(fc.array(field, { minLength: 0, maxLength: 5 }), fc.constantFrom(',', ';', '\t'));
const file = fc
  .record({
    rows: fc.array(fc.tuple(row, lineEnding), { maxLength: 25 }),
    encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252', 'macintosh'),
    finalEnding: fc.boolean(),
  })
  .map(({ rows, encoding, finalEnding }) => {
    const body = rows.map(([[fields, delimiter], ending]) => fields.join(delimiter) + ending).join('');
    const text = `date,area,count\n${finalEnding ? body : body.replace(/[\r\n]+$/, '')}`;
    if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
    if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    return iconv.encode(text, encoding);
  });

describe('the CSV reader on random input (property)', () => {
  it('accounts for every row of a file with a good header and any body', async () => {
    await fc.assert(
      fc.asyncProperty(file, async (bytes) => {
        const q = await buildWith(bytes);
        // A file with no row accepted is an error of its own (naming the dataset), not a lost row.
        if (typeof q === 'string') {
          expect(q).toMatch(/cases/);
          return;
        }
        expect(q.rowsIn).toBe(q.accepted + q.rejected);
      }),
      { numRuns: 60, seed: 20240101 },
    );
  });

  it('never lets anything but a readable error escape for random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (raw) => {
        const q = await buildWith(Buffer.from(raw));
        if (typeof q === 'string') expect(q).toMatch(/cases\.csv|count|date|area/);
        else expect(q.rowsIn).toBe(q.accepted + q.rejected);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
