// Unit and integration tests (vitest, plain Node). End-to-end tests live in test/e2e and run
// under Playwright. The CI adds a JSON reporter on the command line (scripts/test.mjs).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'electron/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**', 'out/**'],
    environment: 'node',
    // Generous for file-system and crash tests; a test that needs longer sets its own.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
