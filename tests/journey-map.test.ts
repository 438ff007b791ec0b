import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { memberships } from '@/db/schema';
import { statementCount } from '@/db/stats';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeJourney } from './support/journeys';

import { getJourneyMap } from '@/db/queries/journey-map';

const t = useTestDatabase();

async function statementsFor(workspaceId: string, journeyId: string) {
  const before = statementCount();
  const map = await getJourneyMap(workspaceId, journeyId);
  return { n: statementCount() - before, map: map! };
}

describe('getJourneyMap', () => {
  it('issues the same number of SQL statements for 1 touchpoint and for 12 stages × 300 touchpoints', async () => {
    const { workspace } = await makeWorkspace(t.db, ['owner']);
    const small = await makeJourney(t.db, workspace.id, { stageCount: 1, perStage: 1 });
    const big = await makeJourney(t.db, workspace.id, { stageCount: 12, perStage: 25 });
    const a = await statementsFor(workspace.id, small.journey.id);
    const b = await statementsFor(workspace.id, big.journey.id);
    expect(a.map.stages.flatMap((s) => s.touchpoints)).toHaveLength(1);
    expect(b.map.stages).toHaveLength(12);
    expect(b.map.stages.flatMap((s) => s.touchpoints)).toHaveLength(300);
    expect(b.map.stages.every((s) => s.touchpoints.every((tp) => tp.painPoints.length === 1 && tp.opportunities.length === 1))).toBe(true);
    expect(a.n).toBeGreaterThan(0);
    expect(b.n).toBe(a.n);
  });

  it('shows the owner’s name, and no owner once the owner left the workspace', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner', 'editor']);
    const [owner, editor] = members;
    const one = await makeJourney(t.db, workspace.id, { stageCount: 1, perStage: 1, touchpoint: { ownerId: owner.user.id } });
    const two = await makeJourney(t.db, workspace.id, { stageCount: 1, perStage: 1, touchpoint: { ownerId: editor.user.id } });
    await t.db.delete(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, editor.user.id)));
    const [tp1] = (await getJourneyMap(workspace.id, one.journey.id))!.stages[0].touchpoints;
    const [tp2] = (await getJourneyMap(workspace.id, two.journey.id))!.stages[0].touchpoints;
    expect(tp1).toMatchObject({ ownerId: owner.user.id, ownerName: owner.user.name });
    expect(tp2).toMatchObject({ ownerId: null, ownerName: null });
  });

  it('answers null for another workspace’s journey', async () => {
    const a = await makeWorkspace(t.db, ['owner']);
    const b = await makeWorkspace(t.db, ['owner']);
    const j = await makeJourney(t.db, b.workspace.id);
    expect(await getJourneyMap(a.workspace.id, j.journey.id)).toBeNull();
  });
});
