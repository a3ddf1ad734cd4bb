/**
 * A real Eurostat table: life expectancy at birth by country (tests/fixtures/real/
 * eurostat-life-expectancy/), in Eurostat's TSV layout: the row's dimensions packed into one
 * column (`unit,sex,age,geo\time` holding `YR,T,Y_LT1,DE`), a column per year headed `2021 `,
 * `:` for a figure not available and flags after values (`80.4 ep`). Every value is checked
 * against the file read by hand; the EU27_2020 row is the benchmark, not an area.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { IndicatorFile } from '../../src/lib/indicator-files.ts';
import type { IndicatorDatasetEntry } from '../../src/lib/manifest.ts';
import { tempDirs } from '../unit/temp-dirs.ts';

const dir = 'tests/fixtures/real/eurostat-life-expectancy';
const tempDir = tempDirs();

/** The file read by hand: geo code → year → value (null for `:`), flags dropped. */
function readRaw(): Map<string, Map<string, number | null>> {
  const [head = '', ...lines] = readFileSync(join(dir, 'demo_mlexpec-t-y_lt1.tsv'), 'utf8').trim().split('\n');
  const years = head
    .split('\t')
    .slice(1)
    .map((y) => y.trim());
  const out = new Map<string, Map<string, number | null>>();
  for (const line of lines) {
    const [key = '', ...cells] = line.split('\t');
    const geo = key.split(',')[3] ?? '';
    const values = new Map<string, number | null>();
    cells.forEach((c, i) => {
      const bare = c.trim().replace(/ [a-z]+$/, '');
      values.set(years[i] ?? '', bare === ':' ? null : Number(bare));
    });
    out.set(geo, values);
  }
  return out;
}

describe('Eurostat life expectancy at birth: a packed key column, flagged values and ":"', () => {
  const raw = readRaw();
  let entry: IndicatorDatasetEntry;
  let figures: IndicatorFile;

  beforeAll(async () => {
    const dataDir = tempDir('atlas-eurostat-');
    const result = await buildData({ configPath: join(dir, 'eurostat-life-expectancy.config.ts'), dataDir });
    entry = result.manifest.datasets[0] as IndicatorDatasetEntry;
    const path = entry.files[`indicators/${entry.series[0]?.slug ?? ''}`] ?? '';
    figures = JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as IndicatorFile;
  }, 120_000);

  it('accounts for every cell of the 22 years kept: 18 rows, DE_TOT left out, 6 figures not available', () => {
    expect(raw.size).toBe(18);
    expect(entry.quality).toMatchObject({ unit: 'cells', rowsIn: 396, accepted: 368, rejected: 6, leftOut: 22 });
    expect(entry.quality.rejectedByReason).toEqual([expect.objectContaining({ reason: 'value is missing', count: 6 })]);
    expect(entry.periods).toEqual(Array.from({ length: 22 }, (_, i) => String(2000 + i)));
  });

  it('gives every country the values of the file, flags dropped, and EU27_2020 as the benchmark', () => {
    const countries = [...raw.keys()].filter((g) => g !== 'DE_TOT' && g !== 'EU27_2020');
    expect(figures.areas.map((a) => a.code)).toEqual(countries);
    let checked = 0;
    for (const area of figures.areas) {
      entry.periods.forEach((period, i) => {
        expect(area.values[i], `${area.code} ${period}`).toBe(raw.get(area.code)?.get(period));
        checked++;
      });
    }
    expect(checked).toBe(16 * 22);
    const eu = figures.benchmarks.find((b) => b.code === 'EU27_2020');
    expect(eu?.name).toBe('European Union (27 countries, from 2020)');
    expect(eu?.values.slice(-3)).toEqual([81.3, 80.4, 80.1]); // "81.3 bep", "80.4 ep", "80.1 e"
    expect(eu?.method.slice(-3)).toEqual(['file', 'file', 'file']);
  });

  it('ranks 2021 as read by hand: Switzerland first (84.0), Bulgaria last (71.4); Spain fell 1.6 years in 2020', () => {
    const last = entry.periods.length - 1;
    const at = (code: string) => figures.areas.find((a) => a.code === code);
    expect(at('CH')?.name).toBe('Switzerland');
    expect(at('EL')?.name).toBe('Greece');
    expect(at('CH')?.rank[last]).toBe(1);
    expect(at('CH')?.values[last]).toBe(84);
    expect(at('BG')?.rank[last]).toBe(14);
    expect(at('BG')?.values[last]).toBe(71.4);
    // The UK has no figures after 2018, Ireland none for 2021: unranked, not zero.
    expect(at('UK')?.values[last]).toBeNull();
    expect(at('IE')?.rank[last]).toBeNull();
    const es = at('ES')?.values ?? [];
    expect(Math.round(((es[last - 1] as number) - (es[last - 2] as number)) * 10) / 10).toBe(-1.6);
  });
});
