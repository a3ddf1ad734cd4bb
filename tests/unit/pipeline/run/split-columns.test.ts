/**
 * Columns that pack several values into one (Eurostat's `unit,sex,age,geo\time`), split into
 * named columns that the column mapping and the rows filter read like the file's own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../src/pipeline/build-data.ts';
import { splitValue } from '../../../../src/pipeline/run/split-columns.ts';
import type { IndicatorFile } from '../../../../src/lib/indicator-files.ts';
import type { IndicatorDatasetEntry } from '../../../../src/lib/manifest.ts';
import { tempDirs } from '../../temp-dirs.ts';

const tempDir = tempDirs();

// Eurostat's TSV layout: the row's dimensions packed in the first column, a column per year.
const tsv = [
  'unit,sex,age,geo\\time\t2021 \t2020 ',
  'YR,F,Y_LT1,AT\t84.0 \t83.7 ',
  'YR,T,Y_LT1,AT\t81.3 \t81.1 ',
  'YR,T,Y_LT1,BE\t81.9 \t80.8 ',
  'YR,T,Y_LT1,DE_TOT\t80.9 \t81.1 ',
].join('\n');

async function build(dataset: Record<string, unknown>) {
  const dir = tempDir('atlas-split-');
  writeFileSync(join(dir, 'demo_mlexpec.tsv'), `${tsv}\n`);
  const config = {
    site: { title: 'Split', council: 'Test' },
    datasets: [
      {
        id: 'life',
        kind: 'indicator',
        title: 'Life expectancy',
        file: 'demo_mlexpec.tsv',
        delimiter: '\t',
        columns: { area: 'geo', periods: { pattern: '^\\d{4}$' } },
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

const split = { column: 'unit,sex,age,geo\\time', separator: ',', into: ['unit', 'sex', 'age', 'geo'] };

describe('splitColumns', () => {
  it.each([
    ['YR,T,Y_LT1,AT', 4, ['YR', 'T', 'Y_LT1', 'AT']],
    ['YR,T', 4, ['YR', 'T', '', '']],
    ['a, b ,c,d,e', 3, ['a', 'b', 'c,d,e']],
  ])('splits %j into %i parts', (value, count, parts) => {
    expect(splitValue(value, ',', count)).toEqual(parts);
  });

  it('gives the parts as columns that columns.area and rows.where/except name', async () => {
    const { result, entry, figures } = await build({
      splitColumns: [split],
      rows: { where: { sex: ['T'] }, except: { geo: ['DE_TOT'] } },
    });
    expect(result.failed).toEqual([]);
    expect(entry?.quality).toMatchObject({ rowsIn: 8, accepted: 4, rejected: 0, leftOut: 4 });
    expect(entry?.periods).toEqual(['2020', '2021']);
    expect(figures().areas.map((a) => [a.code, a.values])).toEqual([
      ['AT', [81.1, 81.3]],
      ['BE', [80.8, 81.9]],
    ]);
  });

  it('without the split, stops the build naming the packed column and the splitColumns entry that reads it', async () => {
    await expect(build({})).rejects.toThrow(
      'The column "unit,sex,age,geo\\time" holds "geo" packed with other values: split it into columns of their own ' +
        'with splitColumns: [{ column: "unit,sex,age,geo\\\\time", separator: ",", into: ["unit", "sex", "age", "geo"] }], then name "geo".',
    );
  });

  it('stops the build naming the file, the split column it lacks and the fix', async () => {
    const error = await build({ splitColumns: [{ ...split, column: 'geo\\time' }] }).then(
      () => new Error('built'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toContain('life (demo_mlexpec.tsv): splitColumns column "geo\\time" not found');
    expect(error.message).toContain('"unit,sex,age,geo\\time"');
    expect(error.message).toContain('datasets[life].splitColumns[].column');
  });
});
