// An asset register's area column is matched as indicator and cases areas are: spellings that
// differ only in case, spaces, hyphens, apostrophes, full stops and accents are one area, with
// the coded warning `spellingsMerged`, with a layer (its codes or names) and without one. A row
// placed at 0, 0 (what exports write for no location) is kept as having no coordinates.
import { describe, expect, it } from 'vitest';
import { assetsConfig, runAssets, testLayer } from './run-assets.ts';
import { areaLayerSchema } from '../../../../../src/pipeline/config/schema.ts';
import { createLoadedLayer } from '../../../../../src/pipeline/run/loaded-layer.ts';

describe('assets: spellings of the area column', () => {
  it('without a layer, reads "ROSELAND", "Roseland" and "Rose-land" as one area, keeps names with "/", and warns', async () => {
    const csv = [
      'Ref,Area',
      '1,ROSELAND',
      '2,Roseland',
      '3,Rose-land',
      '4,WASHINGTON VILLAGE/PIGTOWN',
      '5,Washington Village/Pigtown',
      '6,MORGAN PARK',
    ].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', area: 'Area' }, join: { by: 'none' } }),
      null,
    );
    expect(run.quality).toMatchObject({ rowsIn: 6, accepted: 6, rejected: 0 });
    expect(run.table.dict.area).toEqual([
      { code: 'ROSELAND', name: 'ROSELAND' },
      { code: 'WASHINGTON VILLAGE/PIGTOWN', name: 'WASHINGTON VILLAGE/PIGTOWN' },
      { code: 'morgan-park', name: 'MORGAN PARK' },
    ]);
    expect(run.table.area).toEqual([0, 0, 0, 1, 1, 2]);
    expect(run.quality.warningsCoded).toContainEqual({
      code: 'spellingsMerged',
      spellings: 3,
      items: [
        { value: 'Rose-land', as: 'ROSELAND', count: 1 },
        { value: 'Roseland', as: 'ROSELAND', count: 1 },
        { value: 'Washington Village/Pigtown', as: 'WASHINGTON VILLAGE/PIGTOWN', count: 1 },
      ],
      more: 0,
    });
  });

  it("reads NA as an area code (Navarra), as cases and indicator files do; only the dataset's own markers are missing", async () => {
    const csv = ['Ref,Area', '1,NA', '2,M', '3,x'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', area: 'Area' }, join: { by: 'none' }, missingValues: ['x'] }),
      null,
    );
    expect(run.table.dict.area.map((a) => a.code)).toEqual(['NA', 'M']);
    expect(run.table.area).toEqual([0, 1, -1]);
  });

  it('reads a value of unplacedValues in the area column as no area, not as an area of its own', async () => {
    const csv = ['Ref,Area', '1,Roseland', '2,Unknown', '3,unknown '].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', area: 'Area' }, join: { by: 'none' }, unplacedValues: ['Unknown'] }),
      null,
    );
    expect(run.quality).toMatchObject({ rowsIn: 3, accepted: 3, rejected: 0 });
    expect(run.table.dict.area.map((a) => a.code)).toEqual(['Roseland']);
    expect(run.table.area).toEqual([0, -1, -1]);
  });

  it("with a layer joined by code, matches a code spelled otherwise than the layer's, and still reports unknown ones", async () => {
    const csv = ['Ref,E,N,Ward', '1,0.5,50.5,a 2', '2,0.5,50.5,A2', '3,0.5,50.5,ZZ9'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', x: 'E', y: 'N', area: 'Ward' }, join: { by: 'code', layer: 'wards' } }),
    );
    expect(run.table.area).toEqual([0, 0, -1]);
    expect(run.table.dict.area).toEqual([{ code: 'A2', name: 'East Ward' }]);
    expect(run.quality.warningsCoded).toContainEqual({
      code: 'spellingsMerged',
      spellings: 1,
      items: [{ value: 'a 2', as: 'East Ward', count: 1 }],
      more: 0,
    });
    expect(run.quality.warningsCoded).toContainEqual(
      expect.objectContaining({ code: 'assetAreaUnknown', rows: 1, items: [{ value: 'ZZ9', count: 1 }] }),
    );
  });

  it('with a layer whose codes are names, joins "Mid-Cambridge" to "Mid Cambridge"', async () => {
    const base = testLayer();
    const layer = createLoadedLayer(
      'hoods',
      areaLayerSchema.parse({ label: 'Neighbourhoods', file: 'x.geojson', codeProperty: 'NAME' }),
      base.features.map((f, i) => ({ ...f, code: i === 0 ? 'Mid Cambridge' : 'Riverside', name: '' })),
      base.bbox,
      null,
    );
    const csv = ['Ref,Hood', '1,Mid-Cambridge', '2,Mid Cambridge', '3,riverside'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', area: 'Hood' }, join: { by: 'code', layer: 'hoods' } }),
      layer,
    );
    expect(run.table.area).toEqual([0, 0, 1]);
    expect(run.table.dict.area.map((a) => a.code)).toEqual(['Mid Cambridge', 'Riverside']);
    expect(run.quality.warningsCoded).toContainEqual(
      expect.objectContaining({ code: 'spellingsMerged', spellings: 2 }),
    );
  });
});

describe('assets: 0, 0 is no location', () => {
  it.each([
    ['x and y columns', 'Ref,X,Y\n1,0,0\n2,0.5,50.5', { id: 'Ref', x: 'X', y: 'Y' }, {}],
    ['a point column', 'Ref,P\n1,"(0.0, 0.0)"\n2,"(50.5, 0.5)"', { id: 'Ref', point: 'P' }, { order: 'lat,lon' }],
    ['a WKT column', 'Ref,G\n1,POINT (0 0)\n2,POINT (0.5 50.5)', { id: 'Ref', geometry: 'G' }, {}],
  ])('keeps a row at 0, 0 in %s as having no coordinates, with the reason', async (_, csv, columns, coordinates) => {
    const run = await runAssets(
      csv,
      assetsConfig({ columns, join: { by: 'none' }, coordinates: { ...coordinates, bounds: [-180, -90, 180, 90] } }),
      null,
    );
    expect(run.quality).toMatchObject({ rowsIn: 2, accepted: 2, rejected: 0 });
    expect(run.table.lon).toEqual([null, 0.5]);
    expect(run.table.dict.unplaced[run.table.unplaced[0] ?? -1]).toBe('no coordinates');
    expect(run.sourceRows.unplacedDetail?.['0']).toBe(
      'the coordinates are 0, 0, which the source writes for no location',
    );
  });
});
