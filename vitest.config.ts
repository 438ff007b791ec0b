import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // 'server-only' throws outside React Server Components; the tests import server modules directly.
      'server-only': path.resolve(__dirname, 'tests/support/empty.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The flag next.config's experimental.authInterrupts sets at build time, so pages' forbidden() works in tests.
    env: { NODE_ENV: 'test', WAYFINDER_SEED_DEMO: '0', __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: 'true' },
  },
});
