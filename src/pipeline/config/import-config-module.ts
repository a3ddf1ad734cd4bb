/**
 * Imports a config module. A TypeScript config under a TypeScript loader (tsx) is imported as it
 * is; under plain `node` (the bundled data step, src/tools/run-bundled.mjs), which cannot import
 * `.ts`, it is compiled with esbuild into one module, with what it imports, and imported from
 * that text (an inline source map keeps its errors on the config's own lines).
 */

import { pathToFileURL } from 'node:url';
import { ownLocations } from '../../tools/own-locations-plugin.mjs';

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
