import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    // The build tests run `astro build` on copies of the project: seconds each, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
