import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAreaLayer } from '../../../../src/pipeline/ingest/read-boundaries.ts';
import type { AreaLayerConfig } from '../../../../src/pipeline/config/schema.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-boundaries-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, json: unknown): string {
  fs.writeFileSync(path.join(dir, name), JSON.stringify(json));
  return name;
}

function config(file: string, extra: Partial<AreaLayerConfig> = {}): AreaLayerConfig {
  return { label: 'Areas', file, format: 'auto', codeProperty: 'code', nameProperty: 'name', aliases: {}, ...extra };
}

const square = (x: number, y: number, s = 1): number[][] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

// Three unit squares in a row; "B" was replaced by "B2" from 2020 (end is inclusive).
const topology = {
  type: 'Topology',
  arcs: [
    square(0, 0),
    square(1, 0),
    square(1, 0),
    square(2, 0),
    [
      [5, 5],
      [6, 6],
    ],
  ],
  objects: {
    areas: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { code: ' A ', name: 'Alpha', region: 'R1' } },
        { type: 'Polygon', arcs: [[1]], properties: { code: 'B', name: 'Beta', end: 2019, region: 'R1' } },
        { type: 'Polygon', arcs: [[2]], properties: { code: 'B2', name: 'Beta new', start: '2020', region: 'R1' } },
        { type: 'Polygon', arcs: [[3]], properties: { code: 1001, name: 'Numeric', region: '' } },
      ],
    },
    other: {
      type: 'GeometryCollection',
      geometries: [{ type: 'LineString', arcs: [4], properties: { code: 'L', name: 'Line' } }],
    },
  },
};
const topoFile = write('areas.topo.json', topology);

describe('readAreaLayer', () => {
  it('reads a TopoJSON layer: codes trimmed as strings, sorted by code, parent blank -> null, bbox', async () => {
    const data = await readAreaLayer('la', config(topoFile, { layer: 'areas', parentProperty: 'region' }), dir);
    expect(data.features.map((f) => [f.code, f.name, f.parent])).toEqual([
      ['1001', 'Numeric', null],
      ['A', 'Alpha', 'R1'],
      ['B', 'Beta', 'R1'],
      ['B2', 'Beta new', 'R1'],
    ]);
    expect(data.features[1]?.geometry).toEqual({ type: 'Polygon', coordinates: [square(0, 0)] });
    expect(data.bbox).toEqual([0, 0, 3, 1]);
    expect(data.warnings).toEqual([]);
  });

  it('applies the vintage filter with start and end both inclusive', async () => {
    const codes = async (year: number): Promise<string[]> =>
      (
        await readAreaLayer(
          'la',
          config(topoFile, { layer: 'areas', vintage: { year, startProperty: 'start', endProperty: 'end' } }),
          dir,
        )
      ).features.map((f) => f.code);
    expect(await codes(2019)).toEqual(['1001', 'A', 'B']);
    expect(await codes(2020)).toEqual(['1001', 'A', 'B2']);
  });

  it('asks for `layer` when a TopoJSON file has several, and names them', async () => {
    await expect(readAreaLayer('la', config(topoFile), dir)).rejects.toThrow(/set `layer` to one of: areas, other/);
    await expect(readAreaLayer('la', config(topoFile, { layer: 'nope' }), dir)).rejects.toThrow(
      /no layer "nope".*areas, other/,
    );
  });

  it('rejects non-polygon geometries', async () => {
    await expect(readAreaLayer('la', config(topoFile, { layer: 'other' }), dir)).rejects.toThrow(
      /area L has a LineString geometry/,
    );
  });

  it('rejects codes that repeat within the vintage, suggesting a vintage', async () => {
    const file = write('dupes.geojson', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: 'X', name: 'one' },
          geometry: { type: 'Polygon', coordinates: [square(0, 0)] },
        },
        {
          type: 'Feature',
          properties: { code: 'X ', name: 'two' },
          geometry: { type: 'Polygon', coordinates: [square(1, 0)] },
        },
      ],
    });
    await expect(readAreaLayer('la', config(file), dir)).rejects.toThrow(
      /1 code\(s\) appear on more than one area \(X\).*vintage/,
    );
  });

  it('reads GeoJSON with MultiPolygons; skips features without a code and names missing names by code, with warnings', async () => {
    const file = write('areas.json', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: 'M' },
          geometry: { type: 'MultiPolygon', coordinates: [[square(0, 0)], [square(-3, -2, 0.5)]] },
        },
        {
          type: 'Feature',
          properties: { name: 'no code' },
          geometry: { type: 'Polygon', coordinates: [square(9, 9)] },
        },
      ],
    });
    const data = await readAreaLayer('la', config(file), dir);
    expect(data.features.map((f) => [f.code, f.name, f.geometry.type])).toEqual([['M', 'M', 'MultiPolygon']]);
    expect(data.bbox).toEqual([-3, -2, 1, 1]);
    expect(data.warnings).toHaveLength(2);
    expect(data.warnings[0]).toMatch(/^areas\.json: 1 feature\(s\) have no "code" property/);
  });

  it('detects TopoJSON by content whatever the extension, and checks a declared format', async () => {
    const file = write('really-topo.json', topology);
    expect((await readAreaLayer('la', config(file, { layer: 'areas' }), dir)).features).toHaveLength(4);
    await expect(readAreaLayer('la', config(file, { layer: 'areas', format: 'geojson' }), dir)).rejects.toThrow(
      /format` is geojson but the file is TopoJSON/,
    );
  });

  it('refuses projected coordinates with a hint to reproject', async () => {
    const file = write('bng.geojson', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: 'P', name: 'p' },
          geometry: { type: 'Polygon', coordinates: [square(394945, 222286, 100)] },
        },
      ],
    });
    await expect(readAreaLayer('la', config(file), dir)).rejects.toThrow(/not longitude\/latitude.*WGS84/);
  });

  it('fails clearly when no area is valid in the vintage year, or the file is missing', async () => {
    const empty = config(topoFile, {
      layer: 'areas',
      vintage: { year: 2019, startProperty: 'end', endProperty: 'none' },
      codeProperty: 'nope',
    });
    await expect(readAreaLayer('la', empty, dir)).rejects.toThrow(/no areas valid in 2019/);
    await expect(readAreaLayer('la', config('missing.geojson'), dir)).rejects.toThrow(
      /areaLayers\.la \(missing\.geojson\): cannot read/,
    );
  });
});

describe('readAreaLayer: codes carried as the feature id', () => {
  // As us-atlas counties and states TopoJSON files are: the FIPS code is the geometry's id.
  const byId = {
    type: 'Topology',
    arcs: [square(0, 0), square(1, 0)],
    objects: {
      counties: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: '01001', arcs: [[0]], properties: { name: 'Autauga' } },
          { type: 'Polygon', id: '01003', arcs: [[1]], properties: { name: 'Baldwin' } },
        ],
      },
    },
  };

  it('reads the code from the id with codeProperty "$id"', async () => {
    const data = await readAreaLayer('c', config(write('ids.topo.json', byId), { codeProperty: '$id' }), dir);
    expect(data.features.map((f) => [f.code, f.name])).toEqual([
      ['01001', 'Autauga'],
      ['01003', 'Baldwin'],
    ]);
  });

  it('names the properties the features do have when the code property is absent', async () => {
    await expect(
      readAreaLayer('c', config(write('ids2.topo.json', byId), { codeProperty: 'GEOID' }), dir),
    ).rejects.toThrow(
      'no areas with a "GEOID" property. The features have: an id on 2 of 2 features (use "$id"), "name". Set codeProperty to the one holding the area code ("$id" for the feature\'s own id).',
    );
  });
});
