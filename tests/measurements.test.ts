import { beforeEach, describe, expect, it, vi } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { activities, measurementHistory, measurements, type User } from '@/db/schema';
import { describeActivity } from '@/lib/activity-text';
import { deleteMeasurement, recordMeasurements, RECORD_CHUNK, updateMeasurement } from '@/db/queries/measurements';
import { listMeasurementHistory, listMeasurements } from '@/db/queries/measurement-reads';
import { shiftPeriod } from '@/lib/periods';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
const actions = await import('@/app/(app)/w/[workspace]/kpis/[id]/actions');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
let sc: Awaited<ReturnType<typeof seedMeasureScorecard>>;
const ana = () => ({ userId: world.byRole.editor.id, tokenId: null, name: 'Ana' });
beforeEach(async () => {
  world = await seedWorld(t.db);
  sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
});
const nps = () => sc.measures['Net Promoter Score'];
const churn = () => sc.measures['Churn rate'];
const record = (rows: Parameters<typeof recordMeasurements>[3], source: Parameters<typeof recordMeasurements>[4] = 'import', scorecardId: string | null = sc.scorecardId) =>
  recordMeasurements(world.a.id, ana(), scorecardId, rows, source);
const history = () => t.db.select().from(measurementHistory).orderBy(asc(measurementHistory.period), asc(measurementHistory.createdAt));

describe('recordMeasurements', () => {
  it('creates, leaves unchanged values alone, and replaces changed ones keeping the old value in history', async () => {
    const rows = [
      { measureId: nps(), period: '2026-01-01', value: 10, note: 'first' },
      { measureId: nps(), period: '2026-02-01', value: 12.5 },
      { measureId: churn(), period: '2026-02-01', value: 3 },
    ];
    expect(await record(rows)).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const afterFirst = await snapshot(t.db);

    // The same file again changes nothing at all: no version, updated_at, history or activity row.
    expect(await record(rows)).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await snapshot(t.db)).toBe(afterFirst);

    const again = [{ ...rows[0] }, { ...rows[1], value: 13 }, { ...rows[2], note: 'checked' }, { measureId: churn(), period: '2026-03-01', value: 4 }];
    expect(await record(again)).toEqual({ created: 1, updated: 2, unchanged: 1 });
    const list = await listMeasurements(world.a.id, nps());
    expect(list.map((m) => [m.period, m.value, m.note, m.version, m.source, m.changedBy])).toEqual([
      ['2026-01-01', 10, 'first', 1, 'import', 'Ana'],
      ['2026-02-01', 13, '', 2, 'import', 'Ana'],
    ]);
    const h = await history();
    const feb = h.filter((r) => r.measureId === nps() && r.period === '2026-02-01');
    expect(feb.map((r) => [r.change, r.previousValue, r.value, r.source, r.actorName])).toEqual([
      ['created', null, 12.5, 'import', 'Ana'],
      ['updated', 12.5, 13, 'import', 'Ana'],
    ]);
    expect(h.filter((r) => r.measureId === churn() && r.change === 'updated')).toMatchObject([{ previousNote: '', note: 'checked', previousValue: 3, value: 3 }]);
    const acts = await t.db.select().from(activities).where(and(eq(activities.workspaceId, world.a.id), eq(activities.action, 'measurements.imported')));
    expect(acts.map((a) => a.data)).toEqual([
      { created: 3, updated: 0, unchanged: 0, rows: 3, source: 'import' },
      { created: 1, updated: 2, unchanged: 1, rows: 4, source: 'import' },
    ]);
    expect(acts[0]).toMatchObject({ targetType: 'scorecard', targetId: sc.scorecardId, targetLabel: 'Company' });
  });

  it('refuses measures of another workspace (404) or another scorecard (400), writing nothing', async () => {
    const other = await seedMeasureScorecard(t.db, world.b.id, 'Theirs');
    const mine2 = await seedMeasureScorecard(t.db, world.a.id, 'Second');
    const before = await snapshot(t.db);
    await expect(record([{ measureId: other.measures['Churn rate'], period: '2026-02-01', value: 1 }])).rejects.toMatchObject({ code: 'not_found' });
    await expect(record([{ measureId: mine2.measures['Churn rate'], period: '2026-02-01', value: 1 }])).rejects.toMatchObject({ code: 'invalid' });
    await expect(record([{ measureId: churn(), period: '2026-02-02', value: 1 }])).rejects.toMatchObject({ code: 'invalid' });
    await expect(record([{ measureId: churn(), period: '2026-02-01', value: Number.NaN }])).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      record([
        { measureId: churn(), period: '2026-02-01', value: 1 },
        { measureId: churn(), period: '2026-02-01', value: 2 },
      ]),
    ).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('given twice') });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('writes more rows than one chunk, and all or nothing when a later chunk fails', async () => {
    const web = sc.measures['Website traffic'];
    const n = RECORD_CHUNK * 2 + 7;
    const rows = Array.from({ length: n }, (_, i) => ({ measureId: web, period: shiftPeriod('1990-01-01', 'weekly', i), value: i }));
    expect(await record(rows)).toEqual({ created: n, updated: 0, unchanged: 0 });
    expect(await t.db.$count(measurementHistory)).toBe(n);

    const before = await snapshot(t.db);
    // The last row of the last chunk holds a NUL, which PostgreSQL text refuses: the first chunks roll back too.
    const bad = rows.map((r, i) => ({ ...r, value: r.value + 1, note: i === n - 1 ? '\u0000' : '' }));
    await expect(record(bad)).rejects.toThrow();
    expect(await snapshot(t.db)).toBe(before);
  });

  it('imports 20,000 rows with the right counts, then the same again as unchanged', async () => {
    const list = Array.from({ length: 10 }, (_, i) => ({ name: `Traffic ${i}`, frequency: 'weekly' as const }));
    const big = await seedMeasureScorecard(t.db, world.a.id, 'Bench', list);
    const rows = Object.values(big.measures).flatMap((id) => Array.from({ length: 2000 }, (_, i) => ({ measureId: id, period: shiftPeriod('1980-01-07', 'weekly', i), value: i * 1.5, note: '' })));
    const started = performance.now();
    expect(await record(rows, 'import', big.scorecardId)).toEqual({ created: 20_000, updated: 0, unchanged: 0 });
    const firstMs = performance.now() - started;
    const again = performance.now();
    expect(await record(rows.map((r, i) => (i % 4 === 0 ? { ...r, value: r.value + 1 } : r)), 'import', big.scorecardId)).toEqual({ created: 0, updated: 5000, unchanged: 15_000 });
    console.info(`[measurements] 20,000 rows: first import ${firstMs.toFixed(0)} ms, re-import ${(performance.now() - again).toFixed(0)} ms`);
    expect(await t.db.$count(measurementHistory)).toBe(25_000);
  }, 120_000);
});

describe('updateMeasurement / deleteMeasurement', () => {
  it('edits from the version read, refuses a stale one with the current row, and keeps history', async () => {
    await record([{ measureId: nps(), period: '2026-02-01', value: 12.5 }], 'manual', null);
    const [m] = await listMeasurements(world.a.id, nps());
    const edited = await updateMeasurement(world.a.id, ana(), m.id, { value: 13, note: 'fixed', version: 1 });
    expect(edited).toMatchObject({ value: 13, note: 'fixed', version: 2, period: '2026-02-01', source: 'manual' });
    await expect(updateMeasurement(world.a.id, ana(), m.id, { value: 14, version: 1 })).rejects.toMatchObject({ code: 'conflict', current: { value: 13, version: 2 } });
    await expect(updateMeasurement(world.b.id, ana(), m.id, { value: 14, version: 2 })).rejects.toMatchObject({ code: 'not_found' });

    const page = await listMeasurementHistory(world.a.id, nps());
    expect(page.data.map((h) => [h.change, h.previousValue, h.value, h.source])).toEqual([
      ['updated', 12.5, 13, 'manual'],
      ['created', null, 12.5, 'manual'],
    ]);
    await expect(deleteMeasurement(world.b.id, ana(), m.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await deleteMeasurement(world.a.id, ana(), m.id)).toEqual({ period: '2026-02', measureId: nps() });
    expect(await t.db.$count(measurements)).toBe(0);
    const after = await listMeasurementHistory(world.a.id, nps(), { limit: 1 });
    expect(after.data).toMatchObject([{ change: 'deleted', previousValue: 13, previousNote: 'fixed', value: null }]);
    expect(after.nextCursor).not.toBeNull();
    const next = await listMeasurementHistory(world.a.id, nps(), { limit: 5, cursor: after.nextCursor! });
    expect(next.data.map((h) => h.change)).toEqual(['updated', 'created']);
    const acts = await t.db.select({ action: activities.action, data: activities.data }).from(activities).where(eq(activities.targetId, nps())).orderBy(asc(activities.createdAt));
    expect(acts.map((a) => a.action)).toEqual(['measurement.recorded', 'measurement.updated', 'measurement.deleted']);
    expect(acts[1].data).toEqual({ period: '2026-02', from: 12.5, to: 13 });
  });
});

describe('measurement actions', () => {
  it('record by period label (replacing, idempotent), edit and delete, with readable activity sentences', async () => {
    session.user = world.byRole.editor;
    const workspace = world.a.slug;
    const add = (value: string, period = '2026-02') => actions.recordMeasurementAction(null, { workspace, measureId: nps(), period, value, note: '' });
    expect(await add('12,5')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { value: ['Use a point for decimals (e.g. 1.5).'] } });
    expect(await add('1', '2026-W07')).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { period: [expect.stringContaining('this measure is monthly')] } });
    expect(await add('12.5')).toEqual({ ok: true, data: { created: 1, updated: 0, unchanged: 0, period: '2026-02' } });
    expect(await add('12.5')).toEqual({ ok: true, data: { created: 0, updated: 0, unchanged: 1, period: '2026-02' } });
    expect(await add('13')).toEqual({ ok: true, data: { created: 0, updated: 1, unchanged: 0, period: '2026-02' } });
    const [m] = await listMeasurements(world.a.id, nps());
    const upd = await actions.updateMeasurementAction(null, { workspace, id: m.id, value: '14', note: 'checked', version: '2' });
    expect(upd).toEqual({ ok: true, data: { id: m.id, value: 14, note: 'checked', version: 3 } });
    expect(await actions.updateMeasurementAction(null, { workspace, id: m.id, value: '15', note: '', version: '2' })).toMatchObject({ ok: false, code: 'conflict', current: { value: 14 } });
    session.user = world.byRole.viewer;
    expect(await actions.deleteMeasurementAction(null, { workspace, id: m.id })).toMatchObject({ ok: false, code: 'forbidden' });
    session.user = world.outsider;
    expect(await actions.deleteMeasurementAction(null, { workspace, id: m.id })).toMatchObject({ ok: false, code: 'not_found' });
    session.user = world.byRole.editor;
    expect(await actions.deleteMeasurementAction(null, { workspace, id: m.id, version: '3' })).toEqual({ ok: true, data: { period: '2026-02', measureId: nps() } });

    await record([{ measureId: churn(), period: '2026-02-01', value: 3 }, { measureId: nps(), period: '2026-02-01', value: 3 }]);
    const log = await t.db.select().from(activities).where(eq(activities.workspaceId, world.a.id)).orderBy(asc(activities.createdAt));
    expect(log.filter((a) => a.action !== 'scorecard.created').map((a) => describeActivity(a))).toEqual([
      'recorded 12.5 for 2026-02 of “Net Promoter Score”',
      'replaced 13 for 2026-02 of “Net Promoter Score”',
      'changed 2026-02 of “Net Promoter Score” from 13 to 14',
      'deleted the value of 2026-02 of “Net Promoter Score” (was 14)',
      'imported 2 values into “Company” from a CSV: 2 created, 0 updated, 0 unchanged',
    ]);
  });
});
