import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The parts of a test dataset that tests spread into variants. */
export interface TestCasesDataset {
  columns: Record<string, string>;
  source: Record<string, string>;
  [key: string]: unknown;
}

/**
 * A cases dataset as the unit tests configure one: `cases.csv` with columns date, code and n,
 * joined by code, with a source. `extra` replaces any of it (columns as a whole).
 */
export function casesDataset(extra: object = {}): TestCasesDataset {
  return {
    id: 'cases',
    kind: 'cases',
    title: 'Cases',
    file: 'cases.csv',
    columns: { area: 'code', date: 'date', count: 'n' },
    join: { by: 'code' },
    source: { publisher: 'Test', licence: 'CC0' },
    ...extra,
  };
}

/** What a test site's config holds; `site` defaults to a title and council. */
export interface TestSiteConfig {
  site?: object;
  areaLayers?: object;
  datasets: unknown[];
  [key: string]: unknown;
}

/**
 * Writes `files` (name to text) and `atlas.config.json` into `dir` (a new temporary folder when
 * not given) and returns the config's path and the folder.
 */
export function writeSite(
  config: TestSiteConfig,
  files: Record<string, string>,
  dir: string = mkdtempSync(join(tmpdir(), 'atlas-site-')),
): { configPath: string; dir: string } {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const configPath = join(dir, 'atlas.config.json');
  writeFileSync(configPath, JSON.stringify({ ...config, site: config.site ?? { title: 'Test', council: 'Test' } }));
  return { configPath, dir };
}
