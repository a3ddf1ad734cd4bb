/**
 * A real Scottish indicator: SEPA's carbon impact of household waste for the 32 council areas,
 * 2017-2019, as Data Commons Scotland republished it (tests/fixtures/real/sepa-household-co2e/).
 * The file names its areas (no codes, no layer), writes SEPA's footnote dagger into Orkney's name,
 * and in 2019 holds U+FFFD where the dagger was lost. Every figure is checked against a reading of
 * the raw file made here without the pipeline.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { IndicatorDatasetEntry } from '../../src/lib/manifest.ts';

const dir = 'tests/fixtures/real/sepa-household-co2e';
const text = readFileSync(join(dir, 'household-co2e-dataset.csv'), 'utf8');
const [, ...lines] = text.split('\r\n');
const raw = lines.map((l) => l.split(','));

interface Figures {
  periods: string[];
  benchmarks: { code: string; name: string; values: (number | null)[]; method: (string | null)[] }[];
  areas: { code: string; name: string; values: (number | null)[] }[];
}

describe('SEPA household waste carbon impact, Scotland’s council areas', () => {
  let result: BuildResult;
  let entry: IndicatorDatasetEntry;
  let figures: Figures;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-sepa-co2e-'));
    result = await buildData({ configPath: join(dir, 'sepa-household-co2e.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
    const file = entry.files[`indicators/${entry.series[0]?.slug ?? ''}`] ?? '';
    figures = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Figures;
  }, 120_000);

  it('accounts for all 96 rows, the one with U+FFFD in its name too: 32 council areas, 3 years', () => {
    expect(raw).toHaveLength(96);
    expect(text.match(/\uFFFD/g)).toHaveLength(1);
    expect(entry.quality).toMatchObject({ rowsIn: 96, accepted: 96, rejected: 0 });
    expect(figures.periods).toEqual(['2017', '2018', '2019']);
    expect(figures.areas).toHaveLength(32);
  });

  it('says the file holds U+FFFD on line 88, a character lost before it was written, rather than an invalid byte', () => {
    expect(lines[86]).toBe('Orkney Islands\uFFFD,2019,26999.11');
    expect(entry.quality.warningsCoded).toContainEqual({
      code: 'replacementCharacters',
      file: 'household-co2e-dataset.csv',
      line: 88,
    });
    expect(entry.quality.warningsCoded?.some((w) => w?.code === 'invalidBytes')).toBe(false);
  });

  it('reads Orkney’s three spellings as one area named without the footnote mark, and says so', () => {
    const orkney = figures.areas.filter((a) => a.name.startsWith('Orkney'));
    expect(orkney).toEqual([{ ...orkney[0], code: 'orkney-islands', name: 'Orkney Islands' }]);
    expect(orkney[0]?.values).toEqual([29072.83, 27127.63, 26999.11]);
    expect(entry.quality.warningsCoded).toContainEqual(
      expect.objectContaining({
        code: 'spellingsMerged',
        items: [
          { value: 'Orkney Islands\u2020', as: 'Orkney Islands', count: 2 },
          { value: 'Orkney Islands\uFFFD', as: 'Orkney Islands', count: 1 },
        ],
      }),
    );
  });

  it("gives every council's value as published, and the plain mean of the 32 as the benchmark", () => {
    for (const [i, period] of figures.periods.entries()) {
      const year = raw.filter((r) => r[1] === period);
      expect(year).toHaveLength(32);
      for (const [name = '', , value] of year) {
        const area = figures.areas.find((a) => a.name === name.replace(/[\u2020\uFFFD]$/u, ''));
        expect(area?.values[i], `${name} ${period}`).toBe(Number(value));
      }
      const mean = year.reduce((s, r) => s + Number(r[2]), 0) / 32;
      expect(figures.benchmarks[0]?.values[i], period).toBe(Math.round(mean));
      expect(figures.benchmarks[0]?.method[i]).toBe('mean');
    }
    // By hand: Glasgow City's 2019 figure, the largest, and the 2019 mean (5,664,989.51 / 32 = 177,030.92).
    expect(figures.areas.find((a) => a.name === 'Glasgow City')?.values[2]).toBe(744090.21);
    expect(figures.benchmarks[0]?.values[2]).toBe(177031);
  });
});
