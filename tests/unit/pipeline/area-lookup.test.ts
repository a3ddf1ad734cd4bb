/**
 * Boundaries that carry only a code as the feature id (no name, no parent):
 * names and parents come from a lookup CSV whose code is built from two columns.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';
import type { AreaList } from '../../../src/lib/manifest.ts';

const square = (id: string, x0: number): object => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, 40],
        [x0 + 0.1, 40],
        [x0 + 0.1, 40.1],
        [x0, 40.1],
        [x0, 40],
      ],
    ],
  },
});

describe('names and parents from a lookup CSV', () => {
  it('names areas whose boundaries carry only an id, and reports areas the lookup lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lookup-'));
    const features = [square('31001', -98), square('31003', -97), square('31005', -96)];
    writeFileSync(join(dir, 'counties.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    writeFileSync(
      join(dir, 'names.csv'),
      'STATE,COUNTY,CTYNAME,STNAME\n31,1,Adams County,Nebraska\n31,3,Antelope County,Nebraska\n31,3,Repeated,Nebraska\n',
    );
    writeFileSync(join(dir, 'cases.csv'), 'fips,date,count\n31001,2024-01-01,1\n');
    const config = {
      site: { title: 'T', council: 'T' },
      areaLayers: {
        counties: {
          label: 'Counties',
          file: 'counties.geojson',
          codeProperty: '$id',
          lookup: {
            file: 'names.csv',
            codeColumn: {
              concat: [
                { column: 'STATE', pad: 2 },
                { column: 'COUNTY', pad: 3 },
              ],
            },
            nameColumn: 'CTYNAME',
            parentColumn: 'STNAME',
          },
        },
      },
      datasets: [
        {
          id: 'c',
          kind: 'cases',
          title: 'C',
          file: 'cases.csv',
          columns: { area: 'fips', date: 'date', count: 'count' },
          join: { by: 'code', layer: 'counties' },
          source: { publisher: 'T', licence: 'CC0' },
        },
      ],
    };
    writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-lookup-out-'));
    const { manifest, warnings } = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
    const areas = JSON.parse(readFileSync(join(dataDir, manifest.layers[0]?.files.areas ?? ''), 'utf8')) as AreaList;
    expect(areas.areas.map((a) => [a.code, a.name, a.parent])).toEqual([
      ['31001', 'Adams County', 'Nebraska'],
      ['31003', 'Antelope County', 'Nebraska'],
      ['31005', '31005', null],
    ]);
    expect(warnings).toEqual([
      'areaLayers.counties.lookup: names.csv:4: area code repeated ("31003")',
      'areaLayers.counties.lookup: 1 area(s) are not in names.csv, so they keep the names and parents the boundaries give: 31005',
    ]);
  });
});
