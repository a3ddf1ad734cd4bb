// Writes sitemap.xml and robots.txt once every page is built (see sitemap.mjs).
import { fileURLToPath } from 'node:url';
import { writeSitemap } from './sitemap.mjs';

/** @param {{ origin: string | null, basePath: string }} options host (`site.url`) and base path */
export function atlasSitemap({ origin, basePath }) {
  return {
    name: 'civic-atlas-sitemap',
    hooks: {
      /** @param {{ dir: URL, logger: { info: (m: string) => void, warn: (m: string) => void } }} params */
      'astro:build:done': ({ dir, logger }) => {
        writeSitemap(fileURLToPath(dir), {
          origin,
          basePath,
          log: origin === null ? (m) => logger.warn(m) : (m) => logger.info(m),
        });
      },
    },
  };
}
