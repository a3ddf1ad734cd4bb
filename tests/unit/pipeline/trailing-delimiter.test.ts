/**
 * A header that ends in its delimiter (`a;b;c;`) has an unnamed last column that the rows often
 * lack (Stavanger's Datahotellet exports: `…;latitude;longitude;` over rows ending `…;5.72`).
 * Those rows are whole: only a row short of a named column is a short row worth a warning.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry } from '../../../src/lib/manifest.ts';

async function build(csv: string): Promise<AssetsDatasetEntry> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-trailing-'));
  writeFileSync(join(dir, 'bygg.csv'), csv);
  const config = {
    site: { title: 'Bygg', council: 'Kommune' },
    datasets: [
      {
        kind: 'assets',
        id: 'bygg',
        title: 'Bygg',
        file: 'bygg.csv',
        columns: { id: 'byggnr', name: 'navn', x: 'longitude', y: 'latitude' },
        join: { by: 'none' },
        source: { publisher: 'Test', licence: 'CC0' },
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const result = await buildData({
    configPath: join(dir, 'atlas.config.json'),
    dataDir: mkdtempSync(join(tmpdir(), 'trailing-out-')),
  });
  return result.manifest.datasets[0] as AssetsDatasetEntry;
}

describe('a header that ends in its delimiter', () => {
  it('reads rows that lack only the unnamed last column as whole, with no short-row warning', async () => {
    const entry = await build(
      'byggnr;navn;latitude;longitude;\n1;Rådhuset;58.9683;5.7269\n2;Byarkivet;58.9683;5.7269\n',
    );
    expect(entry.quality).toMatchObject({ rowsIn: 2, accepted: 2, rejected: 0 });
    expect(entry.quality.warnings.filter((w) => w.includes('fewer fields'))).toEqual([]);
  });

  it('still warns of a row short of a named column', async () => {
    const entry = await build('byggnr;navn;latitude;longitude;\n1;Rådhuset;58.9683;5.7269\n2;Byarkivet;58.9683\n');
    expect(entry.quality.warnings).toContain(
      'bygg.csv: 1 row(s) had fewer fields than the header; the missing trailing fields were read as empty.',
    );
  });
});
