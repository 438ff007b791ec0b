import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

const rowsOf = (res: unknown) => (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Record<string, unknown>[];

/** Every row of every table, as one comparable string: "a refused action changed nothing". */
export async function snapshot(db: Db) {
  const tables = rowsOf(await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`)).map(
    (r) => r.tablename as string,
  );
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = rowsOf(await db.execute(sql.raw(`select * from "${t}" order by 1`)));
  return JSON.stringify(out);
}
