// An esbuild plugin for bundles run in place of their sources (the bundled data step, and a
// TypeScript config compiled for plain `node`): each module keeps its own location, so that
// `import.meta` url, dirname and filename are the source file's. Paths relative to a module (the
// write worker, the sources hashed into the cache keys, a config's data files) then mean what
// they mean under tsx.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

// The three `import.meta` members, as a pattern, so that a file bundled with this plugin that
// holds the same pattern is not rewritten.
const META = /\bimport\.meta\.(url|dirname|filename)\b/g;

function locations(path) {
  return { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
}

/** @type {import('esbuild').Plugin} */
export const ownLocations = {
  name: 'own-locations',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs|js)$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(META, (_, key) => JSON.stringify(locations(args.path)[key]));
      return { contents, loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js' };
    });
  },
};
