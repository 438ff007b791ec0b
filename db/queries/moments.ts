import 'server-only';
import { and, asc, eq, lt, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { journeys, stages, touchpoints } from '@/db/schema';

/**
 * Readers: moments of truth with a negative emotion (−2 or −1) in the workspace's active journeys, the worst first,
 * with their journey and stage — one statement, for the overview.
 */
export async function listNegativeMoments(workspaceId: string, limit = 8) {
  const db = await getDb();
  return db
    .select({
      id: touchpoints.id,
      name: touchpoints.name,
      emotion: touchpoints.emotion,
      polarity: touchpoints.momentPolarity,
      reactiveStrategy: touchpoints.reactiveStrategy,
      stageName: stages.name,
      journeyId: journeys.id,
      journeyName: journeys.name,
    })
    .from(touchpoints)
    .innerJoin(stages, and(eq(stages.workspaceId, touchpoints.workspaceId), eq(stages.id, touchpoints.stageId)))
    .innerJoin(journeys, and(eq(journeys.workspaceId, stages.workspaceId), eq(journeys.id, stages.journeyId)))
    .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.isMomentOfTruth, true), lt(touchpoints.emotion, 0), ne(journeys.status, 'archived')))
    .orderBy(asc(touchpoints.emotion), asc(journeys.name), asc(stages.position), asc(touchpoints.position), asc(touchpoints.id))
    .limit(limit);
}
export type NegativeMoment = Awaited<ReturnType<typeof listNegativeMoments>>[number];
