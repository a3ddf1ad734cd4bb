// A data step killed while it writes must never leave a file that a later run keeps:
// the rerun (forced or not) gives exactly the files of a clean build.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../src/pipeline/build-data.ts';

// The demo config: ~2.8 MB of notifications and ~700 output files, so the write phase lasts long enough to hit.
const config = 'data/atlas.config.ts';
const fresh = (): string => mkdtempSync(join(tmpdir(), 'atlas-kill-'));

function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

// Fixed-seed generator (mulberry32), so the kill points are the same on every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Files under `dir` written at or after `since` (ms), counted by modification time. */
function writtenSince(dir: string, since: number): number {
  let n = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      try {
        const s = statSync(p);
        if (s.isDirectory()) walk(p);
        else if (s.mtimeMs >= since) n++;
      } catch {
        // A temporary file renamed between readdir and stat: it is counted under its final name.
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
}

/**
 * Starts the CLI in one Node process (no wrapper that would outlive a SIGKILL) with --force, so it
 * rewrites every file even when the cache says nothing changed, and kills it once it has written
 * `files` outputs. Killing at a file count rather than after a delay keeps the cut inside the write
 * phase however fast the machine or the cache makes the steps before it.
 */
async function killDuringWrites(out: string, files: number): Promise<boolean> {
  // One millisecond back, because a modification time may be rounded down to the millisecond.
  const since = Date.now() - 1;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/pipeline/cli.ts', '--quiet', '--force', '--config', config, '--out', out],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  let running = true;
  void exited.then(() => (running = false));
  while (running && writtenSince(out, since) < files) await sleep(5);
  const killed = running && child.kill('SIGKILL');
  await exited;
  return killed;
}

describe('files a killed or interrupted run leaves behind', () => {
  const tiny = 'tests/fixtures/build/tiny/tiny.config.ts';
  // What a kill can leave: an output cut short under its final name, with or without the cache record
  // that names it (written after the outputs), and a temporary file that was never renamed.
  it.each([
    ['no cache record, not forced', true, false],
    ['cache record kept, not forced', false, false],
    ['cache record kept, forced', false, true],
  ])('rewrites an output cut short to 0 bytes (%s)', async (_name, dropRecord, force) => {
    const clean = fresh();
    await buildData({ configPath: tiny, dataDir: clean });
    const expected = snapshot(clean);
    const out = fresh();
    await buildData({ configPath: tiny, dataDir: out });
    const victim = [...expected.keys()].find((f) => f.startsWith('cases/') && f.endsWith('.json'));
    expect(victim).toBeDefined();
    writeFileSync(join(out, victim ?? ''), '');
    writeFileSync(join(out, `${victim ?? ''}.tmp`), '{"half":');
    if (dropRecord) rmSync(join(out, '.cache', 'cases.json'));
    await buildData({ configPath: tiny, dataDir: out, force });
    const actual = snapshot(out);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
  });
});

describe('a data step killed while writing', () => {
  it('leaves nothing a rerun keeps: after each kill the rerun matches a clean build byte for byte', async () => {
    const clean = fresh();
    await buildData({ configPath: config, dataDir: clean });
    const expected = snapshot(clean);
    expect(expected.size).toBeGreaterThan(100);

    const next = random(8);
    const out = fresh();
    let kills = 0;
    for (let round = 0; round < 4; round++) {
      if (await killDuringWrites(out, 1 + Math.floor(next() * expected.size * 0.8))) kills++;
      await buildData({ configPath: config, dataDir: out, force: round % 2 === 1 });
      const actual = snapshot(out);
      expect([...actual.keys()]).toEqual([...expected.keys()]);
      for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
    }
    // The test means nothing unless the runs were really cut short.
    expect(kills).toBeGreaterThanOrEqual(3);
  });
});
