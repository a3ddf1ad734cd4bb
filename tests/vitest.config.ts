import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Fixed time zone so date arithmetic is tested as CI runs it. The run id lets the test files of
    // both projects share one data build per real-data config (tests/realdata/shared-build.ts).
    env: { TZ: 'UTC', ATLAS_TEST_RUN_ID: `${process.pid}-${Date.now()}` },
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Each project sets its own `include` (extended arrays would be concatenated).
    // Unit tests run in parallel and never wait for a site build; e2e files run one
    // at a time (a browser plus a build each is all 2 cores can take) after the
    // demo site build that global-setup.ts starts in the background.
    projects: [
      {
        extends: true,
        // tests/unit/**, tests/realdata/** and any other non-browser test folder.
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
