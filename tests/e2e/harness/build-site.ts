/**
 * Builds a site for end-to-end tests (`npm run data`, then the Astro build) into
 * `.atlas/e2e/<name>/`, once per test run: a lock file makes concurrent callers
 * wait for one build, a marker file lets later callers reuse (or re-throw) it.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oncePerRun } from '../../support/once-per-run.ts';

/** The repository root (this file is tests/e2e/harness/build-site.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where e2e builds go; one folder per site name. */
export const e2eRoot = join(repoRoot, '.atlas/e2e');

/** Options for `buildSite`. */
export interface BuildOptions {
  /** Config file, relative to the repository root or absolute. */
  config: string;
  /** Folder name under .atlas/e2e/; also the reuse key with `config`. */
  name: string;
  /** Identifies the test run; a build from another run is rebuilt. Default: env ATLAS_E2E_RUN_ID, else this process. */
  runId?: string;
  /** How long to wait for another process's build, in ms. Default 20 minutes. */
  waitMs?: number;
  /**
   * A data folder already built from `config` in this run (tests/realdata/shared-build.ts): the data
   * step is skipped and the site is built from that folder.
   */
  dataDir?: string;
  /** Runs before the build, only when this run builds (e.g. to write `dataDir` from another build's data). */
  prepare?: () => void | Promise<void>;
}

/** Where a built site is; `basePath` comes from the manifest the data step wrote. */
export interface BuiltSite {
  siteDir: string;
  dataDir: string;
  basePath: string;
}

const VITEST_ENV = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'FORCE_COLOR']);
// Each step may take long on a 2-core machine, but a hung step must not hang CI.
const STEP_TIMEOUT_MS = 15 * 60_000;

/**
 * Builds the site for `config` into `.atlas/e2e/<name>/{data,site}` unless this
 * test run already did; throws with the last 40 log lines if a step fails.
 * Set ATLAS_E2E_REUSE=1 to reuse a good build from an earlier run (fast reruns).
 */
export async function buildSite(opts: BuildOptions): Promise<BuiltSite> {
  const dir = join(e2eRoot, opts.name);
  return oncePerRun<BuiltSite>({
    // One build at a time across all names: two Astro builds share .astro/ and 2 cores.
    lockFile: join(e2eRoot, '.build.lock'),
    markerFile: join(dir, 'built.json'),
    runId: opts.runId ?? process.env.ATLAS_E2E_RUN_ID ?? `pid-${process.pid}`,
    key: resolve(repoRoot, opts.config),
    label: `buildSite(${opts.name})`,
    waitMs: opts.waitMs ?? 20 * 60_000,
    pollMs: 500,
    reuseOther: (site) => process.env.ATLAS_E2E_REUSE === '1' && existsSync(site.siteDir),
    build: async () => {
      await opts.prepare?.();
      return runBuild(resolve(repoRoot, opts.config), dir, opts.dataDir);
    },
  });
}

async function runBuild(config: string, dir: string, built?: string): Promise<BuiltSite> {
  const dataDir = built ?? join(dir, 'data');
  const siteDir = join(dir, 'site');
  const logFile = join(dir, 'build.log');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ATLAS_CONFIG: config,
    ATLAS_DATA_DIR: dataDir,
    ATLAS_SITE_DIR: siteDir,
  };
  // Vitest copies its import.meta.env into process.env (BASE_URL=/, MODE=test, ...);
  // Astro would take BASE_URL from there over the config's base, so the build must not see them.
  for (const key of Object.keys(env)) if (VITEST_ENV.has(key) || key.startsWith('VITEST')) delete env[key];
  env.ASTRO_TELEMETRY_DISABLED = '1';
  env.NO_COLOR = '1';

  if (built === undefined) await runStep('npm', ['run', 'data'], env, logFile);
  await runStep(process.execPath, ['src/tools/astro.mjs', 'build'], env, logFile);

  const manifestFile = join(dataDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`buildSite: the data step wrote no ${manifestFile} (log: ${logFile})`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { site?: { basePath?: string } };
  const basePath = manifest.site?.basePath;
  if (typeof basePath !== 'string') throw new Error(`buildSite: ${manifestFile} has no site.basePath`);
  if (!existsSync(siteDir)) throw new Error(`buildSite: the Astro build wrote no ${siteDir} (log: ${logFile})`);
  return { siteDir, dataDir, basePath };
}

/** Runs one command with its output appended to `logFile`; rejects with the log's last 40 lines. */
async function runStep(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const shown = `${command === process.execPath ? 'node' : command} ${args.join(' ')}`;
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`$ ${shown}\n`);
  const started = Date.now();
  const outcome = await new Promise<{ code: number | null; signal: string | null; error?: Error }>((done) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    // SIGTERM, not SIGKILL: npm passes it on to the script it runs.
    const timer = setTimeout(() => child.kill('SIGTERM'), STEP_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: null, signal: null, error });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal });
    });
  });
  log.write(
    `# ${shown}: exit ${outcome.code ?? outcome.signal ?? outcome.error?.message} after ${Date.now() - started} ms\n`,
  );
  await new Promise<void>((done) => log.end(done));
  if (outcome.code === 0) return;
  const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
  throw new Error(
    `\`${shown}\` failed (${outcome.error?.message ?? `exit ${outcome.code ?? outcome.signal}`}); last 40 lines of ${logFile}:\n${tail}`,
  );
}
