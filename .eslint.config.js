// A dotfile, and named with --config, so that the top level holds only what the layout lists.
// Lint rules for TypeScript, Astro components (frontmatter and <script> blocks) and
// .mjs files. The architecture is enforced here: each folder is a room, and the
// rooms may not reach into each other except through src/lib/ (pure, shared):
//   src/pipeline/  Node only, the data step
//   src/client/    browser only (and the <script> blocks of .astro files)
//   src/site/      build-time glue: reads what the data step wrote, for Astro
//   src/components/ src/layouts/ src/pages/  build-time markup (.astro frontmatter)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'Browser and shared code must not use Node built-ins.' };
const pipeline = { group: ['**/pipeline/**'], message: 'Only the data step imports pipeline code.' };
const client = {
  group: ['**/client/**'],
  message: 'Browser code runs only in the browser: load it from a <script> block, or move pure code to src/lib/.',
};
const site = { group: ['**/site/**'], message: 'Browser and shared code must not import build-time code.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// Files whose code runs in the browser: src/client/ and the <script> blocks of
// .astro files (eslint-plugin-astro lints each block as a virtual file under the
// component's path, e.g. `RateMap.astro/1_1.ts`).
const scriptBlocks = ['**/*.astro/*.ts', '**/*.astro/*.js'];
const browserFiles = ['src/client/**/*.ts', ...scriptBlocks];
// Markup and its build-time glue, run in Node by Astro when the site is built.
const buildTimeFiles = ['src/site/**/*.{ts,mjs}', 'src/{components,layouts,pages}/**/*.{ts,astro}'];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.atlas/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    ignores: scriptBlocks,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.astro', '**/*.mjs'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
  {
    files: browserFiles,
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(nodeBuiltins, pipeline, site),
  },
  {
    files: ['src/lib/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(nodeBuiltins, pipeline, client, {
      group: ['**/site/**'],
      message: 'Shared code imports nothing but shared code.',
    }),
  },
  { files: buildTimeFiles, ignores: scriptBlocks, rules: restrict(pipeline, client) },
  {
    // Pages and components compose; reading files is src/site/'s job.
    files: ['src/{components,layouts,pages}/**/*.{ts,astro}'],
    ignores: scriptBlocks,
    rules: restrict(pipeline, client, {
      group: ['node:*'],
      message: 'Pages and components read data through src/site/, not with Node built-ins.',
    }),
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: restrict({ group: ['**/client/**'], message: 'The pipeline must not import browser code.' }),
  },
);
