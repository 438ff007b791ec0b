import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

const rowsOf = <T>(res: unknown) => (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as T[];
const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;

async function tables(db: Db) {
  return rowsOf<{ tablename: string }>(await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`)).map((r) => r.tablename);
}

/**
 * One md5 per table over all its rows, computed by the database in one statement: a cheap "did anything change"
 * for tests that compare the whole database many times (tests/support/snapshot.ts shows the rows themselves).
 */
// The rate-limit counters (lib/throttle.ts) count every attempt, refused ones included, by design: not content.
const BOOKKEEPING = new Set(['rate_limits']);

export async function fingerprint(db: Db) {
  const parts = (await tables(db)).filter((t) => !BOOKKEEPING.has(t)).map((t) => `'${t}', (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${quote(t)} x)`);
  const [row] = rowsOf<{ f: unknown }>(await db.execute(sql.raw(`select json_build_object(${parts.join(', ')})::text as f`)));
  return String(row.f);
}

/** Tables ordered so that each comes after the tables its foreign keys point to. */
async function insertOrder(db: Db) {
  const names = await tables(db);
  const deps = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`
      select c.relname as child, p.relname as parent from pg_constraint k
      join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`),
  );
  const out: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (out.includes(t) || path.has(t)) return;
    path.add(t);
    for (const d of deps) if (d.child === t) visit(d.parent, path);
    out.push(t);
  };
  for (const t of names) visit(t, new Set());
  return out;
}

export type Dump = { order: string[]; rows: Record<string, string> };

/** Every row of every table, as JSON per table, to put back with restoreTables. */
export async function dumpTables(db: Db): Promise<Dump> {
  const order = await insertOrder(db);
  const rows: Record<string, string> = {};
  for (const t of order) {
    const [r] = rowsOf<{ j: unknown }>(await db.execute(sql.raw(`select coalesce(json_agg(x), '[]'::json)::text as j from ${quote(t)} x`)));
    rows[t] = String(r.j);
  }
  return { order, rows };
}

/** Empties every table and puts back exactly the dumped rows (same ids), parents first. */
export async function restoreTables(db: Db, dump: Dump) {
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate table ${dump.order.map(quote).join(', ')} cascade`));
    for (const t of dump.order) {
      if (dump.rows[t] === '[]') continue;
      await tx.execute(sql`insert into ${sql.raw(quote(t))} select * from json_populate_recordset(null::${sql.raw(quote(t))}, ${dump.rows[t]}::json)`);
    }
  });
}
