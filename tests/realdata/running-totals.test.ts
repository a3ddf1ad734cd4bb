/**
 * The NYT's cumulative county file configured as daily counts (countType left out): the build
 * cannot know, but it warns, coded, that Nebraska's county series are running totals.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';

const file = resolve(
  import.meta.dirname,
  '../../../shared/data/disease/us_counties_covid19_nyt_live_daily_2020-05-14_2021-06-19.csv',
);
const present = existsSync(file);
if (!present) console.warn(`skipping the running-totals real-data test: ${file} not found`);

describe.skipIf(!present)('NYT cumulative counts configured as daily', () => {
  it('warns that all 93 Nebraska county series look like running totals', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-nyt-daily-'));
    const result = await buildData({ configPath: 'tests/realdata/configs/us-nyt-nebraska-daily.config.ts', dataDir });
    const entry = result.manifest.datasets[0] as CasesDatasetEntry;
    expect(entry.quality.warningsCoded).toContainEqual({ code: 'looksCumulative', series: 93, of: 93, days: 14 });
  }, 120_000);
});
