import { defineConfig } from 'vitest/config';

// The browser test drives Chromium against a live server and waits on its answers; run beside ~140
// other test files on two cores, those waits starve. It runs as its own group after the rest.
const BROWSER = 'packages/web/test/**/*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'packages/*/test/**/*.test.ts'],
          exclude: [BROWSER, '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'browser', include: [BROWSER], sequence: { groupOrder: 1 } } },
    ],
  },
});
