import { defineConfig } from 'vitest/config';

/**
 * What an offline `wix app build` bakes into `import.meta.env` (the emulator's app id, the literal secret, the
 * placeholder backend URL), for tests that import the page or the backend's source rather than the build.
 */
const offlineBuildEnv = {
  APP_ID: '00000000-0000-4000-8000-000000000000',
  APP_SECRET: '__APP_SECRET__',
  BASE_API_URL: 'http://__API_BASEURL_PLACEHOLDER__.mock/functions',
};

// One `vitest run` runs every layer; each project keeps its own environment and timeouts.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'jsdom',
          testTimeout: 20_000,
          env: offlineBuildEnv,
        },
      },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          env: offlineBuildEnv,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
