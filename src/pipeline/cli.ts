/**
 * `npm run data`: reads the config, builds every dataset's outputs and prints a
 * summary. Exits 1 when a dataset is over its rejection threshold or the config
 * is wrong, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { buildData } from './build-data.ts';
import { ConfigError } from './config/load-config.ts';
import { createProgressBar } from './cli/progress-bar.ts';
import { summaryTable } from './cli/summary-table.ts';
import { configPath, dataDir } from '../site/paths.mjs';

const USAGE = `Usage: npm run data -- [--only <dataset>]... [--force] [--config <file>] [--out <dir>]

  --only <id>     rebuild only this dataset (repeatable); others keep their last outputs
  --force         ignore the cache: recompute every dataset, rewrite every file
  --config <file> config file (default: $ATLAS_CONFIG or data/atlas.config.ts)
  --out <dir>     output folder (default: $ATLAS_DATA_DIR or .atlas/data)
  --quiet         no progress bars`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        only: { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
        config: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const bars = new Map<string, ReturnType<typeof createProgressBar>>();
  try {
    const result = await buildData({
      configPath: args.config ?? configPath,
      dataDir: args.out ?? dataDir,
      ...(args.only ? { only: args.only } : {}),
      force: args.force,
      log: {
        info: (m) => console.log(m),
        warn: (m) => console.warn(`warning: ${m}`),
      },
      ...(args.quiet
        ? {}
        : {
            progress: (dataset, totalBytes) => {
              // A wide file is counted cell by cell (one per period column, or per area column).
              const cells =
                (dataset.kind === 'indicator' && dataset.columns.periods !== undefined) ||
                (dataset.kind === 'cases' && dataset.columns.areas !== undefined);
              const bar = createProgressBar(
                dataset.id.padEnd(18),
                totalBytes,
                process.stderr,
                cells ? 'cells' : 'rows',
              );
              bars.set(dataset.id, bar);
              return bar;
            },
          }),
    });
    for (const bar of bars.values()) bar.done();
    for (const d of result.datasets) {
      for (const w of d.cached ? [] : d.entry.quality.warnings) console.warn(`warning: ${d.id}: ${w}`);
    }
    console.log(`\n${summaryTable(result.datasets, result.failed)}\n`);
    const out = relative(process.cwd(), args.out ?? dataDir) || '.';
    console.log(`Wrote ${out}/manifest.json in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    if (result.failed.length > 0) {
      for (const f of result.failed) console.error(`error: ${f.message}`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    console.error(`error: ${(error as Error).message}`);
    if (process.env['ATLAS_DEBUG']) console.error(error);
    return 1;
  }
}

process.exitCode = await main();
