import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import { isFeatureFile, readFeatureRows } from '../../../../src/pipeline/ingest/read-feature-rows.ts';

function fileWith(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'features-')), name);
  writeFileSync(path, text);
  return path;
}

async function rows(path: string, layer?: string) {
  const out: { header: string[]; crs: string | null; rows: [string[], number, string | null][] } = {
    header: [],
    crs: null,
    rows: [],
  };
  await readFeatureRows(path, layer, {
    header(_names, raw, crs) {
      out.header = raw;
      out.crs = crs;
    },
    row(fields, line, _error, geometry) {
      out.rows.push([fields, line, geometry?.type ?? null]);
    },
  });
  return out;
}

const points: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { ref: 'A', size: 1.5 }, geometry: { type: 'Point', coordinates: [0, 50] } },
    { type: 'Feature', properties: { ref: 'B', note: { k: 1 } }, geometry: { type: 'Point', coordinates: [1, 50] } },
  ],
};

describe('readFeatureRows', () => {
  it('tells feature files from CSV by name or by a first "{"', () => {
    expect(isFeatureFile('a.geojson', Buffer.from('x'))).toBe(true);
    expect(isFeatureFile('register.csv', Buffer.from('\uFEFF  {"type":'))).toBe(true);
    expect(isFeatureFile('register.csv', Buffer.from('Ref,Name'))).toBe(false);
  });

  it('gives every property as a column, in first-seen order, numbers as written and objects as JSON', async () => {
    const out = await rows(fileWith('a.geojson', JSON.stringify(points)));
    expect(out.header).toEqual(['ref', 'size', 'note']);
    expect(out.rows).toEqual([
      [['A', '1.5', ''], 1, 'Point'],
      [['B', '', '{"k":1}'], 2, 'Point'],
    ]);
    expect(out.crs).toBeNull();
  });

  it('reads a TopoJSON layer, and names the layers when there are several and none is chosen', async () => {
    const topo = topology({ sites: points, other: { type: 'FeatureCollection', features: [] } as FeatureCollection });
    const path = fileWith('a.topojson', JSON.stringify(topo));
    expect((await rows(path, 'sites')).rows.map((r) => r[0][0])).toEqual(['A', 'B']);
    await expect(rows(path)).rejects.toThrow(
      'a.topojson is a TopoJSON file with layers "sites", "other"; set the dataset\'s topojsonLayer to the one holding the assets.',
    );
  });

  it('says what is wrong with JSON that is not features', async () => {
    await expect(rows(fileWith('b.json', '{"type": "Topo'))).rejects.toThrow(
      /^b\.json looks like GeoJSON but is not valid JSON/,
    );
    await expect(rows(fileWith('c.json', '{"type": "Geometry"}'))).rejects.toThrow(
      'c.json is JSON but not a GeoJSON FeatureCollection or a TopoJSON Topology (its "type" is "Geometry").',
    );
  });
});
