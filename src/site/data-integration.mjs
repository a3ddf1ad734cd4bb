// Serves the pipeline's output under `<base>data/` in dev and copies it into the
// built site, so generated data never lives in public/ (which is committed). A site in
// several languages has one copy, at its root: only the default language's pass copies it.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFile } from './data-file.mjs';

const TYPES = { '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.geojson': 'application/geo+json' };

/** @param {{ dataDir: string, root?: string, copy?: boolean }} options `root`: the site's base path, where the data is served (default Astro's base); `copy: false` leaves it out of this pass */
export function atlasData({ dataDir, root, copy = true }) {
  let base = root ?? '/';
  return {
    name: 'civic-atlas-data',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (root === undefined) base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'civic-atlas-data-dev',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    const prefix = `${base}data/`;
                    const url = (req.url ?? '').split('?')[0] ?? '';
                    if (!url.startsWith(prefix)) return next();
                    const file = dataFile(dataDir, url.slice(prefix.length));
                    if (file === null || !existsSync(file) || !statSync(file).isFile()) return next();
                    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
                    createReadStream(file).pipe(res);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!copy) return;
        // The build cache stays behind: it is for the next data step, not for visitors.
        cpSync(dataDir, join(fileURLToPath(dir), 'data'), {
          recursive: true,
          filter: (src) => !relative(dataDir, src).startsWith('.cache'),
        });
      },
    },
  };
}
