import { defineConfig } from 'vitest/config'

const integration = {
  globalSetup: ['cms/test/support/globalSetup.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
  // Payload and the site build are heavy; one file at a time keeps 2 cores responsive.
  fileParallelism: false,
}

export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', ['json', { outputFile: '.tmp/test-results.json' }]],
    projects: [
      { test: { name: 'shared', include: ['shared/test/**/*.test.ts'] } },
      // The repository as a whole: types, lint and format.
      { test: { name: 'code', include: ['test/**/*.test.ts'] } },
      { test: { name: 'builder', include: ['builder/test/**/*.test.ts'], ...integration } },
      { test: { name: 'scripts', include: ['scripts/test/**/*.test.ts'], ...integration } },
      // The admin's React components are rendered by some tests; the CMS's tsconfig leaves JSX to Next.
      { oxc: { jsx: { runtime: 'automatic' } }, test: { name: 'cms', include: ['cms/test/**/*.test.ts'], ...integration } },
      { test: { name: 'site', include: ['site/test/**/*.test.ts'], ...integration } },
    ],
  },
})
