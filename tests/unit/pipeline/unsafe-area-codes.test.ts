// Area codes name files and pages: a code that cannot is rejected at its row (or its
// boundary feature is skipped), and the rest of the build goes on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';

const UNSAFE = ['.', 'a/b', 'x\\y', '%2e%2e%2fX', '..x', 'n\u0000ul', 'areas'];
const square = (x: number): number[][][] => [
  [
    [x, 0],
    [x + 1, 0],
    [x + 1, 1],
    [x, 1],
    [x, 0],
  ],
];

function project(): { configPath: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-codes-'));
  const codes = ['A1', ...UNSAFE];
  writeFileSync(
    join(dir, 'areas.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: codes.map((code, i) => ({
        type: 'Feature',
        properties: { code, name: `Area ${i}`, parent: i === 0 ? 'up\u0001' : 'P1' },
        geometry: { type: 'Polygon', coordinates: square(i) },
      })),
    }),
  );
  // The same rows twice: once joined to the layer, once with codes used as they are.
  const csv = ['date,area,count', ...codes.map((c) => `2024-01-01,"${c}",1`)].join('\n') + '\n';
  writeFileSync(join(dir, 'cases.csv'), csv);
  const dataset = (id: string, join: object): object => ({
    id,
    kind: 'cases',
    title: id,
    file: 'cases.csv',
    columns: { area: 'area', date: 'date', count: 'count' },
    join,
    maxRejectedShare: 0.95,
    source: { publisher: 'Test', licence: 'CC0' },
  });
  const config = {
    site: { title: 'Codes', council: 'Test' },
    areaLayers: {
      areas: {
        label: 'Areas',
        file: 'areas.geojson',
        codeProperty: 'code',
        nameProperty: 'name',
        parentProperty: 'parent',
      },
    },
    datasets: [dataset('free', { by: 'code' }), dataset('joined', { by: 'code', layer: 'areas' })],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  return { configPath: join(dir, 'atlas.config.json'), out: join(dir, 'out') };
}

describe('area codes that cannot name a file or page', () => {
  it('rejects each row whose code is unsafe, with its line and reason, when codes are used as they are', async () => {
    const { configPath, out } = project();
    const result = await buildData({ configPath, dataDir: out });
    const free = result.manifest.datasets.find((d) => d.id === 'free');
    expect(free?.quality).toMatchObject({ rowsIn: 8, accepted: 1, rejected: 7 });
    expect(free?.quality.sampleRejections.map((r) => [r.line, r.column, r.value, r.reason])).toEqual([
      [3, 'area', '.', expect.stringMatching(/has no letter or digit/)],
      [4, 'area', 'a/b', 'area code holds /, \\, % or .., which no place name does'],
      [5, 'area', 'x\\y', expect.stringMatching(/which no place name does/)],
      [6, 'area', '%2e%2e%2fX', expect.stringMatching(/which no place name does/)],
      [7, 'area', '..x', expect.stringMatching(/which no place name does/)],
      [8, 'area', 'n\u0000ul', expect.stringMatching(/holds a control character/)],
      [9, 'area', 'areas', 'area code "areas" is the name of a page of the site'],
    ]);
  });

  it('skips boundary features whose code cannot be named, and takes those whose characters a name leaves out', async () => {
    const { configPath, out } = project();
    const result = await buildData({ configPath, dataDir: out });
    // A layer's code names its pages and files through areaPageName: `a/b` is `a-b-…`.
    expect(result.manifest.layers[0]?.areaCount).toBe(5);
    const skipped = result.warnings.find((w) => w.includes('cannot name a file or page: feature'));
    expect(skipped).toMatch(
      /^areaLayers\.areas: areas\.geojson: 3 feature\(s\) skipped because their code cannot name a file or page: /,
    );
    expect(skipped).toContain('feature 2 ".": area code has no letter or digit');
    expect(skipped).toContain('feature 7 "n\\u0000ul"');
    expect(skipped).toContain('feature 8 "areas"');
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/1 area\(s\) have a parent code .*area A1 parent "up\\u0001"/),
    );
    const joined = result.manifest.datasets.find((d) => d.id === 'joined');
    expect(joined?.quality).toMatchObject({ rowsIn: 8, accepted: 5, rejected: 3 });
    expect(joined?.quality.unknownCodes.map((u) => u.code)).toContain('areas');
  });
});
