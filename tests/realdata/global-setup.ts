/**
 * Vitest globalSetup of the unit project: names this test run, so that the real-data test files
 * share one data build per config (see shared-build.ts). Builds nothing itself: runs that do not
 * touch real data pay nothing.
 */
export default function setup(): void {
  // Workers inherit the environment, so every test file of this run sees the same id.
  process.env.ATLAS_TEST_RUN_ID = `${process.pid}-${Date.now()}`;
}
