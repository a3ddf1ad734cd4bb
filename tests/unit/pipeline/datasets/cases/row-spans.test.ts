// Rows read as field offsets (the cases processor's rowSpans, for unquoted rows) must give what
// the same rows read as strings give: the same accounting, rejections and files, byte for byte.
// Quoting every field sends every row down the string path, so the two builds differ only there.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import { CACHE_DIR } from '../../../../../src/pipeline/output/dataset-cache.ts';
import { casesDataset, writeSite } from '../../../test-site.ts';

async function build(lines: string[], extra: object, quoteAll: boolean): Promise<Map<string, string>> {
  const quote = (line: string): string =>
    line
      .split(',')
      .map((f) => `"${f}"`)
      .join(',');
  const text = (quoteAll ? lines.map(quote) : lines).join('\r\n') + '\r\n';
  const dataset = casesDataset({ join: { by: 'none' }, maxRejectedShare: 0.9, ...extra });
  const { configPath, dir } = writeSite(
    { site: { title: 'Spans', council: 'Test' }, areaLayers: {}, datasets: [dataset] },
    { 'cases.csv': text },
  );
  const out = join(dir, 'out');
  const result = await buildData({ configPath, dataDir: out });
  expect(result.failed).toEqual([]);
  const files = new Map<string, string>();
  for (const f of readdirSync(out, { recursive: true, encoding: 'utf8' }).sort()) {
    if (f.startsWith(CACHE_DIR) || !/\.(json|csv)$/.test(f)) continue;
    files.set(f, readFileSync(join(out, f), 'utf8'));
  }
  return files;
}

const CUMULATIVE = [
  'date,fips,county,cases',
  '2024-01-01,A1,Ashby,5',
  ',A1,Ashby,6', // no date, before any row was read in place
  '2024-01-01,B2,Beacon,1',
  '2024-01-02,A1,Ashby,7',
  '2024-01-02,B2,Dunmore,2', // a name that disagrees
  '2024-01-03,A1,Ashby County,7', // a name that agrees, not the same
  '2024-01-02,A1,Ashby,8', // duplicate day
  '2024-01-04,A1,Ashby,6', // fell
  '2024-01-03,B2, Beacon ,2', // spaces around the name
  '2024-01-05,A1,Ashby,9', // a gap of a day
  '2024-01-04,A1,Ashby,9', // the day that fell, again after a later day: out of order, not a duplicate
  '2024-01-03,A1,Ashby,9', // a day accepted, again after a later day: a duplicate
  '2024-01-05, B2,Beacon,3', // a space before the code
  '2024-01-06,B2,,4', // no name
  '2024-01-06,C3,Cole,x', // not a number
  '2024-01-07,C3,Cole,0012', // leading zeros
  '2024-01-08,C3,Cole,1234567890', // ten digits
  '2024-01-09,C3,Cole,n/a', // missing
  '2024-13-01,C3,Cole,5', // no such date
  ',C3,Cole,5',
  '2024-01-10,,Cole,5',
  '2024-01-10,C3,Cole,2147483648',
  '2024-01-11,C3,Cole, 1234567891',
  '2024-01-07,B2, Beacon ,1', // fell, spaces around the name
  '2024-01-08,B2,Dunmore,0', // fell to nothing, a name that disagrees
  '2024-01-09,B2,,2', // fell, no name
  ',,,', // blank
  '2024-01-11, ,Cole,5', // a code of spaces
  '2024-01-11,,  Cole  ,5', // no code, spaces around the name
  'x,,Cole,5', // no code, no date
];

const DAILY = [
  'area,disease,date,count',
  'A1,flu,2024-01-01,5',
  'A1,flu,2024-01-02,0',
  'A1,covid,2024-01-02,3',
  'A1,flu ,2024-01-03,4', // a space after the metric
  'A1,,2024-01-03,4', // no metric
  'B2,covid,2024-01-01,2',
  'B2,covid,2024-01-01,2', // duplicate
  'B2,covid,01/02/2024,2', // another layout
  'B2,covid,2024-01-04,-2',
  'B2,measles,2024-01-04,1',
];

describe('cases rows read as field offsets', () => {
  it('write the same files as the same rows read as strings (cumulative, with names)', async () => {
    const dataset = {
      countType: 'cumulative',
      rejectNegative: true,
      columns: { area: 'fips', areaName: 'county', date: 'date', count: 'cases' },
    };
    const fast = await build(CUMULATIVE, dataset, false);
    expect(fast).toEqual(await build(CUMULATIVE, dataset, true));
    expect(fast.size).toBeGreaterThan(3);
  });

  it('write the same files as the same rows read as strings (cumulative, falls kept as corrections)', async () => {
    const dataset = {
      countType: 'cumulative',
      rejectNegative: false,
      columns: { area: 'fips', areaName: 'county', date: 'date', count: 'cases' },
    };
    const fast = await build(CUMULATIVE, dataset, false);
    expect(fast).toEqual(await build(CUMULATIVE, dataset, true));
    expect(fast.size).toBeGreaterThan(3);
  });

  it('write the same files as the same rows read as strings (daily, with a metric)', async () => {
    const dataset = { columns: { area: 'area', date: 'date', count: 'count', metric: 'disease' } };
    const fast = await build(DAILY, dataset, false);
    expect(fast).toEqual(await build(DAILY, dataset, true));
    expect(fast.size).toBeGreaterThan(3);
  });
});
