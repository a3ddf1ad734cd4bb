import { describe, expect, it } from 'vitest';
import { assetsCsv, assetsGeoJson, exportFileName } from '../../../../src/lib/assets/export.ts';
import { councilTable } from './tables.ts';

describe('asset exports', () => {
  it('writes exactly the given rows as CSV, formula-safe, HTML kept as text', () => {
    const table = councilTable();
    const csv = assetsCsv([1, 2].map((index) => ({ table, index })));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      'council,010000000002,010000000002,<b>Old Library</b>,2 High St,,vacant,Freehold,"Parks, Gardens and open space",1.25,ha,Example Council,W2,North Ward,-1.51,52.51,yes,,,,,',
    );
    expect(lines[2]).toBe(
      'council,C/3,,Depot,Mill Lane,AB1 2BB,under-used,Leasehold,Offices,,,Example Council,,,,,no,no coordinates,,,,',
    );
  });

  it('writes GeoJSON with every given row, null geometry for unplaced ones', () => {
    const table = councilTable();
    const gj = JSON.parse(assetsGeoJson([0, 2].map((index) => ({ table, index }))));
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features).toHaveLength(2);
    expect(gj.features[0].geometry).toEqual({ type: 'Point', coordinates: [-1.5, 52.5] });
    expect(gj.features[0].properties).toMatchObject({
      id: '010000000001',
      status: 'occupied',
      listed_date: '2024-01-15',
    });
    expect(gj.features[1].geometry).toBeNull();
    expect(gj.features[1].properties.unplaced_reason).toBe('no coordinates');
  });

  it('puts the filters in the file name', () => {
    expect(
      exportFileName(
        'assets',
        [
          { key: 'status', values: ['vacant', 'under-used'] },
          { key: 'area', values: [] },
          { key: 'holding', values: ['Parks, Gardens & open space', 'Car Parks', 'Offices', 'Depots', 'Farms'] },
        ],
        'csv',
      ),
    ).toBe('assets_status-vacant+under-used_holding-Parks-Gardens-open-space+Car-Parks+Offices+2-more.csv');
    expect(exportFileName('assets', [], 'geojson')).toBe('assets.geojson');
  });
});
