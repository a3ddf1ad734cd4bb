import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../temp-dirs.ts';

const temp = tempDirs();
const root = resolve(import.meta.dirname, '../../..');
const runner = join(root, 'src/tools/run-bundled.mjs');
// Bundles import packages from node_modules, so they must sit inside the repository (.atlas is git-ignored).
mkdirSync(join(root, '.atlas'), { recursive: true });
const bundleRoot = mkdtempSync(join(root, '.atlas/test-bundles-'));
afterAll(() => rmSync(bundleRoot, { recursive: true, force: true }));

/** Runs `entry` through run-bundled.mjs with its bundles in the folder `bundles` of bundleRoot. */
function run(entry: string, bundles: string, args: string[] = []): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [runner, entry, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ATLAS_BUNDLE_DIR: join(bundleRoot, bundles) },
  });
}

describe('run-bundled.mjs (how `npm run data` runs the data step)', () => {
  it('runs a TypeScript entry with its arguments, and rebuilds the bundle when a source it imports changes', () => {
    const dir = temp('run-bundled-');
    const bundles = 'first';
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib/greeting.ts'), "export const greeting: string = 'hello';\n");
    writeFileSync(
      join(dir, 'main.ts'),
      "import { greeting } from './lib/greeting.ts';\nconsole.log(`${greeting} ${process.argv.slice(2).join(' ')}`);\n",
    );
    expect(run(join(dir, 'main.ts'), bundles, ['a', 'b']).stdout).toBe('hello a b\n');
    // The same sources: the bundle is reused, not built again.
    expect(run(join(dir, 'main.ts'), bundles, ['c']).stdout).toBe('hello c\n');
    expect(readdirSync(join(bundleRoot, bundles)).filter((f) => f.endsWith('.mjs'))).toHaveLength(1);
    writeFileSync(join(dir, 'lib/greeting.ts'), "export const greeting: string = 'goodbye';\n");
    expect(run(join(dir, 'main.ts'), bundles, ['d']).stdout).toBe('goodbye d\n');
    expect(readdirSync(join(bundleRoot, bundles)).filter((f) => f.endsWith('.mjs'))).toHaveLength(2);
  });

  it('names the TypeScript file and line of an error, and keeps each module its own import.meta', () => {
    const dir = temp('run-bundled-');
    mkdirSync(join(dir, 'deep'));
    writeFileSync(
      join(dir, 'deep/where.ts'),
      'export const where: string = import.meta.dirname;\n\nexport function fail(): never {\n  throw new Error("failed here");\n}\n',
    );
    writeFileSync(
      join(dir, 'main.ts'),
      "import { fail, where } from './deep/where.ts';\nconsole.log(where);\nif (process.argv[2] === 'fail') fail();\n",
    );
    const ok = run(join(dir, 'main.ts'), 'second');
    expect(ok.stdout).toBe(`${join(dir, 'deep')}\n`);
    const failed = run(join(dir, 'main.ts'), 'second', ['fail']);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('failed here');
    expect(failed.stderr).toContain(`${join(dir, 'deep/where.ts')}:4:`);
  });

  it('reads a TypeScript config file under plain node', () => {
    const dir = temp('run-bundled-');
    writeFileSync(
      join(dir, 'main.ts'),
      [
        "import { importConfigModule } from '../../../src/pipeline/config/import-config-module.ts';",
        'const mod = await importConfigModule(process.argv[2] as string);',
        'console.log(JSON.stringify(mod.default));',
        '',
      ]
        .join('\n')
        .replace('../../../src', resolve(import.meta.dirname, '../../../src')),
    );
    writeFileSync(join(dir, 'part.ts'), "export const title: string = 'Typed';\n");
    writeFileSync(
      join(dir, 'atlas.config.ts'),
      "import { title } from './part.ts';\nexport default { site: { title, dir: import.meta.dirname } };\n",
    );
    const out = run(join(dir, 'main.ts'), 'third', [join(dir, 'atlas.config.ts')]);
    expect(JSON.parse(String(out.stdout))).toEqual({ site: { title: 'Typed', dir } });
  });
});

// The runner itself must stay plain JavaScript that node runs without a loader.
it('is run by plain node', () => {
  expect(() => execFileSync(process.execPath, ['--check', runner])).not.toThrow();
});
