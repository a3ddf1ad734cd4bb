/**
 * Vitest globalSetup of the e2e project: starts the demo site build in the
 * background and hands its run id and config to the test files, which wait for
 * it through `buildSite` (so unit tests in the other project never wait for it).
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './harness/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Identifies this test run; `buildSite` reuses builds of the same run. */
    e2eRunId: string;
    /** Config file of the demo site (ATLAS_E2E_CONFIG, default data/atlas.config.ts). */
    demoConfig: string;
  }
}

/** The demo site's name under .atlas/e2e/. */
export const DEMO_SITE = 'demo';

/** Starts the demo build; the returned teardown waits for it so no build outlives the run. */
export default function setup(project: TestProject): () => Promise<void> {
  const runId = `${process.pid}-${Date.now()}`;
  const demoConfig = process.env.ATLAS_E2E_CONFIG ?? 'data/atlas.config.ts';
  // Workers inherit the environment too, so `buildSite` defaults to the same run id.
  process.env.ATLAS_E2E_RUN_ID = runId;
  project.provide('e2eRunId', runId);
  project.provide('demoConfig', demoConfig);
  // A failure is recorded in the build's marker file and re-thrown to every test that asks.
  const build = buildSite({ config: demoConfig, name: DEMO_SITE, runId }).catch(() => undefined);
  return async () => {
    await build;
  };
}
