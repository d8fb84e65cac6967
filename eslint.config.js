import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Syntax-level rules only (no type information): fast enough to run on every CI run; `npm run
// typecheck` (tsc and astro check) covers the types.
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'cms/.next/',
      'site/.astro/',
      '.data/',
      '.tmp/',
      'cms/src/migrations/',
      'cms/src/payload-types.ts',
      'cms/src/app/(payload)/admin/importMap.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests read loosely typed JSON answers field by field.
    files: ['**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
