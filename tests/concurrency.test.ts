// Issue 7, concurrency: ten saves of the same row from the same version, fired at once through the real
// API route, server action or query, leave exactly one winner and nine conflicts (409 over the API), and the
// row one version further on with the winner's value. Unversioned requests racing (deletes, POSTs of one new
// period) never answer 500 and lose no value. On PGlite the saves queue on its one connection; on
// PostgreSQL they run on the pool's connections and meet at the row lock.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { and, asc, eq } from 'drizzle-orm';
import { activities, benchmarks, canvasNotes, journeys, measurementHistory, measurements, measures, stages, type User } from '@/db/schema';
import { createApiToken } from '@/db/queries/api-tokens';
import { createJourney } from '@/db/queries/journeys';
import { reorderStages } from '@/db/queries/stages';
import { createCanvas } from '@/db/queries/canvases';
import { createNote } from '@/db/queries/canvas-notes';
import { createBenchmark, updateBenchmark } from '@/db/queries/benchmarks';
import { updateMeasure } from '@/db/queries/measures';
import { recordMeasurements } from '@/db/queries/measurements';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const journeyRoute = await import('@/app/api/v1/workspaces/[slug]/journeys/[id]/route');
const measurementRoute = await import('@/app/api/v1/workspaces/[slug]/measurements/[id]/route');
const measureMeasurementsRoute = await import('@/app/api/v1/workspaces/[slug]/measures/[id]/measurements/route');
const canvasActions = await import('@/app/(app)/w/[workspace]/canvases/actions');

const t = useTestDatabase();
const N = 10;
let world: Awaited<ReturnType<typeof seedWorld>>;
let bearer: string;
beforeEach(async () => {
  world = await seedWorld(t.db);
  session.user = world.byRole.editor;
  const { secret } = await createApiToken(world.a.id, actor(world.byRole.owner), { name: 'Race', role: 'editor' });
  bearer = `Bearer ${secret}`;
});

const actor = (u: User) => ({ userId: u.id, tokenId: null, name: u.name });
type Outcome = 'ok' | 'conflict' | string;
type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function send(method: string, h: Handler, id: string, body?: unknown) {
  const req = new NextRequest('http://localhost/api/v1/x', {
    method,
    headers: { 'content-type': 'application/json', authorization: bearer },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const res = await h(req, { params: Promise.resolve({ slug: world.a.slug, id }) });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}

async function patch(h: Handler, id: string, body: unknown): Promise<Outcome> {
  const req = new NextRequest('http://localhost/api/v1/x', {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: bearer },
    body: JSON.stringify(body),
  });
  const res = await h(req, { params: Promise.resolve({ slug: world.a.slug, id }) });
  if (res.status === 200) return 'ok';
  const json = await res.json();
  return res.status === 409 && json.error?.code === 'conflict' && json.error.current ? 'conflict' : `${res.status} ${JSON.stringify(json)}`;
}

async function query(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return 'ok';
  } catch (e) {
    const err = e as { code?: string; current?: unknown; message?: string };
    return err.code === 'conflict' && err.current ? 'conflict' : `thrown ${err.code ?? ''} ${err.message} ${JSON.stringify((e as { fieldErrors?: unknown }).fieldErrors)}`;
  }
}

/** Fires all saves in the same tick, then checks 1 ok / 9 conflicts and that the row holds the winner's value at version + 1. */
async function race(save: (i: number) => Promise<Outcome>, read: () => Promise<{ version: number; value: unknown }>, valueOf: (i: number) => unknown) {
  const before = await read();
  const outcomes = await Promise.all(Array.from({ length: N }, (_, i) => save(i)));
  const winners = outcomes.flatMap((o, i) => (o === 'ok' ? [i] : []));
  expect(outcomes.filter((o) => o !== 'ok' && o !== 'conflict')).toEqual([]);
  expect(winners).toHaveLength(1);
  expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(N - 1);
  const after = await read();
  expect(after).toEqual({ version: before.version + 1, value: valueOf(winners[0]) });
}

const countUpdates = async (action: string) =>
  (await t.db.select().from(activities).where(and(eq(activities.workspaceId, world.a.id), eq(activities.action, action)))).length;

describe('ten parallel saves of one row from the same version', { timeout: 120_000 }, () => {
  it('journey over the API: one 200, nine 409, one activity row', async () => {
    const j = await createJourney(world.a.id, actor(world.byRole.owner), { name: 'Onboarding', template: 'acdr' });
    const read = async () => {
      const [r] = await t.db.select().from(journeys).where(eq(journeys.id, j.id));
      return { version: r.version, value: r.name };
    };
    await race((i) => patch(journeyRoute.PATCH, j.id, { name: `Name ${i}`, version: j.version }), read, (i) => `Name ${i}`);
    expect(await countUpdates('journey.updated')).toBe(1);
  });

  it('stage order (a reorder carries the journey version): one new order wins', async () => {
    const j = await createJourney(world.a.id, actor(world.byRole.owner), { name: 'Onboarding', template: 'acdr' });
    const ids = (await t.db.select().from(stages).where(eq(stages.journeyId, j.id)).orderBy(asc(stages.position))).map((s) => s.id);
    const perms = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    const orders = perms(ids).slice(1, N + 1);
    const read = async () => {
      const [r] = await t.db.select().from(journeys).where(eq(journeys.id, j.id));
      const order = (await t.db.select().from(stages).where(eq(stages.journeyId, j.id)).orderBy(asc(stages.position))).map((s) => s.id);
      return { version: r.version, value: order };
    };
    await race((i) => query(() => reorderStages(world.a.id, actor(world.byRole.editor), { journeyId: j.id, version: j.version, stageIds: orders[i] })), read, (i) => orders[i]);
  });

  it('measurement over the API: one 200, nine 409, one history row', async () => {
    const sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
    const nps = sc.measures['Net Promoter Score'];
    await recordMeasurements(world.a.id, actor(world.byRole.editor), null, [{ measureId: nps, period: '2026-01-01', value: 1 }], 'manual');
    const [m] = await t.db.select().from(measurements).where(eq(measurements.measureId, nps));
    const read = async () => {
      const [r] = await t.db.select().from(measurements).where(eq(measurements.id, m.id));
      return { version: r.version, value: r.value };
    };
    await race((i) => patch(measurementRoute.PATCH, m.id, { value: 100 + i, version: m.version }), read, (i) => 100 + i);
    expect(await countUpdates('measurement.updated')).toBe(1);
  });

  it('canvas note through its server action: one ok, nine conflicts', async () => {
    const c = await createCanvas(world.a.id, actor(world.byRole.editor), { name: 'Today', description: '' });
    const n = await createNote(world.a.id, actor(world.byRole.editor), { canvasId: c.id, block: 'customer_segments', text: 'Start', color: 'yellow' });
    const read = async () => {
      const [r] = await t.db.select().from(canvasNotes).where(eq(canvasNotes.id, n.id));
      return { version: r.version, value: r.text };
    };
    const save = async (i: number): Promise<Outcome> => {
      const r = await canvasActions.updateNoteAction(null, { workspace: world.a.slug, noteId: n.id, version: String(n.version), text: `Note ${i}`, color: 'green' });
      if (r.ok) return 'ok';
      return r.code === 'conflict' && 'current' in r && r.current ? 'conflict' : JSON.stringify(r);
    };
    await race(save, read, (i) => `Note ${i}`);
  });

  it('benchmark and measure through their queries', async () => {
    const sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
    const churn = sc.measures['Churn rate'];
    const fields = { kind: 'industry_average' as const, competitorName: '', value: 30, asOf: '2026-01-01', periodLabel: '2025', source: 'Survey', sourceUrl: '', note: '' };
    const b = await createBenchmark(world.a.id, actor(world.byRole.editor), churn, fields);
    const readB = async () => {
      const [r] = await t.db.select().from(benchmarks).where(eq(benchmarks.id, b.id));
      return { version: r.version, value: r.value };
    };
    await race((i) => query(() => updateBenchmark(world.a.id, actor(world.byRole.editor), b.id, { ...fields, value: 40 + i, version: b.version })), readB, (i) => 40 + i);

    const [m] = await t.db.select().from(measures).where(eq(measures.id, churn));
    const readM = async () => {
      const [r] = await t.db.select().from(measures).where(eq(measures.id, churn));
      return { version: r.version, value: r.name };
    };
    await race((i) => query(() => updateMeasure(world.a.id, actor(world.byRole.editor), churn, { name: `Churn ${i}`, targets: [{ from: '2026-01', target: 5 }], version: m.version })), readM, (i) => `Churn ${i}`);
  });
});

describe('ten parallel requests that are not versioned', { timeout: 120_000 }, () => {
  it('deletes of one journey and of one measurement: one 204, nine 404, never a 500', async () => {
    const j = await createJourney(world.a.id, actor(world.byRole.owner), { name: 'Onboarding', template: 'acdr' });
    const statuses = await Promise.all(Array.from({ length: N }, () => send('DELETE', journeyRoute.DELETE, j.id).then((r) => r.status)));
    expect(statuses.sort()).toEqual([204, ...Array(N - 1).fill(404)]);
    expect(await t.db.$count(journeys, eq(journeys.id, j.id))).toBe(0);

    const sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
    const nps = sc.measures['Net Promoter Score'];
    await recordMeasurements(world.a.id, actor(world.byRole.editor), null, [{ measureId: nps, period: '2026-01-01', value: 1 }], 'manual');
    const [m] = await t.db.select().from(measurements).where(eq(measurements.measureId, nps));
    const deleted = await Promise.all(Array.from({ length: N }, () => send('DELETE', measurementRoute.DELETE, m.id).then((r) => r.status)));
    expect(deleted.sort()).toEqual([204, ...Array(N - 1).fill(404)]);
    expect(await countUpdates('measurement.deleted')).toBe(1);
  });

  it('POSTs of values for one new period: all answer 200, one creates, history holds every value', async () => {
    const sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
    const nps = sc.measures['Net Promoter Score'];
    const answers = await Promise.all(Array.from({ length: N }, (_, i) => send('POST', measureMeasurementsRoute.POST, nps, { period: '2026-03', value: 50 + i })));
    expect(answers.map((a) => a.status)).toEqual(Array(N).fill(200));
    expect(answers.filter((a) => a.json.created === 1)).toHaveLength(1);
    expect(answers.filter((a) => a.json.updated === 1)).toHaveLength(N - 1);
    const [cur] = await t.db.select().from(measurements).where(eq(measurements.measureId, nps));
    expect(cur.version).toBe(N);
    const hist = await t.db.select().from(measurementHistory).where(eq(measurementHistory.measureId, nps));
    expect(hist.map((h) => h.value).sort()).toEqual(Array.from({ length: N }, (_, i) => 50 + i));
    // One chain: every value but the current one replaced exactly once.
    expect(hist.map((h) => h.previousValue).filter((v) => v !== null).sort()).toEqual(Array.from({ length: N }, (_, i) => 50 + i).filter((v) => v !== cur.value));
  });
});
