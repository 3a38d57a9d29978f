import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tools/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tools/eventcatalog-check/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
