import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Once per run, before any file: builds the sites the tests share and gets the browser tests a Chromium.
    globalSetup: ['tests/setup/global.ts'],
    // Vitest runs one file fewer at a time than there are cores: one at a time on two cores. The
    // browser and build tests spend much of their time waiting on Chromium and on child builds, so
    // two at a time is faster there (measured on two cores: 116–122 s against 138–143 s; three: 125 s).
    // Files stay isolated: sharing one module graph measured no faster, and would let one file's
    // changes to process.env reach the next.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The build tests run `astro build` on copies of the project: seconds each, not milliseconds.
    testTimeout: 120_000,
    // A poll waits for the page to settle (the search index loading, a chart drawing); on a busy two-core
    // machine that can take more than the default second. It bounds a wait; no test asserts a time.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 180_000,
  },
});
