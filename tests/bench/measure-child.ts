/**
 * Runs the data step once in this process and prints one JSON line with the
 * time (wall clock and CPU), rows and this process's peak RSS, for the bench to collect. Every
 * dataset is recomputed unless `--cached` is given (then unchanged datasets
 * reuse their previous outputs, as `npm run data` does).
 *
 *   tsx tests/bench/measure-child.ts <config> <dataDir> [--cached]
 */
import { statSync } from 'node:fs';
import { buildData } from '../../src/pipeline/build-data.ts';
import { datasetFiles, loadConfig } from '../../src/pipeline/config/load-config.ts';
import { resolve } from 'node:path';

const [configPath, dataDir, flag] = process.argv.slice(2);
if (!configPath || !dataDir) throw new Error('usage: measure-child.ts <config> <dataDir> [--cached]');
const { config, baseDir } = await loadConfig(configPath);
const bytes = config.datasets.flatMap(datasetFiles).reduce((s, f) => s + statSync(resolve(baseDir, f)).size, 0);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await buildData({ configPath, dataDir, force: flag !== '--cached' });
const seconds = (performance.now() - started) / 1000;
// CPU time of every thread of this process (the write worker too): steadier than the wall clock on a loaded machine.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Apart: kernel time (creating the 3,000-odd output files) moves with other I/O on a shared disk far more than user time.
const userSeconds = cpu.user / 1e6;
const systemSeconds = cpu.system / 1e6;
if (result.failed.length > 0) throw new Error(result.failed.map((f) => f.message).join('\n'));
const rows = result.datasets.reduce((s, d) => s + d.entry.quality.rowsIn, 0);
const accepted = result.datasets.reduce((s, d) => s + d.entry.quality.accepted, 0);
const datasets = result.datasets.length;
const cached = result.datasets.filter((d) => d.cached).length;
// maxRSS is in kilobytes.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    rows,
    accepted,
    bytes,
    seconds,
    cpuSeconds,
    userSeconds,
    systemSeconds,
    peakRssMb,
    datasets,
    cached,
  }),
);
