/**
 * Tiled boundaries in Chromium, on the generated ~35,000 small areas (tests/bench/generate-national.ts;
 * opt-in with ATLAS_E2E_NATIONAL=1 like the 3,000-area site, since its data step takes minutes on
 * 2 cores): a MapLibre map fed by the site's tile source fetches, at every zoom, only the overview
 * or the tiles and index parts for its view, never the file of every area, and no view downloads
 * more than 50 KB brotli. ATLAS_E2E_REUSE=1 reuses the data folder of an earlier run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness/build-site.ts';
import { generateSmallAreas } from '../bench/generate-national.ts';
import { measureTileViews, type TileViewFigures } from '../bench/tile-views.ts';
import type { Manifest } from '../../src/lib/manifest.ts';

const national = process.env.ATLAS_E2E_NATIONAL === '1';
if (!national) console.log('boundary tiles: the generated 35,000 small areas are skipped (set ATLAS_E2E_NATIONAL=1).');

describe.skipIf(!national)('tiled boundaries of 35,000 small areas in Chromium', async () => {
  const inputs = join(repoRoot, '.atlas/bench/national');
  const dataDir = join(repoRoot, '.atlas/e2e/small-areas-data');
  let views: TileViewFigures[] = [];
  let manifest: Manifest | null = null;
  if (national) {
    if (!existsSync(join(inputs, 'small-areas.geojson'))) await generateSmallAreas(inputs);
    if (process.env.ATLAS_E2E_REUSE !== '1' || !existsSync(join(dataDir, 'manifest.json'))) {
      rmSync(dataDir, { recursive: true, force: true });
      const run = spawnSync('npm', ['run', 'data'], {
        cwd: repoRoot,
        env: { ...process.env, ATLAS_CONFIG: 'tests/bench/configs/small-areas.config.ts', ATLAS_DATA_DIR: dataDir },
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      if (run.status !== 0) throw new Error(`the small-areas data step failed:\n${run.stderr.slice(-3000)}`);
    }
    manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
    views = await measureTileViews(dataDir);
  }

  it('fetches only the overview or tile files for every view, never the file of every area', () => {
    const files = manifest?.layers[0]?.files;
    expect(files?.boundaryTiles?.map((l) => l.zoom)).toEqual([9, 11]);
    expect(views.length).toBe(6);
    for (const v of views) {
      expect(v.files).not.toContain(files?.boundaries);
      for (const f of v.files) expect(f === files?.boundaryOverview || f.startsWith('layers/small/tiles/')).toBe(true);
      expect(v.features).toBeGreaterThan(0);
    }
  });

  it('draws the overview below zoom 9 and the tiles of the highest level at or below the view zoom', () => {
    expect(views.map((v) => [v.zoom, v.level])).toEqual([
      [6, null],
      [8, null],
      [9, 9],
      [10, 9],
      [11, 11],
      [13, 11],
    ]);
    // A tile view fetches its level's index, one part of it or a few, and its tiles: never the whole level.
    for (const v of views.filter((x) => x.level !== null)) {
      expect(v.files.length).toBeGreaterThan(2);
      expect(v.files.length).toBeLessThanOrEqual(1 + 4 + 12);
    }
  });

  it('keeps every view at or under 50 KB brotli', () => {
    for (const v of views) expect(v.brotliKb, `view at zoom ${v.zoom}`).toBeLessThanOrEqual(50);
  });
});
