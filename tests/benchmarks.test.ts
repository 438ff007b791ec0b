import { beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { activities, benchmarks, measurements, measures, type User } from '@/db/schema';
import { getScorecardView } from '@/db/queries/scorecard-view';
import { referenceGap } from '@/lib/benchmarks/format';
import { describeActivity } from '@/lib/activity-text';
import { createBenchmark, deleteBenchmark, listBenchmarks, setReferenceBenchmark, updateBenchmark } from '@/db/queries/benchmarks';
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
const fields = { kind: 'industry_average' as const, competitorName: '', value: 30, asOf: '2026-01-01', periodLabel: '2025', source: 'Survey', sourceUrl: '', note: '' };
const measureRow = async (id: string) => (await t.db.select().from(measures).where(eq(measures.id, id)))[0];

describe('benchmark queries', () => {
  it('adds, edits from the version read, and lists newest as-of first, each with an activity row', async () => {
    const a = await createBenchmark(world.a.id, ana(), nps(), fields);
    const b = await createBenchmark(world.a.id, ana(), nps(), { ...fields, kind: 'competitor', competitorName: 'Acme', value: 45, asOf: '2026-03-01' });
    expect((await listBenchmarks(world.a.id, nps())).map((x) => x.id)).toEqual([b.id, a.id]);
    const edited = await updateBenchmark(world.a.id, ana(), a.id, { ...fields, value: 32, version: 1 });
    expect(edited).toMatchObject({ value: 32, version: 2 });
    const before = await snapshot(t.db);
    await expect(updateBenchmark(world.a.id, ana(), a.id, { ...fields, value: 99, version: 1 })).rejects.toMatchObject({ code: 'conflict', current: { value: 32, version: 2 } });
    expect(await snapshot(t.db)).toBe(before);
    const acts = await t.db.select().from(activities).where(and(eq(activities.workspaceId, world.a.id), eq(activities.targetId, nps())));
    expect(acts.map((x) => describeActivity(x)).sort()).toEqual([
      'added the benchmark “Acme” to “Net Promoter Score”',
      'added the benchmark “Industry average” to “Net Promoter Score”',
      'edited the benchmark “Industry average” of “Net Promoter Score”',
    ]);
  });

  it('keeps tenancy: another workspace’s measure or benchmark is not found and nothing is written', async () => {
    const a = await createBenchmark(world.a.id, ana(), nps(), fields);
    const before = await snapshot(t.db);
    await expect(createBenchmark(world.b.id, ana(), nps(), fields)).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateBenchmark(world.b.id, ana(), a.id, { ...fields, version: 1 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteBenchmark(world.b.id, ana(), a.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(listBenchmarks(world.b.id, nps())).rejects.toMatchObject({ code: 'not_found' });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('sets a reference only among the measure’s own benchmarks, and deleting it clears the reference in the same transaction', async () => {
    const a = await createBenchmark(world.a.id, ana(), nps(), fields);
    const other = await createBenchmark(world.a.id, ana(), churn(), { ...fields, value: 2 });
    const v = (await measureRow(nps())).version;
    await expect(setReferenceBenchmark(world.a.id, ana(), nps(), other.id, v)).rejects.toMatchObject({ code: 'not_found' });
    const r = await setReferenceBenchmark(world.a.id, ana(), nps(), a.id, v);
    expect(r).toEqual({ id: nps(), version: v + 1, referenceBenchmarkId: a.id });
    await expect(setReferenceBenchmark(world.a.id, ana(), nps(), null, v)).rejects.toMatchObject({ code: 'conflict' });
    // The database refuses a reference to another measure's benchmark too.
    await expect(t.db.update(measures).set({ referenceBenchmarkId: other.id }).where(eq(measures.id, nps()))).rejects.toThrow();
    await deleteBenchmark(world.a.id, ana(), a.id);
    expect(await measureRow(nps())).toMatchObject({ referenceBenchmarkId: null, version: v + 2 });
    expect(await t.db.select().from(benchmarks).where(eq(benchmarks.measureId, nps()))).toEqual([]);
  });

  it('deleting a measure deletes its benchmarks, even its reference', async () => {
    const a = await createBenchmark(world.a.id, ana(), nps(), fields);
    await setReferenceBenchmark(world.a.id, ana(), nps(), a.id, (await measureRow(nps())).version);
    await t.db.delete(measures).where(eq(measures.id, nps()));
    expect(await t.db.select().from(benchmarks)).toEqual([]);
  });
});

describe('the scored read model', () => {
  it('carries each measure’s reference benchmark, and the gap reads in percentage points for a % measure', async () => {
    const b = await createBenchmark(world.a.id, ana(), churn(), { ...fields, value: 2 });
    await setReferenceBenchmark(world.a.id, ana(), churn(), b.id, (await measureRow(churn())).version);
    await t.db.insert(measurements).values({ workspaceId: world.a.id, measureId: churn(), period: '2026-01-01', value: 3 });
    const view = await getScorecardView(world.a.id, sc.scorecardId, { timeZone: 'UTC', now: new Date('2026-02-10T12:00:00Z') });
    const ms = view!.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.measures));
    const m = ms.find((x) => x.id === churn())!;
    expect(m.reference).toEqual({ id: b.id, kind: 'industry_average', competitorName: '', value: 2, asOf: '2026-01-01' });
    expect(ms.find((x) => x.id === nps())!.reference).toBeNull();
    expect(referenceGap(m, { locale: 'en-US', currency: 'USD' })?.text).toBe('vs Industry average +1.0 pp (+50.0 %) · Ahead');
  });
});

describe('benchmark actions', () => {
  const workspace = () => world.a.slug;
  it('validates input with field errors and stores nothing', async () => {
    session.user = world.byRole.editor;
    const before = await snapshot(t.db);
    const r = await actions.createBenchmarkAction(null, { workspace: workspace(), measureId: nps(), kind: 'competitor', competitorName: '', value: '1,5', asOf: '2026-02-30', sourceUrl: 'ftp://x' });
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    const errors = (r as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(['asOf', 'sourceUrl', 'value']);
    expect(errors.value).toEqual(['Use a point for decimals (e.g. 1.5).']);
    const noName = await actions.createBenchmarkAction(null, { workspace: workspace(), measureId: nps(), kind: 'competitor', competitorName: ' ', value: '3', asOf: '2026-02-01' });
    expect(noName).toMatchObject({ ok: false, fieldErrors: { competitorName: ['Name the competitor.'] } });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('lets editors write, viewers not, and outsiders get not found', async () => {
    session.user = world.byRole.editor;
    const ok = await actions.createBenchmarkAction(null, { workspace: workspace(), measureId: nps(), kind: 'top_quartile', competitorName: 'ignored', value: '-12.5', asOf: '2026-02-01' });
    expect(ok).toMatchObject({ ok: true, data: { value: -12.5, kind: 'top_quartile', competitorName: '' } });
    const id = (ok as { data: { id: string } }).data.id;
    const before = await snapshot(t.db);
    session.user = world.byRole.viewer;
    expect(await actions.deleteBenchmarkAction(null, { workspace: workspace(), id })).toMatchObject({ ok: false, code: 'forbidden' });
    session.user = world.outsider;
    expect(await actions.deleteBenchmarkAction(null, { workspace: workspace(), id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(t.db)).toBe(before);
    session.user = world.byRole.editor;
    const v = String((await measureRow(nps())).version);
    expect(await actions.setReferenceBenchmarkAction(null, { workspace: workspace(), measureId: nps(), benchmarkId: id, version: v })).toMatchObject({ ok: true, data: { referenceBenchmarkId: id } });
    expect(await actions.updateBenchmarkAction(null, { workspace: workspace(), id, version: '1', kind: 'top_quartile', value: '10', asOf: '2026-02-01' })).toMatchObject({ ok: true, data: { value: 10, version: 2 } });
    expect(await actions.deleteBenchmarkAction(null, { workspace: workspace(), id, version: '1' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await actions.deleteBenchmarkAction(null, { workspace: workspace(), id, version: '2' })).toMatchObject({ ok: true });
  });
});
