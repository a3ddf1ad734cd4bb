// A file of running totals configured as daily counts (countType left at "daily") builds, but
// every figure is the totals summed: the dataset warns, coded, when (nearly) every series of two
// weeks or more never falls and ends higher than it starts. Real daily counts fall on some day.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../../../../src/lib/manifest.ts';
import { casesDataset, writeSite } from '../../../test-site.ts';

const DAYS = Array.from({ length: 20 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}`);

async function build(count: (area: number, day: number) => number, countType = 'daily', days = DAYS) {
  const rows = days.flatMap((d, day) => [0, 1, 2, 3].map((a) => `${d},A${a},${count(a, day)}`));
  const dataset = casesDataset({ countType, columns: { area: 'code', date: 'date', count: 'count' } });
  const { configPath, dir } = writeSite(
    { site: { title: 'Totals', council: 'Test' }, datasets: [dataset] },
    { 'cases.csv': ['date,code,count', ...rows].join('\n') + '\n' },
  );
  const result = await buildData({ configPath, dataDir: join(dir, 'out') });
  return (result.manifest.datasets[0] as CasesDatasetEntry).quality;
}

const codes = (q: CasesDatasetEntry['quality']) => (q.warningsCoded ?? []).map((w) => w?.code);

describe('cases: running totals read as daily counts', () => {
  it('warns when every series of 20 days rises and never falls, as running totals do', async () => {
    const quality = await build((a, day) => (a + 1) * 10 + day * (a + 2));
    expect(quality).toMatchObject({ rowsIn: 80, accepted: 80, rejected: 0 });
    expect(quality.warningsCoded).toContainEqual({ code: 'looksCumulative', series: 4, of: 4, days: 14 });
  });

  it('does not warn for daily counts that fall on some days, or that never change', async () => {
    expect(codes(await build((a, day) => a + day + (day % 2 === 0 ? 5 : 2)))).not.toContain('looksCumulative');
    expect(codes(await build(() => 3))).not.toContain('looksCumulative');
  });

  it('does not warn for a series shorter than two weeks, nor for a file declared cumulative', async () => {
    expect(codes(await build((a, day) => a + day, 'daily', DAYS.slice(0, 10)))).not.toContain('looksCumulative');
    expect(codes(await build((a, day) => a + day, 'cumulative'))).not.toContain('looksCumulative');
  });
});
