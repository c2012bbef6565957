// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.bench/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  // Typed lint: every .ts, .js and .mjs file is checked against the tsconfig through TypeScript's
  // project service. The stylistic set has no formatting rules, so it does not fight Prettier.
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Counts, sizes and timings are interpolated everywhere (reader-facing counts go through
      // labels.ts `count`); a number prints the same either way. The rest stays as strict as
      // strictTypeChecked sets it (an options object replaces its options, it does not merge).
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowAny: false,
          allowBoolean: false,
          allowNever: false,
          allowNullish: false,
          allowNumber: true,
          allowRegExp: false,
        },
      ],
      // House style: a one-expression arrow for side-effect callbacks (`() => rmSync(dir)`,
      // `expect(() => f()).toThrow()`, `forEach((x) => add(x))`); void values used anywhere else stay errors.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': ['error', { allow: ['log', 'error', 'warn'] }],
    },
  },
  eslintPluginAstro.configs['flat/recommended'],
  {
    // astro-eslint-parser has no project service: it builds its own program, from a tsconfig whose
    // roots are the .astro files (TypeScript follows their imports), not the whole repository's:
    // 18 s CPU instead of 21 with all of src/ as roots and 30 with everything, with the same typed
    // rules (src/typed-lint.d.ts gives it a JSX element type).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.lint-astro.json' } },
  },
  {
    // The <script> blocks of .astro files are virtual files outside any TypeScript program: they get
    // the untyped rules (with the project service they were silently not linted at all). Each only
    // calls into src/browser/, which is typed-linted.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false } },
  },
  {
    // The layers (ARCHITECTURE.md): the pure model, the schemas and the browser's code run
    // anywhere, so they may not reach for Node; the build-time tools in src/build may.
    files: ['src/schemas/**/*.ts', 'src/browser/**/*.ts', 'src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Pure model and browser code: no Node modules (ARCHITECTURE.md).' },
            { group: ['**/build/*'], message: 'Pure model and browser code: no build-time tools (ARCHITECTURE.md).' },
          ],
        },
      ],
    },
  },
  {
    // Tests index into content they have just checked; a failed lookup fails the test anyway.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
