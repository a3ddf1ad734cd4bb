/**
 * Builds a real fixture's config (one cases dataset) into a temporary data folder, for the tests
 * that check its figures against the raw file by hand.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData, type BuildResult } from '../../src/pipeline/build-data.ts';
import type { CasesDatasetEntry } from '../../src/lib/manifest.ts';
import type { CasesSummary } from '../../src/lib/cases-files.ts';

export interface CasesFixtureBuild {
  result: BuildResult;
  /** The first dataset's first metric's summary. */
  summary: CasesSummary;
  /** An output file of the build, parsed. */
  read: <T>(path: string) => T;
}

/** Runs the data step on `configPath` into a new folder named from `prefix`. */
export async function buildCasesFixture(configPath: string, prefix: string): Promise<CasesFixtureBuild> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const result = await buildData({ configPath, dataDir });
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
  const entry = result.manifest.datasets[0] as CasesDatasetEntry;
  const summary = read<CasesSummary>(entry.files[entry.metrics[0]?.summaryFile ?? ''] ?? '');
  return { result, summary, read };
}
