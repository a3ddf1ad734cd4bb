import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // Fixed time zone so date arithmetic is tested as CI runs it.
    env: { TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
