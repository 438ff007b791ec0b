import { describe, expect, it } from 'vitest';
import { statementCount } from '@/db/stats';
import type { Db } from '@/db/client';
import { initiatives, measurements, measureTargets, measures, memberships, objectiveLinks, objectives, perspectives, scorecards } from '@/db/schema';
import { getScorecardView, listScorecardViews } from '@/db/queries/scorecard-view';
import { removeMember } from '@/db/queries/members';
import { deleteStage } from '@/db/queries/stages';
import { shiftPeriod } from '@/lib/periods';
import { useTestDatabase } from './support/db';
import { makeJourneyTeam } from './support/journey-fixtures';
import { and, eq } from 'drizzle-orm';

const state = useTestDatabase();
// Wednesday 2026-11-25 12:00 UTC: current week 2026-W48 starts 2026-11-23, current month 2026-11-01.
const now = new Date('2026-11-25T12:00:00Z');
const KINDS = ['financial', 'customer', 'internal', 'learning'] as const;

async function scorecard(db: Db, workspaceId: string, name = 'Company') {
  const [s] = await db.insert(scorecards).values({ workspaceId, name }).returning();
  const ps = await db
    .insert(perspectives)
    .values(KINDS.map((kind, position) => ({ workspaceId, scorecardId: s.id, kind, label: kind, position })))
    .returning();
  return { s, ps };
}

async function objective(db: Db, workspaceId: string, scorecardId: string, perspectiveId: string, extra: Partial<typeof objectives.$inferInsert> = {}) {
  const [o] = await db.insert(objectives).values({ workspaceId, scorecardId, perspectiveId, name: 'Objective', position: 0, ...extra }).returning();
  return o;
}

async function measure(db: Db, o: { workspaceId: string; scorecardId: string; id: string }, extra: Partial<typeof measures.$inferInsert> = {}) {
  const [m] = await db
    .insert(measures)
    .values({ workspaceId: o.workspaceId, scorecardId: o.scorecardId, objectiveId: o.id, name: `M ${Math.random()}`, unit: 'count', direction: 'higher', frequency: 'monthly', baseline: 0, position: 0, ...extra })
    .returning();
  return m;
}

describe('getScorecardView', () => {
  it('scores a scorecard in two statements whatever its size', async () => {
    const db = state.db;
    const { workspace } = await makeJourneyTeam(db);
    const { s, ps } = await scorecard(db, workspace.id);
    const sizes: number[] = [];
    for (const extra of [1, 20]) {
      for (let i = 0; i < extra; i++) {
        const o = await objective(db, workspace.id, s.id, ps[i % 4].id, { name: `O${sizes.length}-${i}`, position: i });
        const m = await measure(db, o, { name: `M${sizes.length}-${i}` });
        await db.insert(measureTargets).values({ workspaceId: workspace.id, measureId: m.id, fromPeriod: '2025-01-01', target: 100 });
        await db.insert(measurements).values(
          Array.from({ length: 24 }, (_, k) => ({ workspaceId: workspace.id, measureId: m.id, period: shiftPeriod('2026-11-01', 'monthly', -k), value: 50 + k })),
        );
      }
      const before = statementCount();
      const view = await getScorecardView(workspace.id, s.id, { timeZone: 'UTC', now });
      sizes.push(statementCount() - before);
      expect(view!.perspectives.flatMap((p) => p.objectives).length).toBe(sizes.length === 1 ? 1 : 21);
    }
    expect(sizes).toEqual([2, 2]);
  });

  it('scores each period against the target then in force, and rolls up by weight', async () => {
    const db = state.db;
    const { workspace } = await makeJourneyTeam(db);
    const { s, ps } = await scorecard(db, workspace.id);
    const o = await objective(db, workspace.id, s.id, ps[0].id);
    // Target 100 until 2026-10, 200 from 2026-11: October's 100 is green, November's 150 is half-way (0.75 → amber).
    const m = await measure(db, o, { name: 'Revenue', baseline: 0 });
    await db.insert(measureTargets).values([
      { workspaceId: workspace.id, measureId: m.id, fromPeriod: '2026-01-01', target: 100 },
      { workspaceId: workspace.id, measureId: m.id, fromPeriod: '2026-11-01', target: 200 },
    ]);
    await db.insert(measurements).values([
      { workspaceId: workspace.id, measureId: m.id, period: '2026-10-01', value: 100 },
      { workspaceId: workspace.id, measureId: m.id, period: '2026-11-01', value: 150 },
      // A future period never counts as the latest value.
      { workspaceId: workspace.id, measureId: m.id, period: '2026-12-01', value: 0 },
    ]);
    const atNov = await getScorecardView(workspace.id, s.id, { timeZone: 'UTC', now });
    const mv = atNov!.perspectives[0].objectives[0].measures[0];
    expect(mv.score.latest).toEqual({ period: '2026-11-01', value: 150 });
    expect(mv.score.target).toBe(200);
    expect(mv.score.progress).toBe(0.75);
    expect(mv.score.status).toBe('amber');
    expect(mv.score.trend).toEqual({ move: 'up', verdict: 'good' });
    expect(mv.recent.map((r) => r.period)).toEqual(['2026-10-01', '2026-11-01']);
    // Scored as of October: the old target applies to October's value.
    const atOct = await getScorecardView(workspace.id, s.id, { timeZone: 'UTC', now: new Date('2026-10-15T00:00:00Z') });
    const past = atOct!.perspectives[0].objectives[0].measures[0].score;
    expect(past).toMatchObject({ progress: 1, status: 'green', target: 100 });
    expect(atNov!.perspectives[0].score).toBe(0.75);
    expect(atNov!.perspectives[1].status).toBe('grey');
    expect(atNov!.score).toBe(0.75);
    expect(atNov!.status).toBe('amber');
  });

  it('carries owners by name, stages with their journey, links, initiatives with overdue flags; null for other workspaces', async () => {
    const db = state.db;
    const { workspace, owner, editor, stages } = await makeJourneyTeam(db);
    const other = await makeJourneyTeam(db);
    const { s, ps } = await scorecard(db, workspace.id);
    const a = await objective(db, workspace.id, s.id, ps[3].id, { name: 'Train staff', ownerId: editor.id, stageId: stages[1].id });
    const b = await objective(db, workspace.id, s.id, ps[2].id, { name: 'Faster support' });
    await db.insert(objectiveLinks).values({ workspaceId: workspace.id, scorecardId: s.id, causeId: a.id, effectId: b.id });
    await measure(db, a, { name: 'Hours', ownerId: editor.id, stageId: stages[1].id, direction: 'range', baseline: null, tolerance: 2 });
    await db.insert(initiatives).values([
      { workspaceId: workspace.id, scorecardId: s.id, objectiveId: a.id, name: 'Late', dueDate: '2026-11-24', position: 0, ownerId: owner.id },
      { workspaceId: workspace.id, scorecardId: s.id, objectiveId: a.id, name: 'Done late', dueDate: '2026-11-01', status: 'done', position: 1 },
      { workspaceId: workspace.id, scorecardId: s.id, objectiveId: a.id, name: 'Due today', dueDate: '2026-11-25', position: 2 },
    ]);
    const view = (await getScorecardView(workspace.id, s.id, { timeZone: 'UTC', now }))!;
    const train = view.perspectives[3].objectives[0];
    expect(train.owner).toEqual({ id: editor.id, name: editor.name });
    expect(train.stage).toMatchObject({ id: stages[1].id, name: stages[1].name, journeyName: 'Onboarding' });
    expect(train.measures[0].stage?.id).toBe(stages[1].id);
    expect(train.initiatives.map((i) => [i.name, i.overdue])).toEqual([['Late', true], ['Done late', false], ['Due today', false]]);
    expect(view.links).toEqual([{ id: expect.any(String), causeId: a.id, effectId: b.id }]);
    expect(view.today).toBe('2026-11-25');
    expect(await getScorecardView(other.workspace.id, s.id, { timeZone: 'UTC', now })).toBeNull();
    expect(await listScorecardViews(other.workspace.id, { timeZone: 'UTC', now })).toEqual([]);

    // A member who leaves is no longer shown as owner; a deleted stage clears the alignments.
    const actor = { userId: owner.id, tokenId: null, name: owner.name };
    const [m] = await db.select().from(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, editor.id)));
    await removeMember(workspace.id, { actor, role: 'owner' }, m.id);
    await deleteStage(workspace.id, actor, stages[1].id);
    const after = (await getScorecardView(workspace.id, s.id, { timeZone: 'UTC', now }))!;
    expect(after.perspectives[3].objectives[0]).toMatchObject({ owner: null, stage: null });
    expect(after.perspectives[3].objectives[0].measures[0]).toMatchObject({ owner: null, stage: null });
  });
});

describe('listScorecardViews', () => {
  it('gives each scorecard of the workspace its own perspectives, objectives and measures', async () => {
    const db = state.db;
    const { workspace } = await makeJourneyTeam(db);
    const a = await scorecard(db, workspace.id, 'A');
    const b = await scorecard(db, workspace.id, 'B');
    const oa = await objective(db, workspace.id, a.s.id, a.ps[0].id, { name: 'Only in A' });
    await measure(db, oa, { name: 'Measure of A' });
    await objective(db, workspace.id, b.s.id, b.ps[1].id, { name: 'Only in B' });
    const views = await listScorecardViews(workspace.id, { timeZone: 'UTC', now });
    expect(views.map((v) => v.name)).toEqual(['A', 'B']);
    expect(views.map((v) => v.perspectives.map((p) => p.id))).toEqual([a.ps.map((p) => p.id), b.ps.map((p) => p.id)]);
    expect(views.map((v) => v.perspectives.flatMap((p) => p.objectives.map((o) => o.name)))).toEqual([['Only in A'], ['Only in B']]);
    expect(views[0].perspectives[0].objectives[0].measures.map((m) => m.name)).toEqual(['Measure of A']);
  });
});

describe('getScorecardOptions', () => {
  it('lists members by name and stages by journey in one statement, only of this workspace', async () => {
    const { getScorecardOptions } = await import('@/db/queries/scorecard-options');
    const db = state.db;
    const { workspace, owner, editor, viewer, stages } = await makeJourneyTeam(db);
    await makeJourneyTeam(db);
    const before = statementCount();
    const opts = await getScorecardOptions(workspace.id);
    expect(statementCount() - before).toBe(1);
    expect(opts.members.map((m) => m.userId).sort()).toEqual([owner.id, editor.id, viewer.id].sort());
    expect(opts.stages.map((s) => s.id)).toEqual(stages.map((s) => s.id));
    expect(opts.stages[0]).toEqual({ id: stages[0].id, name: stages[0].name, journeyId: stages[0].journeyId, journeyName: 'Onboarding' });
  });
});
