/**
 * A real Dutch indicator: RIVM's two-weekly COVID-19 notifications per gemeente for two fortnights
 * of 2020 (tests/fixtures/real/rivm-gemeenten-2020/), configured from the docs: `;` and decimal
 * commas, one period per file given with `values`, and gemeenten named rather than coded. The
 * earlier file names them only, two of them double-encoded ("SÃºdwest-FryslÃ¢n"), so the files
 * join by name; the later file's codes are not used (in its S block they are one row out).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { IndicatorDatasetEntry } from '../../src/lib/manifest.ts';

const dir = 'tests/fixtures/real/rivm-gemeenten-2020';

interface Figures {
  periods: string[];
  benchmarks: { code: string; values: (number | null)[]; method: string[]; areas: number[] }[];
  areas: { code: string; name: string; values: (number | null)[]; rank: (number | null)[] }[];
}

describe('RIVM COVID-19 notifications per gemeente, two fortnights joined by name', () => {
  let result: BuildResult;
  let entry: IndicatorDatasetEntry;
  let figures: Figures;
  const area = (name: string) => figures.areas.find((a) => a.name === name);

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-rivm-gemeenten-'));
    result = await buildData({ configPath: join(dir, 'rivm-gemeenten.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
    const file = entry.files[`indicators/${entry.series[0]?.slug ?? ''}`] ?? '';
    figures = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Figures;
  }, 120_000);

  it('accounts for all 24 rows (12 per file) as 12 gemeenten in 2 periods', () => {
    const rows = ['nld_gemeente_7_2005_0206_2020.csv', 'W30_31_D2207_0408-J2020.csv'].map(
      (f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').length - 1,
    );
    expect(rows).toEqual([12, 12]);
    expect(entry.quality).toMatchObject({ rowsIn: 24, accepted: 24, rejected: 0 });
    expect(figures.periods).toEqual(['2020-W21-22', '2020-W30-31']);
    expect(figures.areas).toHaveLength(12);
  });

  it('keeps names with spaces, brackets and apostrophes as areas of their own, each with a code made from it', () => {
    expect(area("'s-Gravenhage (gemeente)")).toMatchObject({ code: 's-gravenhage-gemeente', values: [30.2, 49.5] });
    expect(area("'s-Hertogenbosch")).toMatchObject({ code: 's-hertogenbosch', values: [9.7, 11.6] });
    // Two gemeenten that differ only in the bracket stay two.
    expect(area('Bergen (L.)')).toMatchObject({ code: 'bergen-l', values: [0, 0] });
    expect(area('Bergen (NH.)')).toMatchObject({ code: 'bergen-nh', values: [40.2, 30.2] });
    expect(area('Amsterdam')).toMatchObject({ code: 'Amsterdam', values: [10.8, 64.5] });
  });

  it('reads the double-encoded names of the earlier file as the gemeenten of the later one, and says so', () => {
    expect(area('Súdwest-Fryslân')).toMatchObject({ code: 'Súdwest-Fryslân', values: [2.2, 0] });
    expect(area('Noardeast-Fryslân')).toMatchObject({ code: 'Noardeast-Fryslân', values: [2.2, 4.4] });
    expect(figures.areas.some((a) => a.name.includes('Ã'))).toBe(false);
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'spellingsMerged',
      spellings: 2,
      items: [
        { value: 'Noardeast-FryslÃ¢n', as: 'Noardeast-Fryslân', count: 1 },
        { value: 'SÃºdwest-FryslÃ¢n', as: 'Súdwest-Fryslân', count: 1 },
      ],
      more: 0,
    });
  });

  it('shows the figures read by hand: Rotterdam 122,2 per 100.000 in weeks 30-31, first of 12, against a mean of 28,1', () => {
    const rotterdam = area('Rotterdam');
    expect(rotterdam?.values).toEqual([18.4, 122.2]);
    expect(rotterdam?.rank).toEqual([6, 1]);
    expect(area('Schouwen-Duiveland')?.rank[0]).toBe(1);
    // Plain means of the 12 published values: 230,6 / 12 and 336,8 / 12.
    expect(figures.benchmarks[0]).toMatchObject({ values: [19.2, 28.1], method: ['mean', 'mean'], areas: [12, 12] });
  });
});
