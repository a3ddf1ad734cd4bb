/**
 * Asset sources that are not a CSV with two coordinate columns: GeoJSON features (points and
 * shapes), a WKT column, both coordinates in one column, files mixing coordinate systems; and
 * the value rules for registers that are not UK public land (ids from several columns, tenure
 * labels, stray quotes, sites outside the council's own area). The test layer has two areas:
 * A1 "West Ward" (lon 0–1) and A2 "East Ward" (lon 1–2), both lat 50–51.
 */
import { describe, expect, it } from 'vitest';
import { assetsConfig, runAssets } from './run-assets.ts';

const ring = (coords: [number, number][]) => [[...coords, coords[0] as [number, number]]];
// An L-shaped plot inside A1 whose centroid (about 0.43, 50.43) is outside the L.
const lShape = ring([
  [0.1, 50.1],
  [0.9, 50.1],
  [0.9, 50.3],
  [0.3, 50.3],
  [0.3, 50.9],
  [0.1, 50.9],
]);

function featureCollection(features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

describe('assets from a GeoJSON file', () => {
  const geojson = featureCollection([
    {
      type: 'Feature',
      id: 'P1',
      properties: { name: 'Hall', use: 'Vacant' },
      geometry: { type: 'Point', coordinates: [1.5, 50.5] },
    },
    {
      type: 'Feature',
      id: 'P2',
      properties: { name: 'Plot', use: 'Occupied' },
      geometry: { type: 'Polygon', coordinates: lShape },
    },
    { type: 'Feature', id: 'P3', properties: { name: 'Somewhere', extra: 7 }, geometry: null },
  ]);
  const config = assetsConfig({
    file: 'assets.geojson',
    columns: { id: 'id', name: 'name', status: 'use' },
    statusMap: { Vacant: 'vacant', Occupied: 'occupied' },
  });

  it('reads each feature as a row: properties as columns, the feature id as column "id"', async () => {
    const run = await runAssets(geojson, config);
    expect(run.quality.rowsIn).toBe(3);
    expect(run.quality.accepted).toBe(3);
    expect(run.table.id).toEqual(['P1', 'P2', 'P3']);
    expect(run.sourceRows.files[0]?.header).toEqual(['name', 'use', 'extra', 'id']);
    expect(run.sourceRows.rows[2]).toEqual([0, 3, 'Somewhere', '', '7', 'P3']);
  });

  it('places a polygon at a point inside it (not its centroid), keeps its outline, and lists a feature without geometry as unplaced', async () => {
    const run = await runAssets(geojson, config);
    expect(run.table.area.map((a) => run.table.dict.area[a]?.code ?? null)).toEqual(['A2', 'A1', null]);
    const [lon, lat] = [run.table.lon[1] as number, run.table.lat[1] as number];
    // Inside the L: in its foot (lat 50.1–50.3) or its upright (lon 0.1–0.3).
    const inFoot = lon > 0.1 && lon < 0.9 && lat > 50.1 && lat < 50.3;
    const inUpright = lon > 0.1 && lon < 0.3 && lat > 50.1 && lat < 50.9;
    expect(inFoot || inUpright).toBe(true);
    expect(Object.keys(run.outlines ?? {})).toEqual(['1']);
    expect(run.outlines?.['1']).toEqual({ type: 'Polygon', coordinates: lShape });
    expect(run.summary.unplaced).toEqual([{ reason: 'no coordinates', count: 1 }]);
  });

  it('uses the coordinate system the file declares when the config gives none', async () => {
    const bng = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } },
      features: [
        { type: 'Feature', properties: { ref: 'B1' }, geometry: { type: 'Point', coordinates: [577000, 67000] } },
      ],
    });
    const run = await runAssets(bng, assetsConfig({ file: 'assets.geojson', columns: { id: 'ref' } }));
    expect(run.table.dict.area[run.table.area[0] ?? -1]?.code).toBe('A1');
    expect(run.table.lon[0]).toBeCloseTo(0.5, 1);
    expect(run.table.lat[0]).toBeCloseTo(50.5, 1);
  });
});

describe('assets with a WKT column', () => {
  it('reads POINT and POLYGON, and says why a value could not be read', async () => {
    const csv = [
      'Ref,Shape',
      'W1,POINT (1.5 50.5)',
      `W2,"POLYGON ((0.2 50.2, 0.8 50.2, 0.8 50.8, 0.2 50.8, 0.2 50.2))"`,
      'W3,CIRCLE (1 2)',
      'W4,',
    ].join('\n');
    const run = await runAssets(csv, assetsConfig({ columns: { id: 'Ref', geometry: 'Shape' } }));
    expect(run.quality.accepted).toBe(4);
    expect(run.table.lon.slice(0, 2)).toEqual([1.5, 0.5]);
    expect(run.table.lat.slice(0, 2)).toEqual([50.5, 50.5]);
    expect(Object.keys(run.outlines ?? {})).toEqual(['1']);
    expect(run.summary.unplaced).toEqual([
      { reason: 'geometry could not be read', count: 1 },
      { reason: 'no coordinates', count: 1 },
    ]);
    expect(run.sourceRows.unplacedDetail?.['2']).toMatch(
      /^geometry could not be read: not a WKT geometry this reads \("CIRCLE"/,
    );
  });
});

describe('assets with both coordinates in one column', () => {
  it('reads "(lat, lon)" in the order the config says', async () => {
    const csv = ['Ref,Location', 'C1,"(50.5, 0.5)"', 'C2,"50.5, 1.5"', 'C3,see plan', 'C4,'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', point: 'Location' }, coordinates: { order: 'lat,lon' } }),
    );
    expect(run.table.area.map((a) => run.table.dict.area[a]?.code ?? null)).toEqual(['A1', 'A2', null, null]);
    expect(run.summary.unplaced).toEqual([
      { reason: 'coordinates are not numbers', count: 1 },
      { reason: 'no coordinates', count: 1 },
    ]);
  });

  it('refuses to guess the order', () => {
    expect(() => assetsConfig({ columns: { id: 'Ref', point: 'Location' } })).toThrow(
      /say which comes first with coordinates\.order/,
    );
  });
});

describe('files that mix longitude/latitude and British National Grid rows', () => {
  const csv = ['Ref,X,Y', 'M1,0.5,50.5', 'M2,577000,67000', 'M3,1.5,50.5'].join('\n');

  it('reads each row in the listed system its values fit, and counts rows per system', async () => {
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y' }, coordinates: { crs: ['EPSG:4326', 'EPSG:27700'] } }),
    );
    expect(run.table.area.map((a) => run.table.dict.area[a]?.code)).toEqual(['A1', 'A1', 'A2']);
    expect(run.quality.warnings).toContain(
      'Coordinates were read per row in 2 systems: 2 as EPSG:4326 (longitude/latitude (WGS84)), 1 as EPSG:27700 (British National Grid).',
    );
  });

  it('says which system rows outside the area look like when only one is configured', async () => {
    const run = await runAssets(csv, assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y' } }));
    expect(run.summary.unplaced).toEqual([{ reason: 'outside the area', count: 1 }]);
    const hint = run.quality.warnings.find((w) => w.includes('would be inside it'));
    expect(hint).toBe(
      '1 of the 1 asset outside the area would be inside it if read as EPSG:27700 (British National Grid): ' +
        'if the file mixes coordinate systems, set coordinates.crs to ["EPSG:4326", "EPSG:27700"]; if all rows are in that system, set coordinates.crs to "EPSG:27700".',
    );
  });
});

describe('registers that are not UK public land', () => {
  it('builds an id from several columns, and names them when it repeats', async () => {
    const csv = ['Block,Lot,X,Y', '0012,004,0.5,50.5', '0012,005,0.5,50.5', '0012,004,0.5,50.5'].join('\n');
    const run = await runAssets(csv, assetsConfig({ columns: { id: ['Block', 'Lot'], x: 'X', y: 'Y' } }));
    expect(run.table.id).toEqual(['0012-004', '0012-005']);
    expect(run.quality.sampleRejections[0]).toMatchObject({ line: 4, column: 'Block + Lot', value: '0012-004' });
  });

  it('labels tenure through tenureMap and strips stray quote marks around values', async () => {
    const csv = [
      'Ref,Tenure,Status,X,Y',
      'T1,F,"""Vacant""",0.5,50.5',
      "T2,'L',Occupied\",0.5,50.5",
      'T3,Freehold,occupied,0.5,50.5',
      "T4,St Johns',vacant,0.5,50.5",
    ].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({
        columns: { id: 'Ref', tenure: 'Tenure', status: 'Status', x: 'X', y: 'Y' },
        tenureMap: { F: 'Freehold', L: 'Leasehold' },
        statusMap: { Vacant: 'vacant', Occupied: 'occupied' },
      }),
    );
    expect(run.table.dict.tenure).toEqual(['Freehold', 'Leasehold', "St Johns'"]);
    expect(run.table.tenure).toEqual([0, 1, 0, 2]);
    expect(run.table.status).toEqual([0, 2, 2, 0]);
    expect(run.quality.warnings.filter((w) => w.includes('statusMap'))).toEqual([]);
  });

  it("lists assets placed outside the council's own area, and keeps them on the map", async () => {
    const csv = ['Ref,X,Y', 'K1,0.5,50.5', 'K2,1.5,50.5', 'K3,1.6,50.6'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y' }, councilAreas: { codes: ['A1'] } }),
    );
    expect(run.fields.placed).toBe(3);
    expect(run.quality.warnings).toContain(
      '2 placed assets are outside the council\'s own area (councilAreas: A1): "East Ward" (2). ' +
        'Check their coordinates (a longitude with the wrong sign, a mistyped easting): assets.csv line 3 (K2); assets.csv line 4 (K3).',
    );
    expect(run.quality.warningsCoded).toContainEqual({
      code: 'outsideCouncil',
      assets: 2,
      codes: ['A1'],
      layerLabel: 'Wards',
      areas: [{ name: 'East Ward', count: 2 }],
      more: 0,
      rows: [
        { file: 'assets.csv', line: 3, id: 'K2' },
        { file: 'assets.csv', line: 4, id: 'K3' },
      ],
    });
  });

  it('names assets outside every area of the layer apart from those in another area', async () => {
    const csv = ['Ref,X,Y', 'K1,1.5,50.5', 'K2,1.5,51.05'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({
        columns: { id: 'Ref', x: 'X', y: 'Y' },
        councilAreas: { codes: ['A1'], layer: 'wards' },
        join: { by: 'none' },
      }),
    );
    const coded = run.quality.warningsCoded?.find((w) => w?.code === 'outsideCouncil');
    expect(coded).toMatchObject({
      assets: 2,
      areas: [
        { name: 'East Ward', count: 1 },
        { name: null, count: 1 },
      ],
    });
  });

  it('says when councilAreas names a code the layer does not have', async () => {
    await expect(
      runAssets(
        'Ref,X,Y\nK1,0.5,50.5',
        assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y' }, councilAreas: { codes: ['Z9'] } }),
      ),
    ).rejects.toThrow('councilAreas.codes has "Z9", which is not an area of wards (Wards)');
  });
});

describe('assets whose source gives no location', () => {
  it('are kept and counted as not on the map, so the unplaced list has every asset the map lacks', async () => {
    const run = await runAssets(
      'Ref,Name\nN1,Hall\nN2,Depot',
      assetsConfig({ columns: { id: 'Ref', name: 'Name' }, join: { by: 'none' } }),
      null,
    );
    expect(run.fields).toMatchObject({ assetCount: 2, placed: 0, unplaced: 2 });
    expect(run.summary.unplaced).toEqual([{ reason: 'the source gives no location', count: 2 }]);
  });
});

describe('a dataset’s own words and dates', () => {
  it('reads other date columns under their own labels, and counts dates it cannot read', async () => {
    const csv = ['Ref,Served,Closed,X,Y', 'D1,03/10/2016,,0.5,50.5', 'D2,soon,12/31/2016,0.5,50.5'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({
        columns: { id: 'Ref', x: 'X', y: 'Y' },
        dateFormat: 'mdy',
        dates: [
          { column: 'Served', label: 'Vacant building notice served' },
          { column: 'Closed', label: 'Notice closed' },
        ],
      }),
    );
    expect(run.table.otherDates).toEqual([
      { label: 'Vacant building notice served', values: ['2016-03-10', null] },
      { label: 'Notice closed', values: [null, '2016-12-31'] },
    ]);
    expect(run.quality.warnings).toContain('1 date could not be read and is left blank: "soon" (1).');
  });

  it('writes the words the config gives for its records and fields, and nothing when it gives none', async () => {
    const csv = 'Ref,X,Y\nW1,0.5,50.5';
    const custom = await runAssets(
      csv,
      assetsConfig({
        columns: { id: 'Ref', x: 'X', y: 'Y' },
        words: {
          asset: 'vacant lot',
          assets: 'vacant lots',
          labels: { reference: 'Block and lot', postcode: 'ZIP code' },
        },
      }),
    );
    expect(custom.table.words).toEqual({
      asset: 'vacant lot',
      assets: 'vacant lots',
      labels: { reference: 'Block and lot', postcode: 'ZIP code' },
    });
    const plain = await runAssets(csv, assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y' } }));
    expect(plain.table.words).toBeUndefined();
    expect(plain.table.otherDates).toBeUndefined();
  });
});
