import 'server-only';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { journeys, measures, objectives, stages, touchpoints } from '@/db/schema';

export type LinkedJourney = {
  name: string;
  description: string;
  stages: { name: string; touchpoints: { name: string; channel: string; emotion: number | null; isMomentOfTruth: boolean }[] }[];
};

/**
 * Readers of a scorecard (members, or a share link that includes journeys): the journeys of this workspace with a stage
 * aligned to one of the scorecard's objectives or measures, with their stages and touchpoints in order. No ids out.
 */
export async function listLinkedJourneys(workspaceId: string, scorecardId: string): Promise<LinkedJourney[]> {
  const db = await getDb();
  const aligned = db
    .select({ stageId: objectives.stageId })
    .from(objectives)
    .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.scorecardId, scorecardId), isNotNull(objectives.stageId)))
    .union(
      db
        .select({ stageId: measures.stageId })
        .from(measures)
        .where(and(eq(measures.workspaceId, workspaceId), eq(measures.scorecardId, scorecardId), isNotNull(measures.stageId))),
    );
  const js = await db
    .select({ id: journeys.id, name: journeys.name, description: journeys.description })
    .from(journeys)
    .where(
      and(
        eq(journeys.workspaceId, workspaceId),
        sql`exists (select 1 from ${stages} where ${stages.workspaceId} = ${journeys.workspaceId} and ${stages.journeyId} = ${journeys.id} and ${stages.id} in (${aligned}))`,
      ),
    )
    .orderBy(asc(journeys.name));
  if (js.length === 0) return [];
  const ids = js.map((j) => j.id);
  const [ss, ts] = await Promise.all([
    db
      .select({ id: stages.id, journeyId: stages.journeyId, name: stages.name })
      .from(stages)
      .where(and(eq(stages.workspaceId, workspaceId), inArray(stages.journeyId, ids)))
      .orderBy(asc(stages.position)),
    db
      .select({ stageId: touchpoints.stageId, name: touchpoints.name, channel: touchpoints.channel, emotion: touchpoints.emotion, isMomentOfTruth: touchpoints.isMomentOfTruth })
      .from(touchpoints)
      .where(and(eq(touchpoints.workspaceId, workspaceId), inArray(touchpoints.journeyId, ids)))
      .orderBy(asc(touchpoints.position)),
  ]);
  return js.map((j) => ({
    name: j.name,
    description: j.description,
    stages: ss
      .filter((s) => s.journeyId === j.id)
      .map((s) => ({ name: s.name, touchpoints: ts.filter((t) => t.stageId === s.id).map(({ stageId: _, ...t }) => t) })),
  }));
}
