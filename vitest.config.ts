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
    // next-auth imports 'next/server' without an extension, which Node's ESM loader refuses: let Vite resolve it.
    server: { deps: { inline: ['next-auth'] } },
    // The flag next.config's experimental.authInterrupts sets at build time, so pages' forbidden() works in tests.
    // Pages rendered in-process run outside Next's request context, where its data cache does not exist: the
    // scored read model is loaded uncached there (VIEW_CACHE_SECONDS=0); e2e runs the cached path.
    env: { NODE_ENV: 'test', WAYFINDER_SEED_DEMO: '0', __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: 'true', VIEW_CACHE_SECONDS: '0' },
  },
});
