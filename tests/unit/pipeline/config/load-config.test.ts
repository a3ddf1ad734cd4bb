import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../src/pipeline/config/load-config.ts';
import { tempDirs } from '../../temp-dirs.ts';
import { casesDataset } from '../../test-site.ts';

const tempDir = tempDirs();

function configFile(config: unknown): string {
  const dir = tempDir('atlas-config-');
  writeFileSync(join(dir, 'cases.csv'), 'date,code,n\n');
  const path = join(dir, 'atlas.config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

const dataset = casesDataset({ source: { publisher: 'P', licence: 'L' } });

async function problems(config: unknown): Promise<string[]> {
  try {
    await loadConfig(configFile(config));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('lists the accepted forms when a column reference or file has the wrong shape', async () => {
    const site = { title: 'T', council: 'C' };
    const bad = { ...dataset, file: 7, columns: { ...dataset.columns, area: { col: 'code' } } };
    const found = await problems({ site, datasets: [bad] });
    expect(found).toContain(
      'datasets[0] (cases).file: is not one of the accepted forms: a path ("cases.csv"), or a list of paths and { path, encoding, delimiter } items (["a.csv", { path: "b.csv", encoding: "windows-1252" }]) (see data/CONFIG.md)',
    );
    expect(found.find((p) => p.startsWith('datasets[0] (cases).columns.area:'))).toMatch(
      /accepted forms: a header name \("Site Ref"\), a list of alternatives .*\{ concat: /,
    );
  });

  it("checks a layer's plural forms as an assets dataset's: every form each site language needs", async () => {
    const layer = { label: { cy: 'Wardiau', 'en-GB': 'Wards' }, file: 'cases.csv', codeProperty: 'code' };
    const site = { title: 'T', council: 'C', languages: ['cy', 'en-GB'] };
    const config = (forms: unknown) => ({ site, areaLayers: { wards: { ...layer, forms } }, datasets: [dataset] });
    const found = await problems(config({ cy: { one: 'ward', other: 'ward' }, nl: { one: 'wijk', other: 'wijken' } }));
    expect(found.filter((p) => p.startsWith('areaLayers.wards.forms'))).toEqual([
      'areaLayers.wards.forms.cy: the forms for "cy" lack zero, two, few, many: counts in that language use zero, one, two, few, many, other. Add "zero", "two", "few", "many".',
      'areaLayers.wards.forms.nl: "nl" is not a language of the site (cy, en-GB); give the forms for those (site.languages, or site.locale).',
    ]);
    const cy = { zero: 'ward', one: 'ward', two: 'ward', few: 'ward', many: 'ward', other: 'ward' };
    expect(await problems(config({ cy, 'en-GB': { one: 'ward', other: 'wards' } }))).toEqual([]);
  });

  it("checks a metric's plural forms as a layer's: every form each site language needs", async () => {
    const site = { title: 'T', council: 'C', languages: ['cy', 'en-GB'] };
    const found = await problems({
      site,
      datasets: [{ ...dataset, metricForms: { cy: { one: 'achos', other: 'achos' } } }],
    });
    expect(found.filter((p) => p.includes('metricForms'))).toEqual([
      'datasets[0] (cases).metricForms.cy: the forms for "cy" lack zero, two, few, many: counts in that language use zero, one, two, few, many, other. Add "zero", "two", "few", "many".',
    ]);
    const cy = { zero: 'achos', one: 'achos', two: 'achos', few: 'achos', many: 'achos', other: 'achos' };
    expect(
      await problems({
        site,
        datasets: [{ ...dataset, metricForms: { cy, 'en-GB': { one: 'case', other: 'cases' } } }],
      }),
    ).toEqual([]);
  });

  it('accepts per-file encodings, alternatives and built columns', async () => {
    const good = {
      ...dataset,
      file: ['cases.csv', { path: 'cases.csv', encoding: 'windows-1252' }],
      columns: {
        area: {
          concat: [
            { column: ['STATE', 'ST'], pad: 2 },
            { column: 'COUNTY', pad: 3 },
          ],
        },
        date: ['date', 'Day'],
        count: { column: 'n', pad: 1 },
      },
    };
    expect(await problems({ site: { title: 'T', council: 'C' }, datasets: [good] })).toEqual([]);
  });

  it('accepts a minimal config and fills defaults', async () => {
    const { config } = await loadConfig(configFile({ site: { title: 'T', council: 'C' }, datasets: [dataset] }));
    expect(config.site).toMatchObject({ locale: 'en-GB', basePath: '/', demo: false });
    expect(config.datasets[0]).toMatchObject({ encoding: 'auto', maxRejectedShare: 0.05, suppressBelow: 0 });
  });

  it('names a misspelt key and where it is', async () => {
    expect(await problems({ site: { title: 'T', council: 'C', titel: 'x' }, datasets: [dataset] })).toEqual([
      'site: unknown key "titel" (did you mean "title"?). Keys allowed here: title, council, shortName, locale, languages, basePath, demo, url, tiles, communityRights (data/CONFIG.md describes each).',
    ]);
  });

  it('takes site.url as a host only: a path belongs in basePath', async () => {
    expect(
      await problems({ site: { title: 'T', council: 'C', url: 'https://data.example.gov.uk' }, datasets: [dataset] }),
    ).toEqual([]);
    expect(
      await problems({
        site: { title: 'T', council: 'C', url: 'https://data.example.gov.uk/atlas/' },
        datasets: [dataset],
      }),
    ).toEqual([
      expect.stringMatching(
        /^site\.url: give the host only, e\.g\. "https:\/\/data\.example\.gov\.uk": the path .* goes in `basePath`/,
      ),
    ]);
  });

  it('suggests the key a typo meant inside the right kind of dataset, and lists the keys there', async () => {
    const d = { ...dataset, columns: { ...dataset.columns, metirc: 'disease' }, reportinglagdays: 2, colour: 'red' };
    const list = await problems({ site: { title: 'T', council: 'C' }, datasets: [d] });
    expect(list).toEqual([
      'datasets[0] (cases).columns: unknown key "metirc" (did you mean "metric"?). Keys allowed here: area, areas, areaName, date, count, metric, population, parent (data/CONFIG.md describes each).',
      expect.stringMatching(
        /^datasets\[0\] \(cases\): unknown keys "reportinglagdays" \(did you mean "reportingLagDays"\?\), "colour"\. Keys allowed here: id, title, .*, rejectNegative, rollUp \(data/,
      ),
    ]);
  });

  it('refuses columns.parent without a roll-up or rows of no area to place, saying what to add', async () => {
    const site = { title: 'T', council: 'C' };
    const d = { ...dataset, columns: { ...dataset.columns, parent: 'state' } };
    expect(await problems({ site, datasets: [d] })).toEqual([
      expect.stringMatching(
        /^datasets\[0\] \(cases\)\.columns\.parent: columns\.parent says which roll-up parent .* add rollUp/,
      ),
    ]);
    const rolled = { ...d, rollUp: [{ layer: 'states', via: 'within' }] };
    expect(await problems({ site, datasets: [rolled] })).toContainEqual(
      expect.stringMatching(
        /columns\.parent: columns\.parent is read only for rows of no area: list their values in unplacedValues/,
      ),
    );
  });

  it('names missing required keys by path', async () => {
    const { title: _, ...untitled } = dataset;
    expect(await problems({ site: { title: 'T', council: 'C' }, datasets: [untitled] })).toEqual([
      'datasets[0] (cases).title: is required (a text ("Recycling"), or one text per language of site.languages ({ cy: "Ailgylchu", "en-GB": "Recycling" }))',
    ]);
  });

  it('reports a missing file, an unknown layer and a duplicate id together', async () => {
    const list = await problems({
      site: { title: 'T', council: 'C' },
      datasets: [{ ...dataset, file: 'nope.csv', join: { by: 'code', layer: 'wards' } }, dataset],
    });
    expect(list).toEqual([
      'datasets[0] (cases).join.layer: no area layer "wards". Add it under areaLayers.',
      'datasets[1] (cases).id: "cases" is used twice; dataset ids must be unique.',
      expect.stringMatching(/^datasets\[0\] \(cases\)\.file: nope\.csv not found/),
    ]);
  });

  it('reports a missing file beside a schema problem, not after it is fixed', async () => {
    expect(await problems({ site: { title: 'T' }, datasets: [{ ...dataset, file: 'nope.csv' }] })).toEqual([
      'site.council: is required (a text ("Recycling"), or one text per language of site.languages ({ cy: "Ailgylchu", "en-GB": "Recycling" }))',
      expect.stringMatching(/^datasets\[0\] \(cases\)\.file: nope\.csv not found/),
    ]);
  });

  const assets = {
    ...dataset,
    id: 'land',
    kind: 'assets',
    columns: { id: 'ref', x: 'easting', y: 'northing' },
    join: { by: 'none' },
  };
  const site = { title: 'T', council: 'C' };

  it.each([
    [
      'a join by point without coordinate columns',
      { ...assets, columns: { id: 'ref' }, join: { by: 'point', layer: 'wards' } },
      'datasets[0] (land).columns: join.by "point" needs coordinates: columns.x and columns.y, columns.point (both in one column) or columns.geometry (WKT), unless the file is GeoJSON or TopoJSON. Name them, or join by code.',
    ],
    [
      'an x column without a y column',
      { ...assets, columns: { id: 'ref', x: 'easting' } },
      'datasets[0] (land).columns.y: set both columns.x and columns.y (the coordinate columns), or neither.',
    ],
    [
      'rate bands that do not ascend',
      { ...dataset, rateBands: [10, 50, 50, 200] },
      'datasets[0] (cases).rateBands: bands must be strictly ascending (50 follows 50), e.g. [10, 50, 100, 200].',
    ],
  ])('reports %s with its key and the fix', async (_, d, message) => {
    const areaLayers = { wards: { label: 'Wards', file: 'cases.csv', codeProperty: 'c', nameProperty: 'n' } };
    expect(await problems({ site, areaLayers, datasets: [d] })).toEqual([message]);
  });

  it('reports a coordinate system that is not built in unless a proj4 definition is given', async () => {
    const unknown = { ...assets, coordinates: { crs: 'EPSG:2263' } };
    expect(await problems({ site, datasets: [unknown] })).toEqual([
      expect.stringMatching(
        /^datasets\[0\] \(land\)\.coordinates\.crs: unknown coordinate system "EPSG:2263"\. Add its proj4 definition as coordinates\.proj4 .*EPSG:27700/,
      ),
    ]);
    const defined = { ...assets, coordinates: { crs: 'EPSG:2263', proj4: '+proj=longlat +datum=WGS84 +no_defs' } };
    expect(await problems({ site, datasets: [defined] })).toEqual([]);
  });

  it('names the known layers when a dataset names another', async () => {
    const areaLayers = { wards: { label: 'Wards', file: 'cases.csv', codeProperty: 'c', nameProperty: 'n' } };
    const d = { ...dataset, join: { by: 'code', layer: 'ward' } };
    expect(await problems({ site, areaLayers, datasets: [d] })).toEqual([
      'datasets[0] (cases).join.layer: no area layer "ward". Known layers: wards.',
    ]);
  });

  it.each([
    ['javascript:alert(1)', 'licenceUrl'],
    ['data:text/html,<script>alert(1)</script>', 'url'],
    ['file:///etc/passwd', 'licenceUrl'],
    ['vbscript:msgbox', 'url'],
  ])('refuses the address %s in source.%s', async (url, key) => {
    const list = await problems({
      site: { title: 'T', council: 'C' },
      datasets: [{ ...dataset, source: { ...dataset.source, [key]: url } }],
    });
    expect(list).toEqual([
      expect.stringMatching(
        new RegExp(`^datasets\\[0\\] \\(cases\\)\\.source\\.${key}: must be an http:, https: or mailto: address`),
      ),
    ]);
  });

  it('accepts http:, https: and mailto: addresses', async () => {
    const source = { ...dataset.source, url: 'http://example.org/data', licenceUrl: 'https://example.org/licence' };
    const links = [{ label: 'Write to us', url: 'mailto:data@example.org' }];
    expect(
      await problems({
        site: { title: 'T', council: 'C', communityRights: { heading: 'Rights', links } },
        datasets: [{ ...dataset, source }],
      }),
    ).toEqual([]);
  });

  it('refuses a javascript: community rights link and a tile URL that is not http(s)', async () => {
    const list = await problems({
      site: {
        title: 'T',
        council: 'C',
        communityRights: { heading: 'Rights', links: [{ label: 'Click', url: 'javascript:alert(1)' }] },
        tiles: { url: 'javascript:alert(1)//{z}/{x}/{y}', attribution: 'x' },
      },
      datasets: [dataset],
    });
    expect(list).toEqual([
      expect.stringMatching(/^site\.tiles\.url: must be an http: or https: URL template/),
      expect.stringMatching(/^site\.communityRights\.links\[0\]\.url: must be an http:, https: or mailto: address/),
    ]);
  });

  it('refuses a base path starting with "//", which browsers read as another host', async () => {
    expect(
      await problems({ site: { title: 'T', council: 'C', basePath: '//evil.example/' }, datasets: [dataset] }),
    ).toEqual(['site.basePath: must not start with "//" (that is another host); write e.g. "/atlas/"']);
  });

  it.each(['en_GB', 'en GB', 'en-', ''])('refuses the locale %j with the form to use', async (locale) => {
    expect(await problems({ site: { title: 'T', council: 'C', locale }, datasets: [dataset] })).toEqual([
      `site.locale: ${JSON.stringify(locale)} is not a BCP 47 language tag: write language and region with a hyphen, e.g. "en-GB", "cy-GB", "de-DE"`,
    ]);
  });

  it.each(['en-GB', 'cy', 'de-DE', 'nl-NL', 'da-DK', 'sr-Latn-RS'])('accepts the locale %s', async (locale) => {
    expect(await problems({ site: { title: 'T', council: 'C', locale }, datasets: [dataset] })).toEqual([]);
  });

  it('refuses a folder or a device as an input file', async () => {
    const path = configFile({ site: { title: 'T', council: 'C' }, datasets: [{ ...dataset, file: 'folder' }] });
    mkdirSync(join(path, '..', 'folder'));
    await expect(loadConfig(path)).rejects.toThrow(/datasets\[0\] \(cases\)\.file: folder is a folder, not a file/);
    const device = await problems({
      site: { title: 'T', council: 'C' },
      datasets: [{ ...dataset, file: '/dev/zero' }],
    });
    expect(device).toEqual([
      'datasets[0] (cases).file: /dev/zero is not a regular file (a device, pipe or socket): name a file saved on disk.',
    ]);
  });

  it('says how to fix a missing config file', async () => {
    await expect(loadConfig('/nonexistent/atlas.config.ts')).rejects.toThrow(/does not exist\. Create it/);
  });

  it("checks a layer's mapBounds and a roll-up's layers, naming the key and the fix", async () => {
    const dir = tempDir('atlas-config-');
    writeFileSync(join(dir, 'cases.csv'), 'date,code,n\n');
    writeFileSync(join(dir, 'a.geojson'), '{"type":"FeatureCollection","features":[]}');
    const layer = { label: 'A', file: 'a.geojson', codeProperty: 'code', nameProperty: 'name' };
    const path = join(dir, 'atlas.config.json');
    writeFileSync(
      path,
      JSON.stringify({
        site: { title: 'T', council: 'C' },
        areaLayers: { a: { ...layer, mapBounds: [0, 50, 2, 49] }, b: layer },
        datasets: [{ ...dataset, join: { by: 'code', layer: 'a' }, rollUp: [{ layer: 'c', via: 'parent' }] }],
      }),
    );
    const list = await loadConfig(path).then(
      () => [],
      (error: unknown) => (error instanceof ConfigError ? error.problems : []),
    );
    expect(list).toEqual([
      'areaLayers.a.mapBounds: south must be below north: [west, south, east, north]',
      'datasets[0] (cases).rollUp[0].layer: no area layer "c". Known layers: a, b.',
      'datasets[0] (cases).rollUp[0].via: "parent" needs areaLayers.a.parentProperty (the feature property naming each area\'s parent); or use "within", or a lookup file: { file, childColumn, parentColumn }.',
    ]);
    writeFileSync(
      path,
      JSON.stringify({
        site: { title: 'T', council: 'C' },
        areaLayers: { a: layer, b: layer },
        datasets: [
          { ...dataset, join: { by: 'code', layer: 'a' }, rollUp: [{ layer: 'c', via: 'parent' }] },
          { ...dataset, id: 'free', rollUp: [{ layer: 'b', via: 'parent' }] },
        ],
      }),
    );
    const second = await loadConfig(path).then(
      () => [],
      (error: unknown) => (error instanceof ConfigError ? error.problems : []),
    );
    expect(second).toEqual([
      'datasets[0] (cases).rollUp[0].layer: no area layer "c". Known layers: a, b.',
      'datasets[0] (cases).rollUp[0].via: "parent" needs areaLayers.a.parentProperty (the feature property naming each area\'s parent); or use "within", or a lookup file: { file, childColumn, parentColumn }.',
      'datasets[1] (free).rollUp[0]: a roll-up sums the areas of the join layer; set join: { by: "code", layer: … } first.',
    ]);
  });
});
