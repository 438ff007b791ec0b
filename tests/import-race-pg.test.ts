// Issue 7, no lost data, PostgreSQL only (PGlite runs one transaction at a time, so these interleavings cannot
// happen there): a measurement write that has to wait for another transaction on the same period records
// the value it really replaced. Each test holds a row lock itself and waits (bounded) until pg_stat_activity
// shows the write blocked, so the interleaving is forced rather than hoped for.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { measurementHistory, measurements } from '@/db/schema';
import { RECORD_CHUNK, recordMeasurements } from '@/db/queries/measurements';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const PG = !!process.env.DATABASE_URL;
// No database at all on PGlite, where every test here is skipped.
const t = PG ? useTestDatabase() : ({} as ReturnType<typeof useTestDatabase>);
let world: Awaited<ReturnType<typeof seedWorld>>;
let sc: Awaited<ReturnType<typeof seedMeasureScorecard>>;
beforeEach(async () => {
  if (!PG) return;
  world = await seedWorld(t.db);
  sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
});

const rowsOf = <T>(res: unknown) => (Array.isArray(res) ? res : (res as { rows: T[] }).rows) as T[];

// An edit that holds the row when the import's statement
// starts and commits while the import waits for it. The import must replace the edit's value, not the one its
// statement saw at the start, or the history says the old value was replaced twice and skips the edit.
describe.skipIf(!PG)('an import waiting for an edit of the same row', () => {
  it('records the edit’s value as the one it replaced', { timeout: 120_000 }, async () => {
    const editor = world.byRole.editor;
    const actor = { userId: editor.id, tokenId: null, name: editor.name };
    const measureId = sc.measures['Churn rate'];
    const period = '2026-01-01';
    await recordMeasurements(world.a.id, actor, null, [{ measureId, period, value: 1 }], 'manual');
    let commit!: () => void;
    const held = new Promise<void>((r) => (commit = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    // The edit, as updateMeasurement writes it: row locked, value and version changed, history row; then it waits.
    const edit = t.db.transaction(async (tx) => {
      const [m] = await tx.select().from(measurements).where(eq(measurements.measureId, measureId)).for('update');
      await tx.update(measurements).set({ value: 2, version: m.version + 1 }).where(eq(measurements.id, m.id));
      await tx.insert(measurementHistory).values({ workspaceId: world.a.id, measureId, period, change: 'updated', value: 2, note: '', previousValue: 1, previousNote: '', source: 'manual', actorId: editor.id, actorName: editor.name });
      locked();
      await held;
    });
    await isLocked;
    const imported = recordMeasurements(world.a.id, actor, null, [{ measureId, period, value: 3 }], 'import');
    // Wait (bounded) until the import's transaction is blocked on the edit's lock, then let the edit commit.
    const waiting = sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    for (let i = 0; i < 600 && rowsOf<{ n: number }>(await t.db.execute(waiting))[0].n === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(rowsOf<{ n: number }>(await t.db.execute(waiting))[0].n).toBe(1);
    commit();
    await edit;
    expect(await imported).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const history = await t.db.select().from(measurementHistory).where(eq(measurementHistory.measureId, measureId));
    expect(history.map((h) => [h.change, h.previousValue, h.value]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ['created', null, 1],
      ['updated', 1, 2],
      ['updated', 2, 3],
    ]);
  });
});

// Two imports inserting the same new period. The first has inserted it and waits (for a row
// the test holds) before committing; the second must wait for the first rather than insert over it unseen, or
// the period's history holds two 'created' rows and the first value is never recorded as replaced.
describe.skipIf(!PG)('two imports creating the same period', () => {
  it('the second replaces the first one’s value, with history saying so', { timeout: 120_000 }, async () => {
    const editor = world.byRole.editor;
    const actor = { userId: editor.id, tokenId: null, name: editor.name };
    const measureId = sc.measures['Churn rate'];
    const month = (k: number) => `${1900 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`;
    const last = month(RECORD_CHUNK);
    await recordMeasurements(world.a.id, actor, null, [{ measureId, period: last, value: 0 }], 'manual');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = t.db.transaction(async (tx) => {
      await tx.select().from(measurements).where(eq(measurements.measureId, measureId)).for('update');
      locked();
      await held;
    });
    await isLocked;
    // The first import writes its first chunk (creating month 0) and then waits for the held row in its second.
    const rows = Array.from({ length: RECORD_CHUNK + 1 }, (_, k) => ({ measureId, period: month(k), value: 100 + k }));
    const first = recordMeasurements(world.a.id, actor, null, rows, 'import');
    const waiting = sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    const waitFor = async (n: number) => {
      for (let i = 0; i < 600 && rowsOf<{ n: number }>(await t.db.execute(waiting))[0].n < n; i++) await new Promise((r) => setTimeout(r, 100));
      expect(rowsOf<{ n: number }>(await t.db.execute(waiting))[0].n).toBe(n);
    };
    await waitFor(1);
    const second = recordMeasurements(world.a.id, actor, null, [{ measureId, period: month(0), value: 7 }], 'import');
    await waitFor(2);
    release();
    await holder;
    expect(await first).toEqual({ created: RECORD_CHUNK, updated: 1, unchanged: 0 });
    expect(await second).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const history = await t.db.select().from(measurementHistory).where(and(eq(measurementHistory.measureId, measureId), eq(measurementHistory.period, month(0))));
    expect(history.map((h) => [h.change, h.previousValue, h.value]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ['updated', 100, 7],
      ['created', null, 100],
    ]);
  });
});
