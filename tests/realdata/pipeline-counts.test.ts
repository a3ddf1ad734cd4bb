/**
 * The whole data step on real open data (../shared/data): exact row accounting per
 * file, unknown codes reported by code, and layers loaded with their vintages.
 * The land and buildings sources have their own test (assets-sources.test.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/build-data.ts';
import { sharedBuild } from './shared-build.ts';

const shared = resolve(import.meta.dirname, '../../../shared/data');
const present = existsSync(shared);
if (!present) console.warn(`skipping real-data pipeline tests: ${shared} not found`);

describe.skipIf(!present)('real data through the whole data step', () => {
  const results = new Map<string, BuildResult>();
  beforeAll(async () => {
    for (const c of ['uk-cases.config.ts', 'uk-cases-no-aliases.config.ts', 'uk-recycling.config.ts']) {
      results.set(c, (await sharedBuild(c)).result);
    }
  });

  it('UK cases: all 512,050 rows accepted once Glasgow and North Lanarkshire are aliased', () => {
    const r = results.get('uk-cases.config.ts') as BuildResult;
    const q = r.manifest.datasets[0]?.quality;
    expect(q).toMatchObject({ rowsIn: 512_050, accepted: 512_050, rejected: 0, duplicates: 0, unknownCodes: [] });
    expect(q?.files[0]).toMatchObject({ rows: 512_050, encoding: 'utf-8', delimiter: ',' });
    expect(r.manifest.layers[0]).toMatchObject({ id: 'ltla', areaCount: 382 });
    expect(r.manifest.datasets[0]).toMatchObject({ firstDate: '2020-01-30', lastDate: '2023-12-13' });
  });

  it('UK cases without aliases: the two recoded Scottish areas are reported by code, with file, line and column', () => {
    const r = results.get('uk-cases-no-aliases.config.ts') as BuildResult;
    const q = r.manifest.datasets[0]?.quality;
    expect(q).toMatchObject({ rowsIn: 512_050, accepted: 509_500, rejected: 2_550 });
    expect(q?.unknownCodes).toEqual([
      { code: 'S12000049', name: 'Glasgow City', rows: 1_275 },
      { code: 'S12000050', name: 'North Lanarkshire', rows: 1_275 },
    ]);
    // The layer has 32 Scottish council areas (2019 vintage), just not these two codes: a vintage change.
    expect(q?.unknownCodeHints).toEqual([
      expect.stringMatching(
        /^2 codes \(S12000049, S12000050\) look like council areas in Scotland \(GSS code, prefix S12\), like 32 areas of layer "ltla", but are not in its boundary file: .*Use boundaries of the data's year/,
      ),
    ]);
    expect(q?.sampleRejections[0]).toMatchObject({
      line: 179_705,
      column: 'code',
      reason: 'area code matches no area',
      value: 'S12000049',
      code: 'S12000049',
      name: 'Glasgow City',
      date: '2020-03-05',
    });
  });

  it('recycling rates: 3,205 rows, one "NA" value rejected on its line', () => {
    const r = results.get('uk-recycling.config.ts') as BuildResult;
    const d = r.manifest.datasets[0];
    expect(d?.quality).toMatchObject({ rowsIn: 3_205, accepted: 3_204, rejected: 1, unknownCodes: [] });
    expect(d?.quality.sampleRejections).toEqual([
      expect.objectContaining({ line: 2_294, column: 'value', reason: 'value is missing', value: 'NA' }),
    ]);
    expect(d?.kind === 'indicator' && d.indicators).toEqual(['Recycling', 'Waste Reused/Recycled/Composted']);
    expect(r.manifest.layers[0]?.areaCount).toBe(407);
  });
});
