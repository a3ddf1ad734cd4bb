/**
 * The import boundaries between rooms hold for every file type: the lint config
 * is run on small sources placed (by file name only, nothing is written) in each
 * room, so a change to the config that opens a door fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: '.eslint.config.js' });

/** The restricted-import messages ESLint gives for `code` as if it were the file at `path`. */
async function blocked(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => /'([^']+)' import/.exec(m.message)?.[1] ?? m.message);
}

const astro = (frontmatter: string, script: string) =>
  `---\n${frontmatter}\n---\n<p>probe</p>\n<script>\n${script}\n</script>\n`;

describe('import boundaries', () => {
  it('keeps browser code out of .astro frontmatter, which runs at build time', async () => {
    const code = astro(
      "import { enhanceChartTabs } from '../../client/cases/chart-tabs.ts';\nconsole.log(enhanceChartTabs);",
      '',
    );
    expect(await blocked('src/components/cases/Probe.astro', code)).toEqual(['../../client/cases/chart-tabs.ts']);
  });

  it('lets .astro frontmatter use src/lib and src/site, and <script> blocks use src/client and src/lib', async () => {
    const code = astro(
      "import { trendRows } from '../../lib/cases/trend-rows.ts';\nimport { metricPages } from '../../site/cases/cases-data.ts';\nconsole.log(trendRows, metricPages);",
      "import { enhanceCharts } from '../../client/cases/chart-controls.ts';\nimport { slugify } from '../../lib/slugify.ts';\nenhanceCharts(slugify);",
    );
    expect(await blocked('src/components/cases/Probe.astro', code)).toEqual([]);
  });

  it('keeps build-time and Node code out of <script> blocks, which run in the browser', async () => {
    const code = astro(
      '',
      "import { loadManifest } from '../../site/manifest.ts';\nimport { readFileSync } from 'node:fs';\nconsole.log(loadManifest, readFileSync);",
    );
    expect(await blocked('src/pages/land/Probe.astro', code)).toEqual(['../../site/manifest.ts', 'node:fs']);
  });

  it('sends file reading in pages through src/site', async () => {
    const code = astro("import { readFileSync } from 'node:fs';\nconsole.log(readFileSync);", '');
    expect(await blocked('src/pages/probe.astro', code)).toEqual(['node:fs']);
  });

  it('keeps browser code out of build-time .mjs files', async () => {
    const code = "import { x } from '../client/download-file.ts';\nexport const y = x;\n";
    expect(await blocked('src/site/probe.mjs', code)).toEqual(['../client/download-file.ts']);
  });
});
