// A corpus of malformed boundary files: each must stop the build with a message that
// names the file and, where there is one, the feature, never a library's TypeError.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAreaLayer } from '../../../../src/pipeline/ingest/read-boundaries.ts';
import type { AreaLayerConfig } from '../../../../src/pipeline/config/schema.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boundary-corpus-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ring = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const feature = (code: string, geometry: unknown): object => ({
  type: 'Feature',
  properties: { code, name: code },
  geometry,
});
const collection = (...features: unknown[]): object => ({ type: 'FeatureCollection', features });
const topology = (arcs: unknown, geometries: unknown, extra: object = {}): object => ({
  type: 'Topology',
  arcs,
  objects: { areas: { type: 'GeometryCollection', geometries } },
  ...extra,
});
const topoPolygon = (code: string, arcs: unknown): object => ({
  type: 'Polygon',
  arcs,
  properties: { code, name: code },
});

const CORPUS: [string, string, unknown, RegExp][] = [
  ['features not a list', 'a.geojson', { type: 'FeatureCollection', features: null }, /"features" is not a list/],
  ['a null feature', 'b.geojson', collection(null), /feature 1 is not a GeoJSON Feature/],
  [
    'properties not an object',
    'c.geojson',
    collection({ type: 'Feature', properties: 'x', geometry: null }),
    /feature 1 has "properties" that are not an object/,
  ],
  [
    'a geometry without a type',
    'd.geojson',
    collection(feature('A', {})),
    /area A has a undefined geometry; boundaries must be Polygon/,
  ],
  [
    'a Polygon without coordinates',
    'e.geojson',
    collection(feature('A', { type: 'Polygon' })),
    /feature 1 \(code A\): has no rings/,
  ],
  [
    'a ring of strings',
    'f.geojson',
    collection(
      feature('A', {
        type: 'Polygon',
        coordinates: [
          [
            ['0', '0'],
            [1, 0],
            [1, 1],
            ['0', '0'],
          ],
        ],
      }),
    ),
    /feature 1 \(code A\): ring 1 position 1 is not a pair of finite numbers/,
  ],
  [
    'a coordinate too large for a number',
    'g.geojson',
    '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"A","name":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1e400,0],[1,1],[0,0]]]}}]}',
    /feature 1 \(code A\): ring 1 position 2 is not a pair of finite numbers/,
  ],
  [
    'an open ring',
    'h.geojson',
    collection(feature('A', { type: 'Polygon', coordinates: [ring.slice(0, 4)] })),
    /feature 1 \(code A\): ring 1 is not closed/,
  ],
  [
    'a ring of three positions',
    'i.geojson',
    collection(
      feature('A', {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ),
    /ring 1 has fewer than 4 positions/,
  ],
  [
    'a MultiPolygon with an open ring',
    'j.geojson',
    collection(
      feature('OK', { type: 'Polygon', coordinates: [ring] }),
      feature('B', { type: 'MultiPolygon', coordinates: [[ring], [ring.slice(0, 4)]] }),
    ),
    /feature 2 \(code B\): polygon 2 ring 1 is not closed/,
  ],
  ['TopoJSON without arcs', 'k.topojson', topology(undefined, [topoPolygon('A', [[0]])]), /has no "arcs" list/],
  [
    'TopoJSON arc of one point',
    'l.topojson',
    topology([[[0, 0]]], [topoPolygon('A', [[0]])]),
    /arc 0 is not a list of at least 2 points/,
  ],
  [
    'TopoJSON arc index out of range',
    'm.topojson',
    topology([ring], [topoPolygon('A', [[0]]), topoPolygon('B', [[3]])]),
    /feature 2: refers to arc 3, but the file has arcs 0 to 0/,
  ],
  [
    'TopoJSON arcs not nested',
    'n.topojson',
    topology([ring], [topoPolygon('A', 0)]),
    /feature 1: its "arcs" are not nested lists/,
  ],
  [
    'TopoJSON without geometries',
    'o.topojson',
    { type: 'Topology', arcs: [ring], objects: { areas: { type: 'GeometryCollection' } } },
    /layer "areas" has no "geometries" list/,
  ],
  [
    'TopoJSON with a broken transform',
    'p.topojson',
    topology([ring], [topoPolygon('A', [[0]])], { transform: { scale: [1] } }),
    /"transform" needs "scale" and "translate"/,
  ],
  [
    'TopoJSON with a null layer',
    'q.topojson',
    { type: 'Topology', arcs: [], objects: { areas: null } },
    /layer "areas" is not an object/,
  ],
];

function config(file: string): AreaLayerConfig {
  return { label: 'Areas', file, format: 'auto', codeProperty: 'code', nameProperty: 'name', aliases: {} };
}

describe('the boundary reader on malformed files', () => {
  it.each(CORPUS)('%s: names the file and the problem', async (_name, file, doc, message) => {
    fs.writeFileSync(path.join(dir, file), typeof doc === 'string' ? doc : JSON.stringify(doc));
    const read = readAreaLayer('areas', config(file), dir);
    await expect(read).rejects.toThrow(message);
    await expect(read).rejects.toThrow(`areaLayers.areas (${file})`);
    await expect(read).rejects.not.toBeInstanceOf(TypeError);
  });

  it.each([
    ['the demo wards', 'data/demo/wards.geojson'],
    ['the tiny fixture', 'tests/fixtures/build/tiny/areas.geojson'],
  ])('reads %s', async (_name, file) => {
    const layer = await readAreaLayer('areas', config(file), '.');
    expect(layer.features.length).toBeGreaterThan(1);
  });
});
