#!/usr/bin/env node
// Runs Astro's own CLI on Node 20. Astro 6.0.x declares Node ^20.19.1 support in
// its package.json, but its `bin` script refuses anything below 22.12; calling the
// CLI module directly keeps us on the supported Node of our machines.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Builds happen offline and privately: no usage telemetry.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

const require = createRequire(import.meta.url);
const astroRoot = dirname(require.resolve('astro/package.json'));
const { cli } = await import(pathToFileURL(join(astroRoot, 'dist/cli/index.js')).href);
await cli(process.argv);
