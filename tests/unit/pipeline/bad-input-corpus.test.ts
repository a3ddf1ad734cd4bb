/**
 * Bad input, end to end through the data step: each case is a small file a council
 * might really publish, and the test asserts what the person running the build
 * is told. Nothing may be lost: rows in = accepted + rejected in every case.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';
import type { AssetsDatasetEntry, QualityReport } from '../../../src/lib/manifest.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs();

const square = (code: string, x0: number, y0: number): object => ({
  type: 'Feature',
  properties: { code, name: `Ward ${code}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0 + 0.1, y0],
        [x0 + 0.1, y0 + 0.1],
        [x0, y0 + 0.1],
        [x0, y0],
      ],
    ],
  },
});

/** Writes a config (as JSON) and its files into a fresh folder; returns the config path. */
function project(files: Record<string, string | Buffer>, datasets: object[]): string {
  const dir = tempDir('atlas-corpus-');
  writeFileSync(
    join(dir, 'wards.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: [square('W1', -1.2, 52.0), square('W2', -1.1, 52.0)] }),
  );
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const config = {
    site: { title: 'Corpus', council: 'Corpus Council' },
    areaLayers: { wards: { label: 'Wards', file: 'wards.geojson', codeProperty: 'code', nameProperty: 'name' } },
    datasets: datasets.map((d) => ({ source: { publisher: 'Test', licence: 'CC0' }, maxRejectedShare: 1, ...d })),
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  return join(dir, 'atlas.config.json');
}

const cases = (file: string, extra: object = {}): object => ({
  id: 'cases',
  kind: 'cases',
  title: 'Cases',
  file,
  columns: { area: 'code', date: 'date', count: 'count' },
  join: { by: 'code', layer: 'wards' },
  ...extra,
});

const assets = {
  id: 'assets',
  kind: 'assets',
  title: 'Assets',
  file: 'assets.csv',
  columns: { id: 'UPRN', name: 'Site Address', x: 'GeoX', y: 'GeoY' },
  coordinates: { crs: 'EPSG:4326' },
  join: { by: 'point', layer: 'wards' },
};

async function quality(configPath: string): Promise<QualityReport> {
  const { manifest } = await buildData({ configPath, dataDir: tempDir('atlas-corpus-out-') });
  const q = manifest.datasets[0]?.quality as QualityReport;
  expect(q.rowsIn).toBe(q.accepted + q.rejected);
  return q;
}

describe('bad input corpus', () => {
  it('a truncated file: the cut-off last row is rejected on its line, the rest kept', async () => {
    const csv = 'date,code,count\n2024-01-01,W1,3\n2024-01-02,W2,4\n"2024-01-03,W1,';
    const q = await quality(project({ 'cases.csv': csv }, [cases('cases.csv')]));
    expect(q).toMatchObject({ rowsIn: 3, accepted: 2, rejected: 1 });
    expect(q.sampleRejections[0]).toMatchObject({
      line: 4,
      column: '',
      reason: expect.stringMatching(/unterminated quoted field/),
    });
  });

  it('a wrong delimiter: the build stops, naming the config key and the columns the file has', async () => {
    const csv = 'date;code;count\n2024-01-01;W1;3\n';
    const config = project({ 'cases.csv': csv }, [cases('cases.csv', { delimiter: ',' })]);
    await expect(buildData({ configPath: config, dataDir: tempDir('x-') })).rejects.toThrow(
      /columns "code" \(config key columns\.area\), "date" \(config key columns\.date\) and "count" \(config key columns\.count\) are not in the header\. The file has: "date;code;count"\. The header was read as one column: declare the delimiter/,
    );
  });

  it('a detected delimiter reads the same file', async () => {
    const q = await quality(project({ 'cases.csv': 'date;code;count\n2024-01-01;W1;3\n' }, [cases('cases.csv')]));
    expect(q).toMatchObject({ rowsIn: 1, accepted: 1 });
    expect(q.files[0]?.delimiter).toBe(';');
  });

  it('a missing required column: the build stops, saying how to fix it', async () => {
    const csv = 'date,code\n2024-01-01,W1\n';
    const config = project({ 'cases.csv': csv }, [cases('cases.csv')]);
    await expect(buildData({ configPath: config, dataDir: tempDir('x-') })).rejects.toThrow(
      /column "count" \(config key columns\.count\).*Fix the column name in the config/,
    );
  });

  it('a broken encoding: Windows-1252 bytes in a file declared UTF-8 are rejected row by row, with a warning', async () => {
    const csv = Buffer.concat([
      Buffer.from('date,code,count,note\n2024-01-01,W1,3,ok\n2024-01-02,W2,4,caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const q = await quality(project({ 'cases.csv': csv }, [{ ...cases('cases.csv'), encoding: 'utf-8' }]));
    expect(q).toMatchObject({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(q.sampleRejections[0]).toMatchObject({
      line: 3,
      reason: expect.stringMatching(/invalid characters for the encoding/),
    });
    expect(q.warnings.join(' ')).toMatch(/is not valid UTF-8: the first invalid byte is on line 3/);
  });

  it('coordinates outside the country: the asset is kept, listed as not on the map with the reason', async () => {
    const csv = 'UPRN,Site Address,GeoX,GeoY\n1,Town Hall,-1.15,52.05\n2,Far Away,151.2,-33.9\n';
    const { manifest, datasets } = await buildData({
      configPath: project({ 'assets.csv': csv }, [assets]),
      dataDir: tempDir('atlas-corpus-out-'),
    });
    const entry = manifest.datasets[0] as AssetsDatasetEntry;
    expect(entry).toMatchObject({ assetCount: 2, placed: 1, unplaced: 1 });
    expect(entry.quality.rejected).toBe(0);
    expect(entry.quality.warnings.join(' ')).toMatch(
      /1 asset is kept but not placed on the map: "outside the area" \(1\)/,
    );
    expect(datasets[0]?.cached).toBe(false);
  });

  it('HTML in a text field is kept verbatim as data (pages render it as text)', async () => {
    const name = '<img src=x onerror=alert(1)> Old Library';
    const csv = `UPRN,Site Address,GeoX,GeoY\n1,"${name}",-1.15,52.05\n`;
    const dataDir = tempDir('atlas-corpus-out-');
    const { manifest } = await buildData({
      configPath: project({ 'assets.csv': csv }, [assets]),
      dataDir,
    });
    const table = readFileSync(join(dataDir, manifest.datasets[0]?.files['assets'] ?? ''), 'utf8');
    expect(JSON.parse(table).name).toEqual([name]);
  });
});
