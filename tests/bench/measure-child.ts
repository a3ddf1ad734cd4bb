/**
 * Runs the data step once in this process and prints one JSON line with the
 * time, rows and this process's peak RSS, for `run.ts` to collect.
 */
import { statSync } from 'node:fs';
import { buildData } from '../../src/pipeline/build-data.ts';
import { datasetFiles, loadConfig } from '../../src/pipeline/config/load-config.ts';
import { resolve } from 'node:path';

const [configPath, dataDir] = process.argv.slice(2);
if (!configPath || !dataDir) throw new Error('usage: measure-child.ts <config> <dataDir>');
const { config, baseDir } = await loadConfig(configPath);
const bytes = config.datasets.flatMap(datasetFiles).reduce((s, f) => s + statSync(resolve(baseDir, f)).size, 0);
const started = performance.now();
const result = await buildData({ configPath, dataDir, force: true });
const seconds = (performance.now() - started) / 1000;
const rows = result.datasets.reduce((s, d) => s + d.entry.quality.rowsIn, 0);
const accepted = result.datasets.reduce((s, d) => s + d.entry.quality.accepted, 0);
// maxRSS is in kilobytes.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ rows, accepted, bytes, seconds, peakRssMb }));
