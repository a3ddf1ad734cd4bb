import { describe, expect, it } from 'vitest';
import { assetsCsv, assetsGeoJson, exportFileName, headerOf } from '../../../../src/lib/assets/export.ts';
import type { AssetsTable } from '../../../../src/lib/assets-files.ts';
import { councilTable, registerTable } from './tables.ts';

describe('asset exports', () => {
  it('writes exactly the given rows as CSV, formula-safe, HTML kept as text', () => {
    const table = councilTable();
    const csv = assetsCsv([1, 2].map((index) => ({ table, index })));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    // The table maps every field and one community-value date (listedDate): only that date has a column.
    expect(lines[0]).toBe(
      'dataset,id,uprn,name,address,postcode,status,tenure,holding_type,size,size_unit,owner,area_code,area_name,lon,lat,placed,unplaced_reason,listed_date',
    );
    expect(lines[1]).toBe(
      'council,010000000002,010000000002,<b>Old Library</b>,2 High St,,vacant,Freehold,"Parks, Gardens and open space",1.25,ha,Example Council,W2,North Ward,-1.51,52.51,yes,,',
    );
    expect(lines[2]).toBe(
      'council,C/3,,Depot,Mill Lane,AB1 2BB,under-used,Leasehold,Offices,,,Example Council,,,,,no,no coordinates,',
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

  it("heads columns with the dataset's own words and leaves out the fields it does not map", () => {
    const table: AssetsTable = {
      ...registerTable(),
      unmapped: ['postcode', 'tenure', 'holdingType', 'area'],
      words: {
        labels: {
          reference: 'Site reference',
          size: 'Site area',
          owner: 'Ownership status',
          status: 'Planning status',
        },
      },
      otherDates: [
        { label: 'Permission date', values: ['2016-07-01', null] },
        { label: 'First added to the register', values: ['2017-12-31', '2017-12-31'] },
      ],
    };
    const lines = assetsCsv([0, 1].map((index) => ({ table, index })))
      .trimEnd()
      .split('\r\n');
    // No UPRN column (the table has none), no postcode, tenure, holding type or area; both extra dates with their labels.
    expect(lines[0]).toBe(
      'dataset,site_reference,name,address,planning_status,site_area,site_area_unit,ownership_status,lon,lat,placed,unplaced_reason,permission_date,first_added_to_the_register',
    );
    expect(lines[1]).toBe('register,R1,Yard,,vacant,20000,m²,Private,-1.52,52.52,yes,,2016-07-01,2017-12-31');
    const gj = JSON.parse(assetsGeoJson([{ table, index: 1 }]));
    expect(Object.keys(gj.features[0].properties)).toEqual([
      'dataset',
      'site_reference',
      'name',
      'address',
      'planning_status',
      'site_area',
      'site_area_unit',
      'ownership_status',
      'placed',
      'unplaced_reason',
      'permission_date',
      'first_added_to_the_register',
    ]);
    expect(gj.features[0].properties.planning_status).toBe('unknown');
  });

  it('gives rows of several datasets every column any of them has, headed by the words they share', () => {
    const council = councilTable();
    const register: AssetsTable = {
      ...registerTable(),
      unmapped: ['postcode'],
      words: { labels: { reference: 'Site reference' } },
      otherDates: [{ label: 'Permission date', values: ['2016-07-01', null] }],
    };
    const csv = assetsCsv([{ table: register, index: 0 }], [council, register]);
    const [header, row] = csv.trimEnd().split('\r\n');
    // The datasets name the reference differently: the standard header; the council has UPRNs and postcodes.
    expect(header).toBe(
      'dataset,id,uprn,name,address,postcode,status,tenure,holding_type,size,size_unit,owner,area_code,area_name,lon,lat,placed,unplaced_reason,listed_date,permission_date',
    );
    expect(row).toBe(
      'register,R1,,Yard,,,vacant,FREEHOLD,,20000,m²,Private,W1,Castle Ward,-1.52,52.52,yes,,,2016-07-01',
    );
  });

  it('makes headers from labels in any script, and numbers a header that meets another', () => {
    expect(headerOf('Dyddiad ychwanegu (cyntaf)')).toBe('dyddiad_ychwanegu_cyntaf');
    expect(headerOf('Числo участка')).toBe('числo_участка');
    const table: AssetsTable = { ...registerTable(), words: { labels: { reference: 'Status' } } };
    const [header] = assetsCsv([{ table, index: 0 }]).split('\r\n');
    expect(header?.split(',').slice(0, 6)).toEqual(['dataset', 'status', 'name', 'address', 'postcode', 'status_2']);
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
