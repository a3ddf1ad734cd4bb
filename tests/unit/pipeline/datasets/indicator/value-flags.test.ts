/**
 * Values with the publisher's flags after them, as Eurostat writes its figures (`82.5 b`,
 * `81.3 ep`, `: c`): rejected as not numbers unless `valueFlags` says to read the value alone, and
 * the build that stops on them names that setting, and the markers it read as missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import { withoutFlags } from '../../../../../src/pipeline/ingest/parse-values.ts';
import type { IndicatorFile } from '../../../../../src/lib/indicator-files.ts';
import type { IndicatorDatasetEntry } from '../../../../../src/lib/manifest.ts';
import { tempDirs } from '../../../temp-dirs.ts';

const tempDir = tempDirs();

const csv = [
  'geo\t2021 \t2020 \t2019 ',
  'AT\t81.3 e\t81.1 \t82.0 b',
  'BE\t: c\t80.8 p\t81.9 ',
  'DE\t: \t81.1 ep\t81.3 ',
].join('\n');

async function build(dataset: Record<string, unknown>, text = csv) {
  const dir = tempDir('atlas-flags-');
  writeFileSync(join(dir, 'life.tsv'), `${text}\n`);
  const config = {
    site: { title: 'Flags', council: 'Test' },
    datasets: [
      {
        id: 'life',
        kind: 'indicator',
        title: 'Life expectancy',
        file: 'life.tsv',
        columns: { area: 'geo', periods: { pattern: '^\\d{4}$' } },
        missingValues: [':'],
        join: { by: 'code' },
        source: { publisher: 'Eurostat', licence: 'CC BY 4.0' },
        ...dataset,
      },
    ],
  };
  writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(config));
  const dataDir = join(dir, 'out');
  const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
  const entry = result.manifest.datasets[0] as IndicatorDatasetEntry | undefined;
  const figures = (): IndicatorFile =>
    JSON.parse(readFileSync(join(dataDir, entry?.files['indicators/life'] ?? ''), 'utf8')) as IndicatorFile;
  return { result, entry, figures };
}

describe('valueFlags', () => {
  it.each([
    ['82.5 b', '82.5'],
    ['81.3 bep', '81.3'],
    [': c', ':'],
    [': ', ': '],
    ['12 345', '12 345'],
    ['n/a', 'n/a'],
    ['5 %', '5 %'],
  ])('reads %j as %j', (raw, bare) => {
    expect(withoutFlags(raw)).toBe(bare);
  });

  it('stops the build without it, naming valueFlags for the flagged numbers and the missing markers', async () => {
    const { result } = await build({});
    const message = result.failed[0]?.message ?? '';
    expect(message).toContain('value is not a number (5)');
    expect(message).toContain('Values such as "81.3 e" are numbers followed by the publisher\'s flags');
    expect(message).toContain('set datasets[life].valueFlags: true');
    expect(message).toContain('The values read as missing were the markers ":" 1');
    // No blank cell was read as missing: the hint about blanks would mislead.
    expect(message).not.toContain('suppressedValues: [""]');
  });

  it('reads each flagged value as the number, and a flagged marker (": c") as the marker', async () => {
    const { result, entry, figures } = await build({ valueFlags: true, maxRejectedShare: 0.3 });
    expect(result.failed).toEqual([]);
    expect(entry?.quality).toMatchObject({ rowsIn: 9, accepted: 7, rejected: 2 });
    expect(figures().areas.map((a) => [a.code, a.values])).toEqual([
      ['AT', [82, 81.1, 81.3]],
      ['BE', [81.9, 80.8, null]],
      ['DE', [81.3, 81.1, null]],
    ]);
  });
});
