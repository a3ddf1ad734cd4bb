import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaLayerSchema, indicatorDatasetSchema } from '../../../../../src/pipeline/config/schema.ts';
import { readCsv } from '../../../../../src/pipeline/ingest/read-csv.ts';
import { RowLedger } from '../../../../../src/pipeline/run/row-ledger.ts';
import { createLoadedLayer, type LoadedLayer } from '../../../../../src/pipeline/run/loaded-layer.ts';
import { createOutputWriter } from '../../../../../src/pipeline/output/output-writer.ts';
import { createIndicatorProcessor } from '../../../../../src/pipeline/datasets/indicator/indicator-processor.ts';
import type { IndicatorFile } from '../../../../../src/lib/indicator-files.ts';
import type { IndicatorDatasetEntry, QualityReport } from '../../../../../src/lib/manifest.ts';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};

/** Four areas: A1, A2 in region R1; A3, A4 in region R2. Populations 100, 300, 200, 200. */
function layer(): LoadedLayer {
  const config = areaLayerSchema.parse({ label: 'Areas', file: 'x.geojson', codeProperty: 'c', nameProperty: 'n' });
  const f = (code: string, name: string, parent: string) => ({ code, name, parent, geometry: square });
  return createLoadedLayer(
    'areas',
    config,
    [f('A1', 'Ash', 'R1'), f('A2', 'Birch', 'R1'), f('A3', 'Cedar', 'R2'), f('A4', 'Damson', 'R2')],
    [0, 0, 1, 1],
    new Map([
      ['A1', 100],
      ['A2', 300],
      ['A3', 200],
      ['A4', 200],
    ]),
  );
}

async function run(csv: string, overrides: Record<string, unknown>) {
  const config = indicatorDatasetSchema.parse({
    id: 'ind',
    title: 'Test indicator',
    kind: 'indicator',
    file: 'ind.csv',
    source: { publisher: 'Test', licence: 'OGL' },
    join: { by: 'code', layer: 'areas' },
    columns: { area: 'code', period: 'period', value: 'value' },
    higherIs: 'good',
    ...overrides,
  });
  const dir = mkdtempSync(join(tmpdir(), 'indicator-'));
  writeFileSync(join(dir, 'ind.csv'), csv);
  const ledger = new RowLedger();
  const out = createOutputWriter(join(dir, 'out'), config.id);
  const l = layer();
  const processor = createIndicatorProcessor({
    config,
    baseDir: dir,
    ledger,
    layer: l,
    out,
    layers: new Map([['areas', l]]),
  });
  await readCsv(
    join(dir, 'ind.csv'),
    { encoding: 'utf-8', delimiter: ',' },
    {
      header: (names, raw) => processor.beginFile('ind.csv', names, raw),
      row(fields, line) {
        ledger.read();
        processor.row(fields, line);
      },
    },
  );
  const fields = (await processor.finish()) as IndicatorDatasetEntry;
  const entry = fields.series[0];
  const file = JSON.parse(
    readFileSync(join(dir, 'out', fields.files[entry?.file ?? ''] as string), 'utf8'),
  ) as IndicatorFile;
  return { fields, file, quality: ledger.report() as QualityReport };
}

describe('indicator processor', () => {
  it("joins codes spelled otherwise than the layer's to its areas, and lists each spelling in a warning", async () => {
    const { file, quality } = await run(
      'code,period,value\na1,2023,10\nA 2,2023,20\nA3,2023,30\nA4,2023,40\nA5,2023,50\n',
      {
        maxRejectedShare: 0.5,
      },
    );
    expect(quality).toMatchObject({ rowsIn: 5, accepted: 4, rejected: 1 });
    expect(quality.unknownCodes).toEqual([{ code: 'A5', rows: 1 }]);
    expect(file.areas.map((a) => [a.code, a.values[0]])).toEqual([
      ['A1', 10],
      ['A2', 20],
      ['A3', 30],
      ['A4', 40],
    ]);
    expect(quality.warningsCoded).toContainEqual({
      code: 'spellingsMerged',
      spellings: 2,
      items: [
        { value: 'A 2', as: 'Birch', count: 1 },
        { value: 'a1', as: 'Ash', count: 1 },
      ],
      more: 0,
    });
  });

  it('wide file: rejects each cell of a row whose code matches no area, and tallies the code by rows, with its cells', async () => {
    const { file, quality } = await run('code,2022,2023\nA1,1,2\nA2,3,4\nA3,5,6\nA4,7,8\nA5,9,10\n', {
      columns: { area: 'code', periods: ['2022', '2023'] },
      maxRejectedShare: 0.5,
    });
    expect(quality).toMatchObject({ unit: 'cells', rowsIn: 10, accepted: 8, rejected: 2 });
    // One row has the unknown code; its two period cells are what was rejected.
    expect(quality.unknownCodes).toEqual([{ code: 'A5', rows: 1, cells: 2 }]);
    expect(quality.sampleRejections.map((r) => [r.line, r.column, r.date, r.reason])).toEqual([
      [6, 'code', '2022', 'area code matches no area'],
      [6, 'code', '2023', 'area code matches no area'],
    ]);
    expect(file.periods).toEqual(['2022', '2023']);
    expect(file.areas.map((a) => [a.code, a.values])).toEqual([
      ['A1', [1, 2]],
      ['A2', [3, 4]],
      ['A3', [5, 6]],
      ['A4', [7, 8]],
    ]);
  });

  it('warns, with a coded and counted warning, about rows whose area name is not the name of their code', async () => {
    const { file, quality } = await run(
      'code,name,period,value\nA1,Ash,2023,10\nA2,Cedar,2023,20\nA2,Cedar,2024,21\nA3,CEDAR,2023,30\nA4,Damson Vale,2023,40\n',
      { columns: { area: 'code', areaName: 'name', period: 'period', value: 'value' } },
    );
    // Rows are kept under their code and the layer's name.
    expect(quality).toMatchObject({ rowsIn: 5, accepted: 5, rejected: 0 });
    expect(file.areas.find((a) => a.code === 'A2')?.name).toBe('Birch');
    expect(quality.warningsCoded).toContainEqual({
      code: 'areaNameMismatch',
      rows: 2,
      items: [{ areaCode: 'A2', name: 'Cedar', expected: 'Birch', count: 2 }],
      more: 0,
    });
    expect(quality.warnings).toContain(
      '2 rows name their area otherwise than their code does: A2 "Cedar", which is "Birch" (2). They are counted under the code (names that differ only in case, spaces, hyphens, apostrophes, full stops and accents, or by added words, agree). If the area was renamed, nothing is wrong; if not, the code may be wrong: correct it at the source, or join the boundaries of the data’s year.',
    );
  });

  it('benchmarks every area against the population-weighted mean of all areas, ranks and bands them', async () => {
    const { file, fields } = await run('code,period,value\nA1,2023,10\nA2,2023,20\nA3,2023,30\nA4,2023,40\n', {
      bands: [15, 35],
    });
    // (10×100 + 20×300 + 30×200 + 40×200) / 800 = 26.25 -> 26.3 at 1 decimal
    expect(file.benchmarks).toEqual([
      { code: 'all', name: 'All areas', values: [26.3], method: ['population-weighted'], areas: [4] },
    ]);
    expect(file.areas.map((a) => [a.code, a.values[0], a.rank[0], a.compare[0], a.band[0]])).toEqual([
      ['A1', 10, 4, 'lower', 0],
      ['A2', 20, 3, 'lower', 1],
      ['A3', 30, 2, 'higher', 1],
      ['A4', 40, 1, 'higher', 2],
    ]);
    expect(file.spread[0]).toEqual({ count: 4, min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40 });
    expect(file.hasLimits).toBe(false);
    expect(fields.series).toEqual([{ key: 'value', slug: 'ind', label: 'Test indicator', file: 'indicators/ind' }]);
  });

  it('keeps values finer than 3 decimals, so a 5-decimal index keeps its digits and means are of the values read', async () => {
    // As the GISD publishes it: scores with 5 decimals, shown with `decimals: 5`.
    const csv = 'code,period,value\nA1,2023,0.00123\nA2,2023,0.00246\nA3,2023,0.72349\nA4,2023,0.86498\n';
    const { file } = await run(csv, { decimals: 5 });
    expect(file.areas.map((a) => a.values[0])).toEqual([0.00123, 0.00246, 0.72349, 0.86498]);
    // (0.00123×100 + 0.00246×300 + 0.72349×200 + 0.86498×200) / 800 = 0.39819375 -> 0.39819 at 5 decimals
    expect(file.benchmarks[0]?.values).toEqual([0.39819]);
    // Source float noise is still dropped.
    const noisy = await run('code,period,value\nA1,2023,52.400000000000006\n', {});
    expect(noisy.file.areas[0]?.values).toEqual([52.4]);
  });

  it('parent benchmark: the file’s own parent row where given, else the mean of the parent’s areas', async () => {
    const csv = 'code,period,value\nA1,2023,10\nA2,2023,20\nA3,2023,30\nA4,2023,40\nR1,2023,12.5\n';
    const { file, quality } = await run(csv, { benchmark: 'parent' });
    expect(quality).toMatchObject({ rowsIn: 5, accepted: 5, rejected: 0 });
    expect(file.benchmarks.map((b) => [b.code, b.values[0], b.method[0]])).toEqual([
      ['R1', 12.5, 'file'],
      ['R2', 35, 'population-weighted'],
    ]);
    expect(file.areas.map((a) => [a.code, a.benchmark, a.compare[0]])).toEqual([
      ['A1', 'R1', 'lower'],
      ['A2', 'R1', 'higher'],
      ['A3', 'R2', 'lower'],
      ['A4', 'R2', 'higher'],
    ]);
  });

  it('confidence limits make the comparison better / similar / worse; bad rows are rejected with the reason', async () => {
    const csv = [
      'code,period,value,lo,hi',
      'A1,2023,20,18,22', // benchmark 25 above the interval: worse (higher is good)
      'A2,2023,24,20,28', // interval holds 25: similar
      'A3,2023,30,27,33', // better
      'A4,2023,c,,', // suppressed by the publisher
      'A4,2022,30,31,35', // value outside its own limits
      'A4,2021,30,29,', // one limit only
    ].join('\n');
    const { file, quality } = await run(csv, {
      columns: { area: 'code', period: 'period', value: 'value', lower: 'lo', upper: 'hi' },
      benchmark: 'E1',
      benchmarkName: 'Everywhere',
      suppressedValues: ['c'],
      bands: [25],
    });
    expect(quality).toMatchObject({ rowsIn: 6, accepted: 4, rejected: 2 });
    expect(quality.sampleRejections.map((r) => [r.line, r.column, r.reason])).toEqual([
      [6, 'value', 'value is outside its confidence limits'],
      [7, 'hi', 'only one confidence limit is given'],
    ]);
    // No E1 rows and no children of E1: the mean of every area, weighted (20×100+24×300+30×200)/600 = 25.3
    expect(file.benchmarks).toEqual([
      { code: 'E1', name: 'Everywhere', values: [25.3], method: ['population-weighted'], areas: [3] },
    ]);
    expect(file.areas.map((a) => [a.code, a.values[0], a.compare[0], a.rank[0]])).toEqual([
      ['A1', 20, 'worse', 3],
      ['A2', 24, 'similar', 2],
      ['A3', 30, 'better', 1],
      ['A4', 's', null, null],
    ]);
    expect(file.areas[0]?.lower).toEqual([18]);
    expect(file.ranked).toEqual([3]);
    expect(file.hasLimits).toBe(true);
  });
  it('benchmarkAreas: a benchmark code covers only the areas whose codes match; the others have none', async () => {
    const csv = 'code,period,value\nA1,2023,10\nA2,2023,20\nA3,2023,30\nA4,2023,40\n';
    const { file } = await run(csv, { benchmark: 'N1', benchmarkName: 'North', benchmarkAreas: '^A[12]$' });
    // (10×100 + 20×300) / 400 = 17.5
    expect(file.benchmarks).toEqual([
      { code: 'N1', name: 'North', values: [17.5], method: ['population-weighted'], areas: [2] },
    ]);
    expect(file.areas.map((a) => [a.code, a.benchmark, a.compare[0]])).toEqual([
      ['A1', 'N1', 'lower'],
      ['A2', 'N1', 'higher'],
      ['A3', null, null],
      ['A4', null, null],
    ]);
  });
});
