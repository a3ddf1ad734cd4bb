/**
 * The bench's baseline: DuckDB reads the same CSV (`read_csv`, types and
 * dialect detected) and groups it by area and week, once, in this process;
 * prints one JSON line with the time, the rows read, the groups and this
 * process's peak RSS, for `run.ts` to collect.
 *
 *   tsx tests/bench/duckdb-child.ts <file.csv> <area column> <date column> <count column>
 */
import { DuckDBInstance } from '@duckdb/node-api';

const [file, area, date, count] = process.argv.slice(2);
if (!file || !area || !date || !count) {
  throw new Error('usage: duckdb-child.ts <file.csv> <area column> <date column> <count column>');
}
const literal = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string): string => `"${s.replaceAll('"', '""')}"`;

const started = performance.now();
const cpuBefore = process.cpuUsage();
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
// The same work the data step does per row, in SQL: every row read, grouped by area and
// week, with the week's count (sum) and last cumulative value (max) per group.
const reader = await connection.runAndReadAll(
  `SELECT ${ident(area)} AS area, date_trunc('week', CAST(${ident(date)} AS DATE)) AS week,
          count(*) AS rows, sum(${ident(count)}) AS total, max(${ident(count)}) AS last
   FROM read_csv(${literal(file)}, header = true)
   GROUP BY ALL`,
);
const seconds = (performance.now() - started) / 1000;
// CPU time of every thread (DuckDB's workers too), for comparing runs on a loaded machine.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const result = reader.getRows();
const groups = result.length;
// Rows read, from the groups' row counts (a second scan would count the file twice in the time).
const rows = result.reduce((sum, r) => sum + Number(r[2] ?? 0), 0);
const threads = Number((await connection.runAndReadAll(`SELECT current_setting('threads')`)).getRows()[0]?.[0] ?? 0);
connection.closeSync();
instance.closeSync();
console.log(
  JSON.stringify({ seconds, cpuSeconds, rows, groups, threads, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
