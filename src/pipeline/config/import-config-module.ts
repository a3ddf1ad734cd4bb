/**
 * Imports a config module. A TypeScript config under a TypeScript loader (tsx) is imported as it
 * is; under plain `node` (the bundled data step, src/tools/run-bundled.mjs), which cannot import
 * `.ts`, it is compiled with esbuild into one module, with what it imports, and imported from
 * that text (an inline source map keeps its errors on the config's own lines).
 */

import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

export async function importConfigModule(path: string): Promise<{ default?: unknown }> {
  try {
    return (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  }
  const esbuild = await import('esbuild');
  const built = await esbuild.build({
    entryPoints: [path],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    sourcemap: 'inline',
    logLevel: 'silent',
    plugins: [ownLocations],
  });
  const text = built.outputFiles[0]?.text ?? '';
  return (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as {
    default?: unknown;
  };
}

// `import.meta.url`, `.dirname` and `.filename` (a pattern, so that this file's own text has none to replace).
const META = /\bimport\.meta\.(url|dirname|filename)\b/g;

function locations(path: string): Record<string, string> {
  return { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
}

/** Each file keeps its own `import.meta` location (a config names its data files relative to it). */
const ownLocations: Plugin = {
  name: 'own-locations',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs|js)$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const contents = readFileSync(args.path, 'utf8').replace(META, (_, key: string) =>
        JSON.stringify(locations(args.path)[key]),
      );
      return { contents, loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js' };
    });
  },
};
