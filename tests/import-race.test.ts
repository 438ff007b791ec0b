// Issue 7, no lost data: a measurement CSV import racing manual entry of the same periods. Every value that a
// save reported as written ends either current or in measurement_history, and each (measure, period)'s history
// is one unbroken chain: one 'created', every later row replacing a value that was written, no value replaced
// twice, the chain's end being the current value. The manual saves are fired from inside the import's
// transaction (its progress callback after the first chunk), so on PostgreSQL they meet its row locks.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { measurementHistory, measurements, type User } from '@/db/schema';
import { RECORD_CHUNK } from '@/db/queries/measurements';
import { importMeasurementsCsv } from '@/lib/measurements/service';
import { formatPeriod } from '@/lib/periods';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const actions = await import('@/app/(app)/w/[workspace]/kpis/[id]/actions');

const t = useTestDatabase();
let world: Awaited<ReturnType<typeof seedWorld>>;
let sc: Awaited<ReturnType<typeof seedMeasureScorecard>>;
beforeEach(async () => {
  world = await seedWorld(t.db);
  sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
  session.user = world.byRole.editor;
});

const NAMES = ['Net Promoter Score', 'Churn rate'] as const;
// 2 × 1,100 monthly rows: more than one chunk, so the import is mid-transaction when its first chunk reports.
const MONTHS = Math.ceil((RECORD_CHUNK + 200) / NAMES.length);
const periodAt = (k: number) => `${1900 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`;
// Periods saved by hand each round: some in the first chunk (locked by the import), some after it.
const MANUAL = [0, 1, 5, 200, 700, MONTHS - 3, MONTHS - 1];
// PGlite runs the transactions one after another, so its rounds differ less: fewer of them there.
const ROUNDS = process.env.DATABASE_URL ? 3 : 2;

type Written = { measureId: string; period: string; value: number };

async function round(r: number, written: Written[]) {
  const editor = world.byRole.editor;
  // Unique values per write: import r*1e6 + k, manual saves negative, versioned edits + 0.5.
  const lines = NAMES.flatMap((name, n) => Array.from({ length: MONTHS }, (_, k) => `${name},${periodAt(k).slice(0, 7)},${r * 1e6 + n * 1e5 + k}`));
  const manual: Promise<void>[] = [];
  // Versions read before the round: the versioned edits start from them, as a user's open form would.
  const ids = Object.values(sc.measures);
  const existing = await t.db.select().from(measurements).where(inArray(measurements.measureId, ids));
  let fired = false;
  const fire = () => {
    if (fired) return;
    fired = true;
    NAMES.forEach((name, n) => {
      const measureId = sc.measures[name];
      for (const k of MANUAL) {
        const value = -(r * 1e6 + n * 1e5 + k);
        const period = periodAt(k);
        manual.push(
          actions.recordMeasurementAction(null, { workspace: world.a.slug, measureId, period: period.slice(0, 7), value: String(value), note: '' }).then((res) => {
            expect(res).toMatchObject({ ok: true });
            written.push({ measureId, period, value });
          }),
        );
        const row = existing.find((e) => e.measureId === measureId && e.period === period);
        if (!row) continue;
        const edited = value - 0.5;
        manual.push(
          actions.updateMeasurementAction(null, { workspace: world.a.slug, id: row.id, value: String(edited), note: '', version: String(row.version) }).then((res) => {
            // A stale version is a conflict (nothing written); anything else must be a success.
            if (!res.ok) expect(res).toMatchObject({ code: 'conflict' });
            else written.push({ measureId, period, value: edited });
          }),
        );
      }
    });
  };
  const imported = await importMeasurementsCsv(world.a.id, { userId: editor.id, tokenId: null, name: editor.name }, sc.scorecardId, `measure,period,value\n${lines.join('\n')}\n`, (p) => {
    if (p.phase === 'writing' && p.written > 0) fire();
  });
  expect(imported).toMatchObject({ ok: true, rows: lines.length });
  NAMES.forEach((name, n) => {
    for (let k = 0; k < MONTHS; k++) written.push({ measureId: sc.measures[name], period: periodAt(k), value: r * 1e6 + n * 1e5 + k });
  });
  expect(fired).toBe(true);
  await Promise.all(manual);
}

async function checkNoneVanished(written: Written[]) {
  const ids = Object.values(sc.measures);
  const current = await t.db.select().from(measurements).where(inArray(measurements.measureId, ids));
  const history = await t.db.select().from(measurementHistory).where(and(eq(measurementHistory.workspaceId, world.a.id), inArray(measurementHistory.measureId, ids)));
  const key = (m: string, p: string) => `${m}|${p}`;
  const cur = new Map(current.map((c) => [key(c.measureId, c.period), c.value]));
  const hist = new Map<string, typeof history>();
  for (const h of history) hist.set(key(h.measureId, h.period), [...(hist.get(key(h.measureId, h.period)) ?? []), h]);

  const vanished = written.filter((w) => {
    const k = key(w.measureId, w.period);
    const rows = hist.get(k) ?? [];
    return cur.get(k) !== w.value && !rows.some((h) => h.value === w.value || h.previousValue === w.value);
  });
  expect(vanished.map((w) => `${formatPeriod(w.period, 'monthly')} ${w.value}`)).toEqual([]);

  // The history of each (measure, period) is one chain from its creation to the current value.
  const broken: string[] = [];
  for (const [k, rows] of hist) {
    const created = rows.filter((h) => h.change === 'created');
    const replaced = rows.filter((h) => h.change === 'updated').map((h) => h.previousValue);
    const values = new Set(rows.map((h) => h.value));
    if (created.length !== 1) broken.push(`${k}: ${created.length} 'created' rows`);
    if (new Set(replaced).size !== replaced.length) broken.push(`${k}: a value replaced twice (${replaced.join(', ')})`);
    if (replaced.some((v) => !values.has(v))) broken.push(`${k}: replaced a value never written`);
    const ends = [...values].filter((v) => !replaced.includes(v));
    if (ends.length !== 1 || ends[0] !== cur.get(k)) broken.push(`${k}: chain ends at ${ends.join(', ')}, current ${cur.get(k)}`);
  }
  expect(broken).toEqual([]);
  expect(hist.size).toBe(cur.size);
}

describe('a CSV import racing manual entry of the same periods', () => {
  it('loses no value over several rounds', { timeout: 240_000 }, async () => {
    const written: Written[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      await round(r, written);
      await checkNoneVanished(written);
    }
  });
});
