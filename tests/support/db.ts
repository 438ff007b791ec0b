import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { closeDatabase, openDatabase, type Db } from '@/db/client';

const g = globalThis as unknown as { __wayfinderDb?: Promise<Db> };

/**
 * Gives the test file its own database: in-memory PGlite, or (DATABASE_URL set) a throwaway
 * PostgreSQL database created for this file and dropped after it. Tables are truncated between
 * tests unless `truncate: false` (a file that seeds once and keeps its rows). The app's getDb() returns this database.
 */
export function useTestDatabase(opts: { truncate?: boolean } = {}) {
  const state: { db: Db; drop?: () => Promise<void> } = {} as never;
  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      const name = `wf_test_${randomBytes(6).toString('hex')}`;
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      state.db = await openDatabase({ url: u.toString() });
      state.drop = async () => {
        await closeDatabase(state.db);
        // Our own connections are closed; an autovacuum worker still busy in the database makes a non-superuser's
        // DROP … WITH (FORCE) fail ("must be a member of the role whose process is being terminated"): wait and
        // retry, and leave a stray throwaway database rather than fail a passing test file.
        for (let attempt = 1; ; attempt++) {
          try {
            await admin.unsafe(`drop database if exists ${name} with (force)`);
            break;
          } catch (e) {
            if (attempt === 10) {
              console.warn(`[test db] could not drop ${name}:`, (e as Error).message);
              break;
            }
            await new Promise((r) => setTimeout(r, 300 * attempt));
          }
        }
        await admin.end();
      };
    } else {
      state.db = await openDatabase({ dataDir: 'memory://' });
      state.drop = () => closeDatabase(state.db);
    }
    g.__wayfinderDb = Promise.resolve(state.db);
  });
  let truncate = '';
  beforeEach(async () => {
    if (opts.truncate === false) return;
    if (!truncate) {
      const res = await state.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`);
      const rows = (Array.isArray(res) ? res : (res as unknown as { rows: { tablename: string }[] }).rows) as { tablename: string }[];
      truncate = `truncate table ${rows.map((r) => `"${r.tablename}"`).join(', ')} cascade`;
    }
    await state.db.execute(sql.raw(truncate));
  });
  afterAll(async () => {
    g.__wayfinderDb = undefined;
    await state.drop?.();
  });
  return state;
}
