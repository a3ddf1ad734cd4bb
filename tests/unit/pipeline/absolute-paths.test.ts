// File names reach the public pages (the data quality section, the rejected-rows CSV, warnings, the
// manifest, the asset pages' source rows): a config that names its files by absolute paths must not
// publish the folders of the machine that built the site. Each fixture is copied into a folder of
// its own and its config rewritten with absolute paths, and nothing the data step writes for the
// site (all but its own cache) may hold that folder's path. The manifest names the files as they
// would be named relative to the config.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/build-data.ts';
import { dirFiles } from '../dir-files.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs();

/** Every `file` and file-item `path` of a config, made absolute within `dir`. */
function absolute(value: unknown, dir: string, key: string | null = null): unknown {
  if ((key === 'file' || key === 'path') && typeof value === 'string') return join(dir, value);
  if (Array.isArray(value)) return value.map((v) => absolute(v, dir, key === 'file' ? 'file' : null));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      absolute(v, dir, k === 'file' || (key === 'file' && k === 'path') ? k : null),
    ]),
  );
}

async function absoluteCopy(fixture: string): Promise<{ configPath: string; dataDir: string; prefix: string }> {
  const root = tempDir('atlas-abs-');
  const dir = join(root, 'home', 'someone', 'council', 'data');
  mkdirSync(dir, { recursive: true });
  cpSync(dirname(resolve(fixture)), dir, { recursive: true });
  const config = ((await import(pathToFileURL(resolve(fixture)).href)) as { default: unknown }).default;
  const configPath = join(dir, 'absolute.config.json');
  writeFileSync(configPath, JSON.stringify(absolute(config, dir)));
  return { configPath, dataDir: join(root, 'out'), prefix: join(root, 'home') };
}

describe('a config with absolute file paths', () => {
  it.each(['tests/fixtures/build/tiny/tiny.config.ts', 'tests/fixtures/build/warnings/warnings.config.ts'])(
    '%s: no file the site publishes holds the path of the build machine',
    async (fixture) => {
      const { configPath, dataDir, prefix } = await absoluteCopy(fixture);
      const result = await buildData({ configPath, dataDir });
      const published = Object.entries(dirFiles(dataDir)).filter(([name]) => !name.startsWith('.cache'));
      expect(published.length).toBeGreaterThan(3);
      const leaks = published.filter(([, text]) => text.includes(prefix) || text.includes('/home/someone'));
      expect(leaks.map(([name]) => name)).toEqual([]);
      expect(result.warnings.filter((w) => w.includes(prefix))).toEqual([]);
    },
  );

  it('names the files relative to the config, as a relative config would', async () => {
    const { configPath, dataDir } = await absoluteCopy('tests/fixtures/build/tiny/tiny.config.ts');
    const result = await buildData({ configPath, dataDir });
    const rejections = result.manifest.datasets[0]?.quality.sampleRejections ?? [];
    expect(rejections.length).toBeGreaterThan(0);
    for (const r of rejections) expect(r.file).toBe('cases.csv');
  });
});
