import { openDatabase, type Db } from './client';

export type { Db, Tx } from './client';
export { runsTransactionsOneAtATime } from './client';

const g = globalThis as unknown as { __wayfinderDb?: Promise<Db> };

/**
 * The one Drizzle client of this process, opened lazily on first use (never at import time, since
 * `next build` imports route modules) and cached on globalThis across hot reloads.
 */
export function getDb(): Promise<Db> {
  if (!g.__wayfinderDb) {
    g.__wayfinderDb = openDatabase().catch((e) => {
      g.__wayfinderDb = undefined;
      throw e;
    });
  }
  return g.__wayfinderDb;
}
