/**
 * An assets dataset with no join layer and no coordinates.bounds accepts any point on Earth, so a
 * file in another coordinate system, or with its axes swapped, used to land silently. Each class is
 * tried here against a site whose only area layer is elsewhere in the config (a Cheltenham ward
 * layer, Chicago community areas): the report says what it saw and the config change that fixes it.
 * Without any layer the report says the placement was not checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaLayerSchema } from '../../../../../src/pipeline/config/schema.ts';
import { createLoadedLayer, type LoadedLayer } from '../../../../../src/pipeline/run/loaded-layer.ts';
import { siteReference } from '../../../../../src/pipeline/datasets/assets/placement-check.ts';
import { datasetWarningMessage } from '../../../../../src/lib/data-reason-message.ts';
import { translatorFor } from '../../../../../src/lib/i18n/catalogues.ts';
import type { DatasetWarning } from '../../../../../src/lib/data-reasons.ts';
import { assetsConfig, runAssets } from './run-assets.ts';

const REAL = join(import.meta.dirname, '../../../../fixtures/real');

/** An area layer of one square [w, s, e, n], as another dataset of the site would join to. */
function squareLayer(id: string, [w, s, e, n]: [number, number, number, number]): LoadedLayer {
  const config = areaLayerSchema.parse({ label: 'Wards', file: 'x.geojson', codeProperty: 'code' });
  const ring = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  return createLoadedLayer(
    id,
    config,
    [{ code: 'E1', name: 'Town', parent: null, geometry: { type: 'Polygon', coordinates: [ring] } }],
    [w, s, e, n],
    null,
  );
}

/** Cheltenham borough, roughly: where the council's other datasets say it is. */
const cheltenham = (): LoadedLayer => squareLayer('wards', [-2.16, 51.85, -1.98, 51.95]);
const chicago = (): LoadedLayer => squareLayer('community-areas', [-87.94, 41.64, -87.52, 42.03]);

/** Four Cheltenham Borough Council holdings (from its 2021 land and assets register), in three systems. */
const PLACES = [
  {
    ref: '09/00025',
    name: '1 Berkeley Mews',
    lon: -2.07021,
    lat: 51.89767,
    e: 395266,
    n: 222127,
    mx: -230454.7,
    my: 6781644,
  },
  {
    ref: '09/00031',
    name: 'Montpellier Gardens',
    lon: -2.0814,
    lat: 51.9003,
    e: 394496,
    n: 222420,
    mx: -231700.4,
    my: 6782118.5,
  },
  {
    ref: '09/00107',
    name: 'Cox’s Meadow',
    lon: -2.0512,
    lat: 51.8871,
    e: 396573,
    n: 220950,
    mx: -228338.5,
    my: 6779737.4,
  },
  {
    ref: '09/00212',
    name: 'Pittville Park',
    lon: -2.1103,
    lat: 51.9142,
    e: 392510,
    n: 223969,
    mx: -234917.5,
    my: 6784626.6,
  },
];

const noLayer = (columns: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  assetsConfig({ join: { by: 'none' }, columns: { id: 'Ref', name: 'Name', ...columns }, ...extra });

const coded = <C extends DatasetWarning['code']>(warnings: readonly (DatasetWarning | null)[] | undefined, code: C) =>
  (warnings ?? []).filter((w): w is Extract<DatasetWarning, { code: C }> => w !== null && w.code === code);

describe('siteReference', () => {
  it('is the padded extent of every area layer, rounded outwards to 0.01°; null without layers', () => {
    const layers = new Map([
      ['wards', cheltenham()],
      ['parishes', squareLayer('parishes', [-2.2, 51.8, -2.0, 51.9])],
    ]);
    expect(siteReference(layers)).toEqual({ bounds: [-2.3, 51.7, -1.88, 52.05], layers: ['parishes', 'wards'] });
    expect(siteReference(new Map())).toBeNull();
  });
});

describe('assets with nothing to bound them, checked against the site', () => {
  it('British National Grid metres read as degrees: not placed, the columns named, coordinates.crs suggested', async () => {
    const csv = ['Ref,Name,Easting,Northing', ...PLACES.map((p) => `${p.ref},${p.name},${p.e},${p.n}`)].join('\n');
    const run = await runAssets(csv, noLayer({ x: 'Easting', y: 'Northing' }), null, [cheltenham()]);
    expect(run.fields.placed).toBe(0);
    expect(coded(run.quality.warningsCoded, 'coordinatesNotDegrees')).toEqual([
      {
        code: 'coordinatesNotDegrees',
        file: 'assets.csv',
        rows: 4,
        columns: 'Easting, Northing',
        example: '395266, 222127',
        crs: 'EPSG:27700',
      },
    ]);
    expect(run.quality.warnings).toContain(
      'assets.csv: 4 rows have coordinates that cannot be longitude and latitude (Easting, Northing: 395266, 222127, beyond ±180/±90), so they are kept but not placed. ' +
        'Read as EPSG:27700 they fall within the site\'s areas: set coordinates.crs to "EPSG:27700".',
    );
    // Each row's own reason names the columns, not a point "outside the area" at 222127° north.
    expect(run.sourceRows.unplacedDetail?.['0'] ?? JSON.stringify(run.table)).toContain(
      'Easting, Northing: 395266, 222127 cannot be longitude and latitude',
    );
    // The placer's guess against the whole world (any system "fits") is not given.
    expect(run.quality.warnings.join('\n')).not.toMatch(/would be inside it if read as/);
  });

  it('web Mercator metres read as degrees: EPSG:3857 suggested', async () => {
    const csv = ['Ref,Name,X,Y', ...PLACES.map((p) => `${p.ref},${p.name},${p.mx},${p.my}`)].join('\n');
    const run = await runAssets(csv, noLayer({ x: 'X', y: 'Y' }), null, [cheltenham()]);
    expect(coded(run.quality.warningsCoded, 'coordinatesNotDegrees').map((w) => w.crs)).toEqual(['EPSG:3857']);
  });

  it('latitude and longitude swapped (both in range, placed in the Indian Ocean): says so, and the bounds that fix it', async () => {
    const csv = ['Ref,Name,Longitude,Latitude', ...PLACES.map((p) => `${p.ref},${p.name},${p.lat},${p.lon}`)].join(
      '\n',
    );
    const run = await runAssets(csv, noLayer({ x: 'Longitude', y: 'Latitude' }), null, [cheltenham()]);
    expect(run.fields.placed).toBe(4);
    const [w] = coded(run.quality.warningsCoded, 'outsideSite');
    expect(w).toEqual({
      code: 'outsideSite',
      file: 'assets.csv',
      assets: 4,
      of: 4,
      bounds: '[-2.26, 51.75, -1.88, 52.05]',
      layers: 'wards',
      fix: 'swap',
      crs: 'EPSG:4326',
    });
    expect(run.quality.warnings).toContain(
      "assets.csv: 4 of the 4 placed assets lie outside the site's area layers (wards: [-2.26, 51.75, -1.88, 52.05]), but inside them with longitude and latitude swapped. " +
        'Set coordinates.bounds to [-2.26, 51.75, -1.88, 52.05]: rows are then checked against it, and swapped ones read the right way round.',
    );
  });

  it('a real GeoJSON register with its axes swapped: the same, for a file with no coordinate columns', async () => {
    const real = readFileSync(join(REAL, 'cheltenham-land-assets-geojson/land-and-assets-2021.geojson'), 'utf8');
    const swapped = real.replace(/\[ (-?\d+\.\d+), (-?\d+\.\d+) \]/g, '[ $2, $1 ]');
    expect(swapped).not.toBe(real);
    const config = assetsConfig({
      file: 'assets.geojson',
      join: { by: 'none' },
      columns: { id: 'id', name: 'property' },
    });
    const run = await runAssets(swapped, config, null, [cheltenham()]);
    const [w] = coded(run.quality.warningsCoded, 'outsideSite');
    expect(w).toMatchObject({ file: 'assets.geojson', fix: 'swap', of: run.fields.placed });
    expect(w?.assets).toBe(run.fields.placed);
    // The file as published raises nothing.
    const right = await runAssets(real, config, null, [cheltenham()]);
    expect(right.fields.placed).toBeGreaterThan(0);
    expect(coded(right.quality.warningsCoded, 'outsideSite')).toEqual([]);
    expect(coded(right.quality.warningsCoded, 'placementUnchecked')).toEqual([]);
  });

  it('a real State Plane file in US survey feet read as metres: says the unit is wrong and how to set it', async () => {
    const csv = readFileSync(join(REAL, 'chicago-city-owned-land/City-Owned_Land_Inventory.csv'), 'utf8');
    const zone =
      '+proj=tmerc +lat_0=36.6666666666667 +lon_0=-88.3333333333333 +k=0.999975 +x_0=300000.0000000001 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs +type=crs';
    const config = (units: string) =>
      noLayer(
        { id: 'ID', name: 'Address', x: 'X Coordinate', y: 'Y Coordinate' },
        { missingValues: ['0'], coordinates: { crs: 'EPSG:26971', proj4: `${zone} ${units}` } },
      );
    const wrong = await runAssets(csv, config('+units=m'), null, [chicago()]);
    const [w] = coded(wrong.quality.warningsCoded, 'outsideSite');
    expect(w).toMatchObject({ fix: 'feet', crs: 'EPSG:26971', assets: wrong.fields.placed });
    expect(wrong.quality.warnings.join('\n')).toContain(
      'but inside them if the values were in feet: EPSG:26971 is in metres. Set coordinates.crs to the code of the same zone in US survey feet, or "+units=us-ft" in coordinates.proj4.',
    );
    // In the right unit, every placed parcel is in the city and nothing is said.
    const right = await runAssets(csv, config('+units=us-ft'), null, [chicago()]);
    expect(right.fields.placed).toBe(wrong.fields.placed);
    expect(coded(right.quality.warningsCoded, 'outsideSite')).toEqual([]);
  });

  it('BNG given as web Mercator: another built-in system that fits is named', async () => {
    const csv = ['Ref,Name,Easting,Northing', ...PLACES.map((p) => `${p.ref},${p.name},${p.e},${p.n}`)].join('\n');
    const run = await runAssets(
      csv,
      noLayer({ x: 'Easting', y: 'Northing' }, { coordinates: { crs: 'EPSG:3857' } }),
      null,
      [cheltenham()],
    );
    expect(coded(run.quality.warningsCoded, 'outsideSite')).toMatchObject([{ fix: 'crs', crs: 'EPSG:27700' }]);
  });
});

describe('assets with nothing anywhere to check them against', () => {
  it('says the placement was not checked and how to make it checked, in each language', async () => {
    const csv = ['Ref,Name,Longitude,Latitude', ...PLACES.map((p) => `${p.ref},${p.name},${p.lat},${p.lon}`)].join(
      '\n',
    );
    const run = await runAssets(csv, noLayer({ x: 'Longitude', y: 'Latitude' }), null, []);
    expect(run.fields.placed).toBe(4);
    const [w] = coded(run.quality.warningsCoded, 'placementUnchecked');
    expect(w).toEqual({ code: 'placementUnchecked', assets: 4 });
    expect(run.quality.warnings).toContain(
      '4 assets were placed where their coordinates say without a check: the dataset has no join layer, no coordinates.bounds, and the site has no area layer to compare with, ' +
        'so coordinates in another system or with longitude and latitude swapped would go unnoticed. Set coordinates.bounds to the area the data covers, [west, south, east, north] in degrees.',
    );
    expect(datasetWarningMessage('', w, translatorFor('cy'))).toContain('coordinates.bounds');
  });

  it('still names the columns of values that cannot be degrees, and says nothing when bounds are configured', async () => {
    const csv = ['Ref,Name,Easting,Northing', ...PLACES.map((p) => `${p.ref},${p.name},${p.e},${p.n}`)].join('\n');
    const run = await runAssets(csv, noLayer({ x: 'Easting', y: 'Northing' }), null, []);
    expect(coded(run.quality.warningsCoded, 'coordinatesNotDegrees')).toMatchObject([
      { columns: 'Easting, Northing', crs: null, rows: 4 },
    ]);
    const bounded = await runAssets(
      csv,
      noLayer({ x: 'Easting', y: 'Northing' }, { coordinates: { crs: 'EPSG:27700', bounds: [-2.2, 51.8, -1.9, 52] } }),
      null,
      [],
    );
    expect(bounded.fields.placed).toBe(4);
    expect(bounded.quality.warningsCoded?.filter((x) => x !== null).map((x) => x.code)).toEqual([]);
  });
});
