/**
 * `npm run bench`: figures, not pass/fail (targets in the README, "Benchmark").
 *
 * - Data step: ours vs DuckDB's read_csv + GROUP BY area and week on the NYT counties file and on
 *   generated 1M- and 5M-row files, each run in a fresh Node process (ours capped at
 *   --max-old-space-size=256), median of `--runs` (default 3), with the ratio and peak RSS.
 * - Rebuild: cold vs warm data step and `npm run build` for the demo and the UK configurations
 *   (`--no-site-build` leaves out the full builds).
 *
 * - National scale (national-scale.ts): 3,000 areas, 100,000 assets, 35,000 small areas
 *   (`--no-national` leaves it out, `--skip-site` keeps only its data steps).
 *
 * `--json` ends with one JSON line of all figures.
 */
import { parseArgs } from 'node:util';
import { discardColdFolders } from './cold-folders.ts';
import { benchDataStep } from './data-step.ts';
import { benchRebuild } from './rebuild.ts';
import { benchNational } from './national-scale.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'no-site-build': { type: 'boolean', default: false },
    'no-national': { type: 'boolean', default: false },
    'skip-site': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs ${args.runs}: give a whole number of runs, at least 1`);

const results: Record<string, unknown> = {};
try {
  results['dataStep'] = await benchDataStep(runs);
  results['rebuild'] = benchRebuild(runs, !args['no-site-build']);
  if (!args['no-national']) results['national'] = await benchNational(args['skip-site']);
} finally {
  // Once, at the end: deleting a run's output just before the next run would bill its kernel time to the next (cold-folders.ts).
  discardColdFolders();
}
if (args.json) console.log(JSON.stringify(results));
