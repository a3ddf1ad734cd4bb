/**
 * A real Norwegian register of municipal buildings: 12 rows of Stavanger kommune's "Kommunale bygg
 * med publikumstjenester" (tests/fixtures/real/stavanger-kommunale-bygg/), `;`-separated with a
 * header that ends in `;`, on a site whose locale (nb-NO) has no catalogue of its own. Every
 * figure is checked against a reading of the raw file made here without the pipeline.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../src/lib/manifest.ts';
import type { AssetsTable, AssetTexts } from '../../src/lib/assets-files.ts';
import { translatorFor } from '../../src/lib/i18n/catalogues.ts';
import { availableWords } from '../../src/lib/assets/status-style.ts';

const dir = 'tests/fixtures/real/stavanger-kommunale-bygg';
const [header = '', ...lines] = readFileSync(join(dir, 'dataset.csv'), 'utf8').trim().split('\n');
const rows = lines.map((l) => l.split(';'));

describe('Stavanger kommune, municipal buildings with public services', () => {
  let entry: AssetsDatasetEntry;
  let table: AssetsTable;
  let texts: AssetTexts;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-stavanger-'));
    const result = await buildData({ configPath: join(dir, 'stavanger-bygg.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as AssetsDatasetEntry;
    table = JSON.parse(readFileSync(join(dataDir, entry.files.assets ?? ''), 'utf8')) as AssetsTable;
    texts = JSON.parse(readFileSync(join(dataDir, entry.files['texts'] ?? ''), 'utf8')) as AssetTexts;
  }, 120_000);

  it('accounts for all 12 rows with no warning, though the header has a ninth, unnamed column no row has', () => {
    expect(header.endsWith(';')).toBe(true);
    expect(header.split(';')).toHaveLength(9);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(entry.quality).toMatchObject({ rowsIn: 12, accepted: 12, rejected: 0, warnings: [] });
    expect(table.id).toEqual(rows.map((r) => r[0]));
  });

  it("places every building at the file's latitude and longitude, the Sandnes office too", () => {
    expect(entry.placed).toBe(12);
    for (const [i, r] of rows.entries()) {
      // The table keeps 5 decimals (about 1 m).
      expect(Math.abs((table.lat[i] ?? NaN) - Number(r[6])), r[1]).toBeLessThan(6e-6);
      expect(Math.abs((table.lon[i] ?? NaN) - Number(r[7])), r[1]).toBeLessThan(6e-6);
    }
    expect(table.name[rows.findIndex((r) => r[0] === '28')]).toBe('Landbrukskontoret');
  });

  it('builds each address from the street and the post town, with the postcode beside it', () => {
    expect(table.address).toEqual(rows.map((r) => `${r[2]}, ${r[4]}`));
    expect(table.postcode).toEqual(rows.map((r) => r[3]));
    expect(table.address[rows.findIndex((r) => r[0] === '5')]).toBe('Øvre Kleivgate 15, Stavanger');
  });

  it('writes each building’s services (texts) as the file has them, apart from the table the map fetches', () => {
    expect(texts.columns.map((c) => c.label)).toEqual(['Tjenester']);
    expect(texts.columns[0]?.values).toEqual(rows.map((r) => (r[5] ?? '').replace(/\s+/g, ' ').trim() || null));
    // Row 3's list runs on into a phone number and an e-mail address: kept whole.
    expect(texts.columns[0]?.values[rows.findIndex((r) => r[0] === '3')]).toContain(
      'tlf. 51 91 26 96 eller oppvekstservice@stavanger.kommune.no',
    );
    expect(JSON.stringify(table)).not.toContain('Barnehageplass');
  });

  it('writes the sentences of a nb-NO site, shown in the en-GB catalogue, with no Norwegian joiner', () => {
    const t = translatorFor('nb-NO');
    expect(availableWords(entry.categories, t)).toBe('vacant or under-used');
  });
});
