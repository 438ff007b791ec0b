// Issue 7, no lost data: a process killed (SIGKILL) in the middle of a large measurement import leaves the
// database exactly as before the import. On PostgreSQL the server rolls the open transaction back when the
// connection drops; on PGlite the data directory reopens (crash recovery, no corruption) without the import's
// rows. Each variant runs on its own database: PostgreSQL when DATABASE_URL is set, PGlite otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { closeDatabase, openDatabase, type Db } from '@/db/client';
import { measurements } from '@/db/schema';
import { RECORD_CHUNK, recordMeasurements } from '@/db/queries/measurements';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const PG = !!process.env.DATABASE_URL;
const g = globalThis as unknown as { __wayfinderDb?: Promise<Db> };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-kill-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
// A child blocks forever once mid-import: never leave one behind when a test fails before its kill.
const live = new Set<ChildProcess>();
afterEach(() => {
  for (const c of live) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  live.clear();
});
const CHILD = fileURLToPath(new URL('./support/import-child.ts', import.meta.url));

const rowsOf = <T>(res: unknown) => (Array.isArray(res) ? res : (res as { rows: T[] }).rows) as T[];
const NAMES = ['Net Promoter Score', 'Churn rate'];
// Five chunks of rows: months from 1900 on, for two measures; the first months already have values.
const MONTHS = (RECORD_CHUNK * 5) / NAMES.length;
const month = (k: number) => `${1900 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;

/** A workspace with a scorecard, a few recorded values (which the import would replace) and the import's CSV file. */
async function seed(db: Db) {
  g.__wayfinderDb = Promise.resolve(db);
  const world = await seedWorld(db);
  const sc = await seedMeasureScorecard(db, world.a.id, 'Company');
  const actor = { userId: world.byRole.editor.id, tokenId: null, name: 'Ed' };
  const early = NAMES.flatMap((n) => [0, 1, 2].map((k) => ({ measureId: sc.measures[n], period: `${month(k)}-01`, value: k })));
  await recordMeasurements(world.a.id, actor, null, early, 'manual');
  const csv = path.join(tmp, 'import.csv');
  fs.writeFileSync(csv, `measure,period,value\n${NAMES.flatMap((n) => Array.from({ length: MONTHS }, (_, k) => `${n},${month(k)},${k + 0.5}`)).join('\n')}\n`);
  return { IMPORT_WORKSPACE_ID: world.a.id, IMPORT_SCORECARD_ID: sc.scorecardId, IMPORT_USER_ID: world.byRole.editor.id, IMPORT_CSV: csv };
}

/** Starts the import child and resolves once it reports being mid-transaction; fails on anything else. */
async function startImport(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', CHILD], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const mid = await new Promise<string>((resolve, reject) => {
    lines.on('line', (l) => {
      if (l.startsWith('MID ')) resolve(l);
      else if (l.startsWith('DONE') || l.startsWith('ERROR')) reject(new Error(`child: ${l}`));
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before the middle of the import: ${stderr}`)));
  });
  expect(Number(mid.slice(4))).toBeGreaterThan(0);
  return {
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
      expect(child.signalCode).toBe('SIGKILL');
    },
  };
}

describe.skipIf(!PG)('killing an import on PostgreSQL', () => {
  const t = useTestDatabase();
  it('leaves the database as before the import', { timeout: 240_000 }, async () => {
    const env = await seed(t.db);
    const before = await snapshot(t.db);
    const [{ db: name }] = rowsOf<{ db: string }>(await t.db.execute(sql`select current_database() as db`));
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const child = await startImport({ ...env, IMPORT_DATABASE_URL: url.toString() });
    // The child's connection holds an open transaction that has written rows (it has a transaction id).
    const open = sql`select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state = 'idle in transaction' and backend_xid is not null`;
    expect(rowsOf<{ n: number }>(await t.db.execute(open))[0].n).toBe(1);
    await child.kill();
    // The server notices the dropped connection and rolls back; wait for the backend to go (bounded).
    for (let i = 0; i < 600 && rowsOf<{ n: number }>(await t.db.execute(open))[0].n > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(rowsOf<{ n: number }>(await t.db.execute(open))[0].n).toBe(0);
    expect(await snapshot(t.db)).toBe(before);
    expect(await t.db.$count(measurements)).toBe(6);
  });
});

describe.skipIf(PG)('killing an import on PGlite', () => {
  it('the data directory reopens without the import', { timeout: 240_000 }, async () => {
    const dir = path.join(tmp, 'pglite');
    const db = await openDatabase({ dataDir: dir });
    const env = await seed(db);
    const before = await snapshot(db);
    await closeDatabase(db);
    g.__wayfinderDb = undefined;

    const child = await startImport({ ...env, IMPORT_PGLITE_DIR: dir });
    await child.kill();

    // The dead child's lock is taken over; PGlite recovers the directory and the import is absent.
    const again = await openDatabase({ dataDir: dir });
    try {
      expect(await snapshot(again)).toBe(before);
      expect(await again.$count(measurements)).toBe(6);
      // Still writable after the recovery.
      g.__wayfinderDb = Promise.resolve(again);
      const [m] = await again.select().from(measurements).limit(1);
      const actor = { userId: env.IMPORT_USER_ID, tokenId: null, name: 'Ed' };
      await recordMeasurements(env.IMPORT_WORKSPACE_ID, actor, null, [{ measureId: m.measureId, period: '2026-01-01', value: 1 }], 'manual');
      expect(await again.$count(measurements)).toBe(7);
    } finally {
      g.__wayfinderDb = undefined;
      await closeDatabase(again);
    }
  });
});
