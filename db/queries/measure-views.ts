import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '@/db';
import { journeys, measures, measureTargets, memberships, objectives, scorecards, stages, users } from '@/db/schema';
import { formatPeriod, type Frequency } from '@/lib/periods';
import type { OwnerRef, StageRef } from '@/lib/scorecards/view-types';

export type MeasureTargetOut = { from: string; fromPeriod: string; target: number | null; lo: number | null; hi: number | null };

/** A measure as the API, the dialogs and the measure page read it: targets, owner, stage, objective and scorecard by name. */
export type MeasureDetail = Omit<typeof measures.$inferSelect, 'createdAt' | 'updatedAt' | 'workspaceId'> & {
  owner: OwnerRef;
  stage: StageRef;
  objective: { id: string; name: string };
  scorecard: { id: string; name: string };
  targets: MeasureTargetOut[];
  createdAt: string;
  updatedAt: string;
};

const objective = alias(objectives, 'objective');
const scorecard = alias(scorecards, 'scorecard');

type TargetRow = { fromPeriod: string; target: number | null; lo: number | null; hi: number | null };

/** Loads measures of this workspace by id (or a scorecard's, optionally one page of them in the scorecard's order) with their targets: one statement. */
export async function loadMeasures(
  q: Db | Tx,
  workspaceId: string,
  by: { ids: string[] } | { scorecardId: string; page?: { offset: number; limit: number } },
): Promise<MeasureDetail[]> {
  if ('ids' in by && by.ids.length === 0) return [];
  const query = q
    .select({
      m: measures,
      ownerName: users.name,
      stageName: stages.name,
      journeyId: journeys.id,
      journeyName: journeys.name,
      objectiveName: objective.name,
      scorecardName: scorecard.name,
      targets: sql<TargetRow[] | string>`(select coalesce(json_agg(json_build_object('fromPeriod', t.from_period, 'target', t.target, 'lo', t.target_lo, 'hi', t.target_hi)
        order by t.from_period), '[]'::json) from ${measureTargets} t where t.workspace_id = ${measures.workspaceId} and t.measure_id = ${measures.id})`,
    })
    .from(measures)
    .innerJoin(objective, and(eq(objective.workspaceId, measures.workspaceId), eq(objective.id, measures.objectiveId)))
    .innerJoin(scorecard, and(eq(scorecard.workspaceId, measures.workspaceId), eq(scorecard.id, measures.scorecardId)))
    // Owners are shown while they are members of this workspace.
    .leftJoin(memberships, and(eq(memberships.workspaceId, measures.workspaceId), eq(memberships.userId, measures.ownerId)))
    .leftJoin(users, eq(users.id, memberships.userId))
    .leftJoin(stages, and(eq(stages.workspaceId, measures.workspaceId), eq(stages.id, measures.stageId)))
    .leftJoin(journeys, and(eq(journeys.workspaceId, stages.workspaceId), eq(journeys.id, stages.journeyId)))
    .where(and(eq(measures.workspaceId, workspaceId), 'ids' in by ? inArray(measures.id, by.ids) : eq(measures.scorecardId, by.scorecardId)))
    .orderBy(asc(objective.position), asc(measures.objectiveId), asc(measures.position), asc(measures.id))
    .$dynamic();
  const page = 'page' in by ? by.page : undefined;
  const rows = await (page ? query.limit(page.limit).offset(page.offset) : query);
  return rows.map(({ m, ownerName, stageName, journeyId, journeyName, objectiveName, scorecardName, targets }) => {
    const { workspaceId: _w, createdAt, updatedAt, ...cols } = m;
    return {
      ...cols,
      owner: m.ownerId && ownerName !== null ? { id: m.ownerId, name: ownerName } : null,
      stage: m.stageId && stageName !== null && journeyId && journeyName !== null ? { id: m.stageId, name: stageName, journeyId, journeyName } : null,
      objective: { id: m.objectiveId, name: objectiveName },
      scorecard: { id: m.scorecardId, name: scorecardName },
      // postgres-js and PGlite parse json; a driver handing back text is parsed here.
      targets: (typeof targets === 'string' ? (JSON.parse(targets) as TargetRow[]) : targets).map((t) => targetOut(t, m.frequency)),
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    };
  });
}

function targetOut(t: TargetRow, frequency: Frequency): MeasureTargetOut {
  return { from: formatPeriod(t.fromPeriod, frequency), fromPeriod: t.fromPeriod, target: t.target, lo: t.lo, hi: t.hi };
}

/** One measure of this workspace with its targets, or null. */
export async function loadMeasure(q: Db | Tx, workspaceId: string, id: string) {
  const [m] = await loadMeasures(q, workspaceId, { ids: [id] });
  return m ?? null;
}
