/**
 * A real file of two geographic levels: the Census Bureau's estimates hold the state's row
 * (`SUMLEV` 40) beside its counties' (`SUMLEV` 50). `rows.where: { SUMLEV: ["50"] }` keeps the
 * counties; the state's row is left out and counted (its 10 cells), not rejected and not an area.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { IndicatorDatasetEntry } from '../../src/lib/manifest.ts';
import type { IndicatorFile } from '../../src/lib/indicator-files.ts';
import config from '../fixtures/real/census-nebraska-popestimates/census-popestimates.config.ts';
import { tempDirs } from '../unit/temp-dirs.ts';

const tempDir = tempDirs();
const fixture = resolve('tests/fixtures/real/census-nebraska-popestimates');

describe('Census estimates of a state and its counties, filtered to the counties by SUMLEV', () => {
  let entry: IndicatorDatasetEntry;
  let figures: IndicatorFile;
  let rejections: string[];

  beforeAll(async () => {
    const dir = tempDir('atlas-census-levels-');
    const dataset = config.datasets[0];
    if (dataset === undefined) throw new Error('the fixture config has no dataset');
    const layer = config.areaLayers.counties;
    // No benchmark: the state's row is left out by its level instead.
    const { benchmark: _benchmark, benchmarkName: _name, ...rest } = dataset;
    const filtered = {
      ...config,
      areaLayers: { counties: { ...layer, file: join(fixture, layer.file) } },
      datasets: [{ ...rest, file: join(fixture, dataset.file), rows: { where: { SUMLEV: ['50'] } } }],
    };
    writeFileSync(join(dir, 'atlas.config.json'), JSON.stringify(filtered));
    const dataDir = join(dir, 'out');
    const result = await buildData({ configPath: join(dir, 'atlas.config.json'), dataDir });
    entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
    const slug = entry.series[0]?.slug ?? '';
    figures = JSON.parse(readFileSync(join(dataDir, entry.files[`indicators/${slug}`] ?? ''), 'utf8')) as IndicatorFile;
    rejections = readFileSync(join(dataDir, entry.files.rejections ?? ''), 'utf8')
      .trim()
      .split('\r\n');
  }, 120_000);

  it("leaves out the state's row, all 10 of its cells: in = accepted + rejected + left out", () => {
    const q = entry.quality;
    expect(q).toMatchObject({ unit: 'cells', rowsIn: 280, accepted: 270, rejected: 0, leftOut: 10 });
    expect(q.leftOutBy).toEqual([{ key: 'where', column: 'SUMLEV', value: '40', count: 10 }]);
    expect(q.warnings.filter((w) => w.includes('rows.where'))).toEqual([]);
    expect(rejections).toEqual(['file,line,column,reason,value,code,name,date']);
  });

  it("has the 27 counties as its areas, and the state's row as neither an area nor a benchmark", () => {
    expect(figures.areas).toHaveLength(27);
    expect(figures.areas.some((a) => a.code === '31000')).toBe(false);
    // The only benchmark is the one made from the counties, not the state's row.
    expect(figures.benchmarks.map((b) => b.code)).toEqual(['all']);
  });
});
