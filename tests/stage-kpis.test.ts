import { describe, expect, it } from 'vitest';
import { statementCount } from '@/db/stats';
import { measurements, measureTargets, measures, objectives, perspectives, scorecards } from '@/db/schema';
import { listStageKpis } from '@/db/queries/stage-kpis';
import { createJourney } from '@/db/queries/journeys';
import { useTestDatabase } from './support/db';
import { makeJourneyTeam } from './support/journey-fixtures';

const state = useTestDatabase();
const now = new Date('2026-11-25T12:00:00Z');

describe('listStageKpis', () => {
  it('lists the objectives and measures aligned to each stage, scored, in three statements', async () => {
    const db = state.db;
    const { workspace, owner, stages } = await makeJourneyTeam(db);
    const otherJourney = await createJourney(workspace.id, { userId: owner.id, tokenId: null, name: owner.name }, { name: 'Other', template: 'acdr' });
    const [sc] = await db.insert(scorecards).values({ workspaceId: workspace.id, name: 'Company' }).returning();
    const [p] = await db.insert(perspectives).values({ workspaceId: workspace.id, scorecardId: sc.id, kind: 'customer', label: 'Customers', position: 0 }).returning();
    const [o] = await db
      .insert(objectives)
      .values({ workspaceId: workspace.id, scorecardId: sc.id, perspectiveId: p.id, name: 'Win trust', position: 0, stageId: stages[0].id })
      .returning();
    const base = { workspaceId: workspace.id, scorecardId: sc.id, objectiveId: o.id, unit: 'count' as const, direction: 'higher' as const, frequency: 'monthly' as const, baseline: 0 };
    const [aligned, unaligned] = await db
      .insert(measures)
      .values([
        { ...base, name: 'Aligned', position: 0, stageId: stages[2].id },
        { ...base, name: 'Not aligned', position: 1 },
      ])
      .returning();
    await db.insert(measureTargets).values([aligned, unaligned].map((m) => ({ workspaceId: workspace.id, measureId: m.id, fromPeriod: '2026-01-01', target: 100 })));
    await db.insert(measurements).values([
      { workspaceId: workspace.id, measureId: aligned.id, period: '2026-11-01', value: 100 },
      { workspaceId: workspace.id, measureId: unaligned.id, period: '2026-11-01', value: 50 },
    ]);
    const before = statementCount();
    const kpis = await listStageKpis(workspace.id, stages[0].journeyId, { timeZone: 'UTC', now });
    expect(statementCount() - before).toBe(3);
    expect(kpis.get(stages[0].id)?.objectives).toEqual([
      { id: o.id, name: 'Win trust', scorecardId: sc.id, scorecardName: 'Company', perspectiveLabel: 'Customers', score: 0.75, status: 'amber' },
    ]);
    expect(kpis.get(stages[0].id)?.measures).toEqual([]);
    const m = kpis.get(stages[2].id)!.measures;
    expect(m.map((x) => [x.measure.name, x.measure.score.status, x.scorecardName])).toEqual([['Aligned', 'green', 'Company']]);
    expect(kpis.has(stages[1].id)).toBe(false);
    // Another journey of the workspace shows none of them.
    expect((await listStageKpis(workspace.id, otherJourney.id, { timeZone: 'UTC', now })).size).toBe(0);
    // Another workspace sees nothing of this journey.
    const other = await makeJourneyTeam(db);
    expect((await listStageKpis(other.workspace.id, stages[0].journeyId, { timeZone: 'UTC', now })).size).toBe(0);
  });
});
