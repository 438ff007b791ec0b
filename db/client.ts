import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { entityKind, type ExtractTablesWithRelations } from 'drizzle-orm';
import * as schema from './schema';
import { config } from '../lib/config';
import { acquireLock } from './lock';
import { countStatement } from './stats';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;

export const MIGRATIONS_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'db', 'migrations');

// WAYFINDER_LOG_SQL=1 prints every statement (to see what a page runs); the count feeds `npm run bench`.
const logger = {
  logQuery: (query: string) => {
    countStatement();
    if (process.env.WAYFINDER_LOG_SQL === '1') console.log(`[sql] ${query}`);
  },
};

export type OpenOptions = {
  /** postgres:// URL; default DATABASE_URL. */
  url?: string;
  /** PGlite data directory, or 'memory://' for an in-memory database; default .data/pglite. */
  dataDir?: string;
  migrate?: boolean;
};

/** Opens PostgreSQL (postgres-js) when a URL is given, else PGlite; applies migrations unless told not to. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Db> {
  // An explicit PGlite directory wins over DATABASE_URL (the lock test opens one on purpose).
  const url = opts.dataDir ? undefined : (opts.url ?? config.databaseUrl);
  if (url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE || 10), onnotice: () => {} });
    const db = drizzle(client, { schema, logger });
    if (opts.migrate !== false) {
      const { migrate } = await import('drizzle-orm/postgres-js/migrator');
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    }
    (db as unknown as { $close: () => Promise<void> }).$close = () => client.end();
    return db as unknown as Db;
  }
  const dataDir = opts.dataDir ?? config.pgliteDir;
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let release: (() => void) | undefined;
  if (!dataDir.startsWith('memory://')) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    release = acquireLock(dataDir + '.lock');
  }
  try {
    const client = await PGlite.create(dataDir.startsWith('memory://') ? undefined : dataDir);
    const db = drizzle(client, { schema, logger });
    if (opts.migrate !== false) {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    }
    (db as unknown as { $close: () => Promise<void> }).$close = async () => {
      await client.close();
      release?.();
    };
    return db as unknown as Db;
  } catch (e) {
    release?.();
    throw e;
  }
}

/**
 * Whether this transaction is PGlite's: one backend in this process that runs every statement and transaction
 * under one exclusive lock, so no other transaction can run (or hold a row lock) while this one is open.
 */
export const runsTransactionsOneAtATime = (tx: Tx) => (tx.constructor as { [entityKind]?: string })[entityKind] === 'PgliteTransaction';

export async function closeDatabase(db: Db) {
  await (db as unknown as { $close?: () => Promise<void> }).$close?.();
}
