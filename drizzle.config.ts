import { defineConfig } from 'drizzle-kit';

// Migrations are generated offline (no database needed) and committed; the app applies them on start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
