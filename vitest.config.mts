import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['plugins/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**', 'test/.tmp/**'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
