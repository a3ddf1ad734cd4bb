// Counts are held as 32-bit integers per day: a count beyond that is rejected with a
// reason instead of wrapping (2,147,483,648 used to become -2,147,483,648, 1e20 1,661,992,960).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import type { CasesSeries } from '../../../../../src/lib/cases-files.ts';
import { casesDataset, writeSite } from '../../../test-site.ts';

let outDir = '';

async function build(rows: string[], extra: object = {}): ReturnType<typeof buildData> {
  const dataset = casesDataset({
    columns: { area: 'area', date: 'date', count: 'count' },
    maxRejectedShare: 0.9,
    ...extra,
  });
  const csv = ['date,area,count', ...rows].join('\n') + '\n';
  const { configPath, dir } = writeSite(
    { site: { title: 'Counts', council: 'Test' }, areaLayers: {}, datasets: [dataset] },
    { 'cases.csv': csv },
  );
  outDir = join(dir, 'out');
  return buildData({ configPath, dataDir: outDir });
}

const TOO_BIG = /^count is beyond ±2,147,483,647, the largest a day can hold$/;

describe('counts at the limits of what a day can hold', () => {
  it('accepts 2,147,483,647 and rejects 2,147,483,648 and 1e20 with a reason', async () => {
    const result = await build([
      '2024-01-01,A1,2147483647',
      '2024-01-02,A1,2147483648',
      '2024-01-03,A1,1e20',
      '2024-01-04,A1,-1',
    ]);
    const q = result.manifest.datasets[0]?.quality;
    expect(q).toMatchObject({ rowsIn: 4, accepted: 1, rejected: 3 });
    expect(q?.sampleRejections.map((r) => [r.line, r.value, r.reason])).toEqual([
      [3, '2147483648', expect.stringMatching(TOO_BIG)],
      [4, '1e20', expect.stringMatching(TOO_BIG)],
      [5, '-1', 'count is negative'],
    ]);
  });

  it("keeps the largest count as it is in the area's written series", async () => {
    const result = await build(['2024-01-01,A1,2147483647', '2024-01-02,A1,1']);
    expect(result.manifest.datasets[0]?.quality.accepted).toBe(2);
    const series = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /areas\/A1\.[0-9a-f]{10}\.json$/.test(f),
    );
    expect(series).toHaveLength(1);
    const a1 = JSON.parse(readFileSync(join(outDir, series[0] ?? ''), 'utf8')) as CasesSeries;
    expect(a1.counts).toEqual([2147483647, 1]);
  });

  it('with negative counts allowed, accepts -2,147,483,647 and rejects -2,147,483,648', async () => {
    const result = await build(['2024-01-01,A1,-2147483647', '2024-01-02,A1,-2147483648'], { rejectNegative: false });
    const q = result.manifest.datasets[0]?.quality;
    expect(q).toMatchObject({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(q?.sampleRejections[0]).toMatchObject({ line: 3, reason: expect.stringMatching(TOO_BIG) });
  });

  it('rejects a cumulative count whose rise from the previous one is beyond the limit', async () => {
    const result = await build(['2024-01-01,A1,-2000000000', '2024-01-02,A1,2000000000'], {
      rejectNegative: false,
      countType: 'cumulative',
    });
    const q = result.manifest.datasets[0]?.quality;
    expect(q).toMatchObject({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(q?.sampleRejections[0]?.reason).toBe(
      'count differs from the previous cumulative count by more than 2,147,483,647',
    );
  });
});
