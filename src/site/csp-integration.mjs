// Gives every built page its content security policy (see content-security-policy.mjs).
import { fileURLToPath } from 'node:url';
import { addContentSecurityPolicy } from './content-security-policy.mjs';

/** @param {{ tileOrigin: string | null }} options origin of the configured map tiles, if any */
export function atlasCsp({ tileOrigin }) {
  return {
    name: 'civic-atlas-csp',
    hooks: {
      'astro:build:done': ({ dir }) => addContentSecurityPolicy(fileURLToPath(dir), tileOrigin),
    },
  };
}
