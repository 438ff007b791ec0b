import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { statementCount } from '@/db/stats';
import { benchmarks, measures, memberships, users, workspaces } from '@/db/schema';
import { seedDemoScorecard } from '@/db/seed-demo-scorecard';
import { seedDemoJourney } from '@/db/seed-demo-journey';
import { seedDemoBenchmarks } from '@/db/seed-demo-benchmarks';
import { listScorecardViews } from '@/db/queries/scorecard-view';
import { listWorkspaceBenchmarks } from '@/db/queries/benchmark-list';
import { benchmarkPageRows, byLargestGap, findMeasure } from '@/app/(app)/w/[workspace]/benchmarks/_components/benchmark-rows';
import { useTestDatabase } from './support/db';

const state = useTestDatabase();
// Wednesday 2026-11-25 12:00 UTC: week 2026-W48, month 2026-11, quarter 2026-Q4.
const now = new Date('2026-11-25T12:00:00Z');
const style = { locale: 'en-US', currency: 'USD' };

async function demoWorkspace(slug = 'demo', withBenchmarks = true) {
  const [u] = await state.db.insert(users).values({ name: 'Dana Demo', email: `dana@${slug}.test`, passwordHash: 'x' }).returning();
  const [w] = await state.db.insert(workspaces).values({ name: 'Demo', slug }).returning();
  await state.db.insert(memberships).values({ workspaceId: w.id, userId: u.id, role: 'owner' });
  await state.db.transaction(async (tx) => {
    await seedDemoJourney(tx, w.id, u.id);
    await seedDemoScorecard(tx, w.id, u, now);
    if (withBenchmarks) await seedDemoBenchmarks(tx, w.id);
  });
  return { u, w };
}

async function rowsOf(workspaceId: string) {
  const views = await listScorecardViews(workspaceId, { timeZone: 'UTC', now, db: state.db });
  return { views, rows: benchmarkPageRows(views, await listWorkspaceBenchmarks(workspaceId, { db: state.db }), style) };
}

describe('Benchmarks page rows', () => {
  it('loads in three statements: one row per benchmark and per measure without one, largest relative gap first', async () => {
    const { w } = await demoWorkspace();
    await demoWorkspace('other'); // another workspace's benchmarks never show
    const before = statementCount();
    const { rows } = await rowsOf(w.id);
    expect(statementCount() - before).toBe(3);
    expect(rows).toHaveLength(10 + 7);
    expect(rows.filter((r) => r.kind === null)).toHaveLength(7);
    // Sorted by |relative gap| descending, rows without a relative gap (no benchmark, no value) last.
    const rel = rows.map((r) => r.relativeValue);
    const firstNull = rel.indexOf(null);
    expect(rel.slice(firstNull).every((v) => v === null)).toBe(true);
    const abs = rel.slice(0, firstNull).map((v) => Math.abs(v!));
    expect(abs).toEqual([...abs].sort((a, b) => b - a));
    expect(firstNull).toBeGreaterThan(0);
    expect(rows.slice(0, 5).map((r) => `${r.measure} / ${r.benchmark} ${r.relative}`)).toEqual([
      'Churn rate / Top quartile / best in class +105.6 %',
      'Conversion rate / Industry average +40.0 %',
      'Net Promoter Score (NPS) / Competitor: Ledgerly +38.4 %',
      'Resolution time / Competitor: Ledgerly +35.0 %',
      'Net Promoter Score (NPS) / Top quartile / best in class -29.6 %',
    ]);
  });

  it('says the gap, the relative gap and the position of each benchmark, in pp for % measures', async () => {
    const { w } = await demoWorkspace();
    const { rows } = await rowsOf(w.id);
    const row = (measure: string, benchmark: string | null) => rows.find((r) => r.measure === measure && r.benchmark === benchmark);
    // Churn rate (lower is better, %): latest 3.7 % against 3.5 % and 1.8 %.
    expect(row('Churn rate', 'Industry average')).toMatchObject({
      benchmarkValue: '3.5 %', latest: '3.7 %', latestPeriod: '2026-11', gap: '+0.2 pp', relative: '+5.7 %', position: 'behind', positionLabel: 'Behind', reference: true,
      scorecard: expect.any(String), perspectiveKind: 'customer', asOf: 'Jan 1, 2026 · 2025',
    });
    expect(row('Churn rate', 'Top quartile / best in class')).toMatchObject({ gap: '+1.9 pp', relative: '+105.6 %', positionLabel: 'Behind', reference: false });
    expect(row('Net Promoter Score (NPS)', 'Competitor: Ledgerly')).toMatchObject({ kind: 'competitor', position: 'ahead', positionLabel: 'Ahead' });
    expect(row('Net Promoter Score (NPS)', 'Top quartile / best in class')).toMatchObject({ relative: '-29.6 %', positionLabel: 'Behind' });
    expect(row('Resolution time', 'Competitor: Ledgerly')).toMatchObject({ relative: '+35.0 %', positionLabel: 'Behind' });
    // A measure without a benchmark has one row saying so.
    expect(row('Employee training hours', null)).toMatchObject({ kind: null, gap: null, relativeValue: null, positionLabel: null, key: expect.stringMatching(/^measure:/) });
  });

  it('sorts by the size of the relative gap, either sign, rows without one last', () => {
    const sorted = [{ relativeValue: null }, { relativeValue: -50 }, { relativeValue: 10 }, { relativeValue: null }, { relativeValue: 80 }].sort(byLargestGap);
    expect(sorted.map((r) => r.relativeValue)).toEqual([80, -50, 10, null, null]);
  });

  it('finds a measure of the workspace for the chart, and nothing for a foreign id', async () => {
    const { w } = await demoWorkspace();
    const other = await demoWorkspace('other');
    const [foreign] = await state.db.select({ id: measures.id }).from(measures).where(eq(measures.workspaceId, other.w.id)).limit(1);
    const { views, rows } = await rowsOf(w.id);
    expect(findMeasure(views, rows[0].measureId)?.name).toBe(rows[0].measure);
    expect(findMeasure(views, foreign.id)).toBeNull();
  });

  it('is empty without scorecards, and has only "no benchmark" rows without benchmarks', async () => {
    const [w] = await state.db.insert(workspaces).values({ name: 'Empty', slug: 'empty' }).returning();
    expect((await rowsOf(w.id)).rows).toEqual([]);
    const { w: bare } = await demoWorkspace('bare', false);
    const { rows } = await rowsOf(bare.id);
    expect(rows).toHaveLength(13);
    expect(rows.every((r) => r.kind === null)).toBe(true);
    expect(await state.db.select().from(benchmarks)).toEqual([]);
  });
});
