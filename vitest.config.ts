import { defineConfig } from 'vitest/config';

// `npm run test:unit` (UNIT=1) is the quick loop: everything but the fuzz, property and browser suites, which
// `npm test` (what CI runs) adds.
const slow = ['test/fuzz/**', 'test/property/**', 'test/browser/**'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: process.env.UNIT ? ['**/node_modules/**', ...slow] : ['**/node_modules/**'],
    testTimeout: 30_000,
  },
});
