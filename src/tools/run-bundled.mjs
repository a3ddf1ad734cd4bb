#!/usr/bin/env node
// Runs a TypeScript entry point of the Node build step (`npm run data` runs src/pipeline/cli.ts)
// as one JavaScript bundle under plain `node`, instead of through the TypeScript loader (tsx),
// whose hooks thread and compile-on-import cost about 35 MB of peak RSS and most of a second of
// start-up. The bundle is built with esbuild on first use and kept in .atlas/bundle/ under a hash
// of the files it was built from, so a change to any of them builds a new one; errors point at the
// TypeScript sources through the bundle's source map.
//
//   node src/tools/run-bundled.mjs <entry.ts> [args…]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ownLocations } from './own-locations-plugin.mjs';

const root = resolve(import.meta.dirname, '../..');
const [entryArg, ...rest] = process.argv.slice(2);
if (entryArg === undefined) {
  console.error('usage: node src/tools/run-bundled.mjs <entry.ts> [args…]');
  process.exit(2);
}
const entry = resolve(entryArg);

/** The plugin every bundle is built with: a change to it builds new ones. */
const PLUGIN = fileURLToPath(new URL('./own-locations-plugin.mjs', import.meta.url));

/** Bundles kept: the newest few, so switching branches back and forth does not rebuild each time. */
const KEEP = 4;

/**
 * SHA-256 of the files a bundle was built from (as esbuild listed them), this script, and the
 * locked dependency versions; null when one of them is gone.
 */
function sourcesHash(inputs) {
  const hash = createHash('sha256');
  for (const f of [...inputs, fileURLToPath(import.meta.url), PLUGIN, join(root, 'package-lock.json')]) {
    if (!existsSync(f)) return null;
    hash.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

/** The bundle of `entry` built from its sources as they are now, or null when there is none. */
function currentBundle() {
  if (!existsSync(manifest)) return null;
  const { inputs } = JSON.parse(readFileSync(manifest, 'utf8'));
  const hash = sourcesHash(inputs);
  const file = hash === null ? null : bundleFile(hash);
  return file !== null && existsSync(file) ? file : null;
}

function bundleFile(hash) {
  return join(bundleDir, `${slug}-${hash.slice(0, 16)}.mjs`);
}

async function build() {
  const esbuild = await import('esbuild');
  mkdirSync(bundleDir, { recursive: true });
  const temp = join(bundleDir, `${slug}.${process.pid}.tmp`);
  const built = await esbuild.build({
    entryPoints: [entry],
    outfile: temp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they would under tsx (the bundle sits inside the repository).
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
    metafile: true,
    plugins: [ownLocations],
  });
  const inputs = Object.keys(built.metafile.inputs)
    .map((p) => resolve(p))
    .sort();
  const hash = sourcesHash(inputs);
  if (hash === null) throw new Error(`run-bundled: a source of ${entry} vanished while it was bundled`);
  const file = bundleFile(hash);
  // Written whole, then renamed: a run killed mid-build, or two at once, never leave half a bundle.
  renameSync(temp, file);
  writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({ entry, inputs }));
  renameSync(`${manifest}.${process.pid}.tmp`, manifest);
  writeFileSync(join(bundleDir, 'README'), 'Built by src/tools/run-bundled.mjs; safe to delete.\n');
  prune();
  return file;
}

// Removes all but the newest KEEP bundles of this entry.
function prune() {
  const bundles = readdirSync(bundleDir)
    .filter((f) => f.startsWith(`${slug}-`) && f.endsWith('.mjs'))
    .map((f) => ({ f, t: statSync(join(bundleDir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of bundles.slice(KEEP)) rmSync(join(bundleDir, f), { force: true });
}

// ATLAS_BUNDLE_DIR lets tests keep their bundles apart (inside the repository: packages resolve from it).
const bundleDir = resolve(process.env.ATLAS_BUNDLE_DIR ?? join(root, '.atlas/bundle'));
const slug = relative(root, entry).replace(/[^A-Za-z0-9]+/g, '-');
// The files the last bundle of this entry was built from, so that a run hashes only those.
const manifest = join(bundleDir, `${slug}.json`);
const bundle = currentBundle() ?? (await build());

// Stack traces through the bundle name the TypeScript files and lines (as --enable-source-maps).
process.setSourceMapsEnabled(true);
// The entry reads its arguments from process.argv[2…], as it would run directly.
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(bundle).href);
