/**
 * Golden SVG files for charts rendered at build time. A rendering is normalised
 * (numbers rounded to 2 decimals, one element per line; ids are already
 * renumbered by `renderPlot`) and compared with the committed golden beside the
 * test in `__goldens__/`. On a mismatch the new rendering is written beside the
 * golden as `<name>-changed.svg` (gitignored) for review, and the test fails.
 * Goldens are written only when a person asks: `UPDATE_GOLDENS=1 npx vitest …`,
 * which CI never sets (and which is refused when `CI` is set).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

/** `svg` with every number rounded to 2 decimals and each element on its own line. */
export function normaliseSvg(svg: string): string {
  return `${svg
    .replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    })
    .replace(/>\s*<(?!\/)/g, '>\n<')}\n`;
}

/** Paths of the golden for `name` in the `__goldens__` folder beside `testFile` (an `import.meta.url`). */
export function goldenPaths(testFile: string, name: string): { golden: string; changed: string } {
  const dir = join(dirname(new URL(testFile).pathname), '__goldens__');
  return { golden: join(dir, `${name}.svg`), changed: join(dir, `${name}-changed.svg`) };
}

/** Fails (writing `<name>-changed.svg`) unless `svg`, normalised, equals the golden `name`. */
export function expectGoldenSvg(testFile: string, name: string, svg: string): void {
  const { golden, changed } = goldenPaths(testFile, name);
  const actual = normaliseSvg(svg);
  if (process.env.UPDATE_GOLDENS === '1') {
    if (process.env.CI) throw new Error('UPDATE_GOLDENS is for people reviewing a change, never for CI.');
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(golden)) {
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(changed, actual);
    throw new Error(`No golden ${golden}. Review ${changed}, then run the test with UPDATE_GOLDENS=1 to accept it.`);
  }
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name} differs from its golden: compare ${changed} with ${golden}`).toBe(expected);
}
