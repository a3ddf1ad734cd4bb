// A dotfile, and named with --config, so that the top level holds only what the layout lists.
// Lint rules for TypeScript (Astro files are checked by `astro check`). The
// architecture is enforced here: pipeline, browser and shared code may not
// reach into each other's rooms.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noNodeBuiltins = {
  patterns: [{ group: ['node:*'], message: 'Browser and shared code must not use Node built-ins.' }],
};

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.atlas/', 'node_modules/', '**/*.astro', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noNodeBuiltins,
          patterns: [
            ...noNodeBuiltins.patterns,
            { group: ['**/pipeline/**', '**/site/**'], message: 'Browser code must not import build-time code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNodeBuiltins.patterns,
            {
              group: ['**/pipeline/**', '**/client/**', '**/site/**'],
              message: 'Shared code imports nothing but shared code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/client/**'], message: 'The pipeline must not import browser code.' }] },
      ],
    },
  },
);
