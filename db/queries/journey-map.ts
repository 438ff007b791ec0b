import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { journeys, personas, stages, touchpointItems, touchpoints, users, memberships } from '@/db/schema';
import type { JourneyMap, StageView, TouchpointView } from '@/lib/journeys/types';
import { toTouchpointView } from './touchpoint-views';

/**
 * Members (content.read): the whole map of one journey of this workspace, or null when it is not
 * in this workspace. Always four statements, however many stages and touchpoints.
 */
export async function getJourneyMap(workspaceId: string, journeyId: string, db?: Db | Tx): Promise<JourneyMap | null> {
  const q = db ?? (await getDb());
  const [j] = await q
    .select({ journey: journeys, persona: { id: personas.id, name: personas.name, segment: personas.segment, color: personas.color } })
    .from(journeys)
    .leftJoin(personas, and(eq(personas.workspaceId, journeys.workspaceId), eq(personas.id, journeys.personaId)))
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId)))
    .limit(1);
  if (!j) return null;
  const [stageRows, tpRows, itemRows] = await Promise.all([
    selectStages(q, workspaceId, journeyId),
    q
      .select({ tp: touchpoints, ownerName: users.name })
      .from(touchpoints)
      // An owner who left the workspace shows as no owner.
      .leftJoin(memberships, and(eq(memberships.workspaceId, touchpoints.workspaceId), eq(memberships.userId, touchpoints.ownerId)))
      .leftJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.journeyId, journeyId)))
      .orderBy(asc(touchpoints.position), asc(touchpoints.createdAt)),
    selectItems(q, workspaceId, journeyId),
  ]);
  const byTouchpoint = new Map<string, { painPoints: TouchpointView['painPoints']; opportunities: TouchpointView['opportunities'] }>();
  for (const it of itemRows) {
    let e = byTouchpoint.get(it.touchpointId);
    if (!e) byTouchpoint.set(it.touchpointId, (e = { painPoints: [], opportunities: [] }));
    (it.kind === 'pain_point' ? e.painPoints : e.opportunities).push({ id: it.id, text: it.text });
  }
  const byStage = new Map<string, StageView>();
  const stageViews: StageView[] = stageRows.map((s) => {
    const v: StageView = { id: s.id, name: s.name, description: s.description, position: s.position, version: s.version, touchpoints: [] };
    byStage.set(s.id, v);
    return v;
  });
  for (const { tp, ownerName } of tpRows) {
    const items = byTouchpoint.get(tp.id) ?? { painPoints: [], opportunities: [] };
    byStage.get(tp.stageId)?.touchpoints.push(toTouchpointView(tp, ownerName, items.painPoints, items.opportunities));
  }
  const jr = j.journey;
  return {
    journey: {
      id: jr.id,
      name: jr.name,
      description: jr.description,
      status: jr.status,
      version: jr.version,
      updatedAt: jr.updatedAt,
      persona: j.persona?.id ? j.persona : null,
    },
    stages: stageViews,
  };
}

/** A journey's stages in map order (one statement). */
export function selectStages(q: Db | Tx, workspaceId: string, journeyId: string) {
  return q
    .select()
    .from(stages)
    .where(and(eq(stages.workspaceId, workspaceId), eq(stages.journeyId, journeyId)))
    .orderBy(asc(stages.position), asc(stages.createdAt));
}

/** A journey's pain points and opportunities in order (one statement). */
export function selectItems(q: Db | Tx, workspaceId: string, journeyId: string) {
  return q
    .select()
    .from(touchpointItems)
    .where(and(eq(touchpointItems.workspaceId, workspaceId), eq(touchpointItems.journeyId, journeyId)))
    .orderBy(asc(touchpointItems.position), asc(touchpointItems.createdAt));
}
