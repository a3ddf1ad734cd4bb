import { describe, expect, it } from 'vitest';
import { assetsConfig, runAssets } from './run-assets.ts';

const columns = { id: 'Ref', name: 'Name', x: 'X', y: 'Y', status: 'Status' };

describe('assets processor: ids', () => {
  it('pads numeric ids to idPadding consistently, and rejects a repeat of a padded id', async () => {
    const csv = [
      'Ref,Name,X,Y',
      '10000480247,One,0.5,50.5',
      '0010000480248,Two,0.5,50.5',
      'AB/12,Three,0.5,50.5',
      '010000480247,Again,0.5,50.5',
    ].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', name: 'Name', x: 'X', y: 'Y' }, idPadding: 12 }),
    );
    expect(run.table.id).toEqual(['010000480247', '010000480248', 'AB/12']);
    expect(run.quality.duplicates).toBe(1);
    expect(run.quality.rejectedByReason).toEqual([
      { reason: 'duplicate of an earlier row', count: 1, reasonCoded: { code: 'duplicate' } },
    ]);
    // The rejected row is named by its reference and name as written.
    expect(run.quality.sampleRejections[0]).toEqual({
      file: expect.any(String) as string,
      line: 5,
      column: 'Ref',
      reason: 'duplicate of an earlier row',
      reasonCoded: { code: 'duplicate' },
      value: '010000480247',
      code: '010000480247',
      name: 'Again',
    });
    expect(run.quality.rowsIn).toBe(4);
    expect(run.quality.accepted).toBe(3);
    // Ids with characters a URL segment cannot hold get a slug; safe ones are their own slug.
    expect(run.table.slugs).toEqual({ '2': 'ab-12' });
  });

  it('keeps repeated ids as separate assets with a suffix when duplicateIds is "suffix"', async () => {
    const csv = ['Ref,Name,X,Y', '7,A,0.5,50.5', '7,B,0.5,50.5', '7,C,0.5,50.5', '7-2,D,0.5,50.5'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', name: 'Name', x: 'X', y: 'Y' }, duplicateIds: 'suffix' }),
    );
    expect(run.table.id).toEqual(['7', '7-2', '7-3', '7-2-2']);
    expect(run.quality.rejected).toBe(0);
    expect(run.quality.warnings.some((w) => w.startsWith('3 rows repeat an earlier row'))).toBe(true);
  });

  it('generates ids from the line number (stable across runs) and rejects rows with nothing to identify them', async () => {
    const csv = [
      'Ref,Name,Address,X,Y',
      ',Hall,,0.5,50.5',
      ',,,0.5,50.5',
      ',,1 High St,1.5,50.5',
      '0,Zero ref,,0.5,50.5',
    ].join('\n');
    const config = assetsConfig({
      columns: { id: 'Ref', name: 'Name', address: 'Address', x: 'X', y: 'Y' },
      idPrefix: 'row-',
      missingValues: ['0'],
    });
    const a = await runAssets(csv, config);
    const b = await runAssets(csv, config);
    expect(a.table.id).toEqual(['row-2', 'row-4', 'row-5']);
    expect(b.table.id).toEqual(a.table.id);
    expect(a.sourceRows.generatedIds).toEqual([0, 1, 2]);
    expect(a.quality.rejectedByReason).toEqual([
      {
        reason: 'nothing identifies the asset (no reference, name or address)',
        count: 1,
        reasonCoded: { code: 'nothingIdentifies', roles: ['reference', 'name', 'address'] },
      },
    ]);
    expect(a.quality.sampleRejections[0]?.line).toBe(3);
  });

  it('uses the UPRN as the id when there is no id column, and keeps it padded beside an asset reference', async () => {
    const csv = ['UPRN,Code,X,Y', '10000480247,L/1,0.5,50.5', '10000480247,L/2,0.5,50.5'].join('\n');
    const withCode = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Code', uprn: 'UPRN', x: 'X', y: 'Y' }, idPadding: 12 }),
    );
    expect(withCode.table.id).toEqual(['L/1', 'L/2']);
    expect(withCode.table.uprn).toEqual(['010000480247', '010000480247']);
    const uprnOnly = await runAssets(csv, assetsConfig({ columns: { uprn: 'UPRN', x: 'X', y: 'Y' }, idPadding: 12 }));
    expect(uprnOnly.table.id).toEqual(['010000480247']);
    expect(uprnOnly.quality.duplicates).toBe(1);
  });
});

describe('assets processor: status', () => {
  it('maps source values to statuses ignoring case and spacing, defaults the rest and warns about them', async () => {
    const csv = [
      'Ref,Name,X,Y,Status',
      '1,a,0.5,50.5,A - Vacant Land',
      '2,b,0.5,50.5,  a -  vacant land ',
      '3,c,0.5,50.5,D - In use',
      '4,d,0.5,50.5,Mystery',
      '5,e,0.5,50.5,',
    ].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns, statusMap: { 'A - Vacant land': 'vacant', 'D - in use': 'under-used' } }),
    );
    // Codes index the default categories: vacant 0, under-used 1, occupied 2, unknown 3.
    expect(run.table.status).toEqual([0, 0, 1, 3, 3]);
    expect(run.quality.warnings).toContain('1 row has a status not in statusMap, so it is "unknown": "Mystery" (1).');
    expect(run.summary.byStatus).toEqual([
      { status: 'vacant', count: 2 },
      { status: 'under-used', count: 1 },
      { status: 'occupied', count: 0 },
      { status: 'unknown', count: 2 },
    ]);
  });

  it('writes which categories get pages when assetPages limits them, and nothing when every record has one', async () => {
    const csv = ['Ref,Name,X,Y,Status', '1,a,0.5,50.5,Vacant', '2,b,0.5,50.5,In use'].join('\n');
    const statusMap = { Vacant: 'vacant', 'In use': 'occupied' };
    const all = await runAssets(csv, assetsConfig({ columns, statusMap }));
    expect(all.table.pageCategories).toBeUndefined();
    const some = await runAssets(
      csv,
      assetsConfig({ columns, statusMap, assetPages: { categories: ['occupied', 'unknown'] } }),
    );
    expect(some.table.pageCategories).toEqual([2, 3]);
    const none = await runAssets(csv, assetsConfig({ columns, statusMap, assetPages: 'none' }));
    expect(none.table.pageCategories).toEqual([]);
  });

  it('uses the categories a config declares: codes index them, rules and the default name them', async () => {
    const csv = [
      'Ref,X,Y,PlanningStatus,Notes',
      '1,0.5,50.5,permissioned,',
      '2,0.5,50.5,"not permissioned",',
      '3,0.5,50.5,Refused,',
      '4,0.5,50.5,permissioned,appeal lodged',
    ].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({
        columns: { id: 'Ref', x: 'X', y: 'Y', status: 'PlanningStatus' },
        categories: [
          { id: 'permissioned', label: 'Permissioned', colour: '#0b5cad', shape: 'square' },
          { id: 'not-permissioned', label: 'Not permissioned', colour: '#b3261e', shape: 'triangle', available: true },
          { id: 'pending-decision', label: 'Pending decision', colour: '#8a4b00', shape: 'diamond' },
        ],
        statusMap: { permissioned: 'permissioned', 'not permissioned': 'not-permissioned' },
        statusRules: [{ column: 'Notes', values: ['appeal lodged'], status: 'pending-decision' }],
        defaultStatus: 'pending-decision',
      }),
    );
    expect(run.table.categories.map((c) => c.id)).toEqual(['permissioned', 'not-permissioned', 'pending-decision']);
    expect(run.table.status).toEqual([0, 1, 2, 2]);
    expect(run.fields).toMatchObject({ categories: run.table.categories });
    expect(run.quality.warnings).toContain(
      '1 row has a status not in statusMap, so it is "pending-decision": "Refused" (1).',
    );
    expect(run.summary.byStatus).toEqual([
      { status: 'permissioned', count: 1 },
      { status: 'not-permissioned', count: 1 },
      { status: 'pending-decision', count: 2 },
    ]);
    expect(
      run.csv
        .split('\r\n')
        .slice(1, 5)
        .map((l) => l.split(',')[2]),
    ).toEqual(['permissioned', 'not-permissioned', 'pending-decision', 'pending-decision']);
  });

  it('checks statusRules in order before the status column', async () => {
    const csv = [
      'Ref,X,Y,Tenure Detail,Holding Type',
      '1,0.5,50.5,Vacant,Buildings Declared Surplus',
      '2,0.5,50.5,Occupied by local authority,Buildings Declared Surplus',
      '3,0.5,50.5,Occupied by local authority,Offices',
    ].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({
        columns: { id: 'Ref', x: 'X', y: 'Y', status: 'Tenure Detail', holdingType: 'Holding Type' },
        statusRules: [
          { column: 'Tenure Detail', values: ['vacant'], status: 'vacant' },
          { column: 'Holding Type', values: ['Buildings declared surplus'], status: 'under-used' },
        ],
        statusMap: { 'Occupied by local authority': 'occupied' },
      }),
    );
    expect(run.table.status).toEqual([0, 1, 2]);
    expect(run.table.dict.holding).toEqual(['Buildings Declared Surplus', 'Offices']);
  });
});

describe('assets processor: location', () => {
  it('detects swapped X/Y, reads them swapped and counts them in a warning', async () => {
    const csv = ['Ref,Name,X,Y', '1,right way,0.25,50.75', '2,swapped,50.5,1.5', '3,swapped too,50.1,0.1'].join('\n');
    const run = await runAssets(csv, assetsConfig({ columns: { id: 'Ref', name: 'Name', x: 'X', y: 'Y' } }));
    expect(run.table.lon).toEqual([0.25, 1.5, 0.1]);
    expect(run.table.lat).toEqual([50.75, 50.5, 50.1]);
    expect(run.table.dict.area.map((a) => a.code)).toEqual(['A1', 'A2']);
    expect(run.table.area).toEqual([0, 1, 0]);
    expect(run.sourceRows.swapped).toEqual([1, 2]);
    expect(run.quality.warnings[0]).toMatch(/^2 rows had X and Y the wrong way round .*first: assets\.csv line 3/);
  });

  it('keeps assets that cannot be placed, with the reason, instead of dropping them', async () => {
    const csv = [
      'Ref,Name,X,Y',
      '1,placed,0.5,50.5',
      '2,blank,,',
      '3,text,abc,50.5',
      '4,far away,-74.0,40.7',
      '5,sea,2.05,50.5',
    ].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', name: 'Name', x: 'X', y: 'Y' }, coordinates: { detectSwap: false } }),
    );
    expect(run.quality.accepted).toBe(5);
    expect(run.quality.rejected).toBe(0);
    expect(run.fields).toMatchObject({ assetCount: 5, placed: 1, unplaced: 4 });
    const reasons = run.table.unplaced.map((u) => run.table.dict.unplaced[u] ?? 'placed');
    expect(reasons).toEqual([
      'placed',
      'no coordinates',
      'coordinates are not numbers',
      'outside the area',
      'not inside any of the wards',
    ]);
    expect(run.table.lon).toEqual([0.5, null, null, null, null]);
    expect(run.sourceRows.unplacedDetail?.['3']).toMatch(/^outside the area \(40\.7, -74\.0 is not within/);
    expect(run.summary.unplaced).toHaveLength(4);
    expect(run.summary.placed).toBe(1);
    expect(run.geojson).toContain('"geometry":null');
    expect(run.quality.warnings).toContain(
      '4 assets are kept but not placed on the map: "coordinates are not numbers" (1), "no coordinates" (1), "not inside any of the wards" (1), "outside the area" (1).',
    );
  });

  it('assigns a point just outside every area to the nearest one when snapWithin allows, and says so', async () => {
    // 2.002 is about 140 m east of East Ward's edge at latitude 50.5; 2.05 is about 3.5 km.
    const csv = ['Ref,X,Y', '1,2.002,50.5', '2,2.05,50.5'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y' }, coordinates: { snapWithin: 500 } }),
    );
    expect(run.table.area).toEqual([0, -1]);
    expect(run.table.dict.area).toEqual([{ code: 'A2', name: 'East Ward' }]);
    expect(run.table.lon).toEqual([2.002, null]);
    expect(run.sourceRows.snapped).toEqual({ '0': 142 });
    expect(run.quality.warnings[0]).toBe(
      '1 asset was outside every area but within 500 m of one, and was counted in the nearest (coordinates.snapWithin): "East Ward" (1).',
    );
  });

  it('projects British National Grid and assigns areas by code when joining by code', async () => {
    const csv = ['Ref,E,N,Ward', '1,395522,223084,A2', '2,395522,223084,ZZ9'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({
        columns: { id: 'Ref', x: 'E', y: 'N', area: 'Ward' },
        coordinates: { crs: 'EPSG:27700', bounds: [-3, 51, -1, 52] },
        join: { by: 'code', layer: 'wards' },
      }),
    );
    expect(run.table.lon[0]).toBeCloseTo(-2.0665, 3);
    expect(run.table.lat[0]).toBeCloseTo(51.9063, 3);
    expect(run.table.area).toEqual([0, -1]);
    expect(run.table.dict.area).toEqual([{ code: 'A2', name: 'East Ward' }]);
    expect(run.quality.warnings).toContain(
      '1 row has an area code that matches no area; kept without an area: "ZZ9" (1).',
    );
  });
});

describe('assets processor: values', () => {
  it('passes HTML in a name through as data, unchanged', async () => {
    const name = '<img src=x onerror=alert(1)> & "Hall" <b>';
    const csv = `Ref,Name,X,Y\n1,"${name.replace(/"/g, '""')}",0.5,50.5\n`;
    const run = await runAssets(csv, assetsConfig({ columns: { id: 'Ref', name: 'Name', x: 'X', y: 'Y' } }));
    expect(run.table.name).toEqual([name]);
    expect(run.csv).toContain(`"${name.replace(/"/g, '""')}"`);
    expect(JSON.parse(run.geojson).features[0].properties.name).toBe(name);
  });

  it('names the dateFormat that reads dates it could not read (a US register read day-first)', async () => {
    const csv = ['Ref,X,Y,Listed', '1,0.5,50.5,04/13/2021', '2,0.5,50.5,12/25/2020', '3,0.5,50.5,01/02/2020'].join(
      '\n',
    );
    const run = await runAssets(csv, assetsConfig({ columns: { id: 'Ref', x: 'X', y: 'Y', listedDate: 'Listed' } }));
    expect(run.table.dates.listedDate).toEqual([null, null, '2020-02-01']);
    expect(run.quality.warningsCoded).toContainEqual({
      code: 'badDate',
      dates: 2,
      items: [
        { value: '04/13/2021', count: 1 },
        { value: '12/25/2020', count: 1 },
      ],
      more: 0,
      format: 'mdy',
    });
    expect(run.quality.warnings).toContain(
      '2 dates could not be read and are left blank: "04/13/2021" (1), "12/25/2020" (1). dateFormat "mdy" reads them: set dateFormat to "mdy".',
    );
  });

  it('joins name parts, merges category spellings, reads sizes and dates, fills the default owner', async () => {
    const csv = [
      'Ref,SAO,PAO,Street,X,Y,Tenure,Area,Listed',
      '1,LAND NORTH,LAND NORTH,IRENE AVENUE,0.5,50.5,PRIVATE,"1,234.5",01/02/2020',
      '2,,UNIT 2,  Mill   Lane ,0.5,50.5,Private ,0.72,2021-03-04',
      '3,,,,0.5,50.5,private,about 2 ha,not a date',
    ].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({
        columns: {
          id: 'Ref',
          name: ['SAO', 'PAO', 'Street'],
          x: 'X',
          y: 'Y',
          tenure: 'Tenure',
          size: 'Area',
          listedDate: 'Listed',
        },
        defaultOwner: 'Example Council',
      }),
    );
    expect(run.table.name).toEqual(['LAND NORTH, IRENE AVENUE', 'UNIT 2, Mill Lane', '']);
    expect(run.table.dict.tenure).toEqual(['PRIVATE']);
    expect(run.table.tenure).toEqual([0, 0, 0]);
    expect(run.table.size).toEqual([1234.5, 0.72, null]);
    expect(run.table.dates.listedDate).toEqual(['2020-02-01', '2021-03-04', null]);
    expect(run.table.dates.expiryDate).toBeUndefined();
    expect(run.table.dict.owner).toEqual(['Example Council']);
    expect(run.table.owner).toEqual([0, 0, 0]);
    expect(run.quality.warnings).toContain(
      '1 row has a size that is not a non-negative number; kept without a size: "about 2 ha" (1).',
    );
    expect(run.quality.warnings).toContain('1 date could not be read and is left blank: "not a date" (1).');
  });

  it('writes a summary by area and status, and the source rows for provenance', async () => {
    const csv = ['Ref,X,Y,Status', '1,0.5,50.5,v', '2,1.5,50.5,v', '3,1.6,50.5,o', '4,,,v'].join('\n');
    const run = await runAssets(
      csv,
      assetsConfig({
        columns: { id: 'Ref', x: 'X', y: 'Y', status: 'Status' },
        statusMap: { v: 'vacant', o: 'occupied' },
      }),
    );
    expect(run.summary.byArea).toEqual([
      { code: 'A2', name: 'East Ward', counts: [1, 0, 1, 0], total: 2 },
      { code: 'A1', name: 'West Ward', counts: [1, 0, 0, 0], total: 1 },
    ]);
    expect(run.summary.noArea).toEqual([1, 0, 0, 0]);
    expect(run.sourceRows.files).toEqual([{ path: 'assets.csv', header: ['Ref', 'X', 'Y', 'Status'] }]);
    expect(run.sourceRows.rows[3]).toEqual([0, 5, '4', '', '', 'v']);
    // The download has columns for what the config maps only: no UPRN, name, postcode, size or dates here.
    expect(run.csv.split('\r\n')[0]).toBe('dataset,id,status,area_code,area_name,lon,lat,placed,unplaced_reason');
  });
});
