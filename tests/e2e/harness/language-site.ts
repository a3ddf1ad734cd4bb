/**
 * The demo site built in another interface language: the demo's data folder (built once per run
 * by the e2e global setup) copied with the manifest's `site.locale` set to the language, as the
 * data step writes it from a config that imports the demo config and overrides `site.locale`
 * (that config is written beside it, and is what the build is keyed on), then the Astro build
 * from that folder. Each language is built once per run, however many test files ask.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, e2eRoot, repoRoot, type BuiltSite } from './build-site.ts';

/** Options for `buildLanguageSite`. */
export interface LanguageSiteOptions {
  /** The interface language: a BCP 47 tag with a catalogue (`cy`, `nl`, `da`, `de`). */
  locale: string;
  /** The demo's built site, whose data folder is reused. */
  demo: BuiltSite;
  /** The demo's config file (relative to the repository root or absolute). */
  demoConfig: string;
  runId: string;
}

/** Builds (or reuses this run's build of) the demo site with its interface in `locale`. */
export async function buildLanguageSite(o: LanguageSiteOptions): Promise<BuiltSite> {
  const root = join(e2eRoot, `i18n-${o.locale}-input`);
  const config = join(root, 'atlas.config.ts');
  const dataDir = join(root, 'data');
  mkdirSync(root, { recursive: true });
  writeFileSync(
    config,
    [
      `// The demo config with its interface in ${o.locale}; written by tests/e2e/harness/language-site.ts.`,
      `import base from ${JSON.stringify(resolve(repoRoot, o.demoConfig))};`,
      `export default { ...base, site: { ...base.site, locale: ${JSON.stringify(o.locale)} } };`,
      '',
    ].join('\n'),
  );
  return buildSite({
    config,
    name: `i18n-${o.locale}`,
    runId: o.runId,
    dataDir,
    prepare: () => {
      rmSync(dataDir, { recursive: true, force: true });
      cpSync(o.demo.dataDir, dataDir, { recursive: true });
      const manifestFile = join(dataDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { site: { locale: string } };
      manifest.site.locale = o.locale;
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  });
}
