import 'server-only';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { alias } from 'drizzle-orm/pg-core';
import { journeys, measures, memberships, objectives, perspectives, scorecards, stages, users } from '@/db/schema';
import { buildMeasureView, currentPeriods, groupRecent, type MeasureRow } from '@/lib/scorecards/build-view';
import { localDate } from '@/lib/periods';
import { rollUp, statusOf, type Status } from '@/lib/scoring';
import type { MeasureView } from '@/lib/scorecards/view-types';
import { measureObject, recentMeasurements } from './scorecard-view';

export type StageObjectiveKpi = {
  id: string;
  name: string;
  scorecardId: string;
  scorecardName: string;
  perspectiveLabel: string;
  score: number | null;
  status: Status;
};
export type StageMeasureKpi = { measure: MeasureView; scorecardId: string; scorecardName: string };
export type StageKpis = { objectives: StageObjectiveKpi[]; measures: StageMeasureKpi[] };

/**
 * Members (content.read): per stage of this journey, the objectives and measures aligned to it, scored as on the
 * scorecard (an aligned objective's score needs all its measures, aligned or not). Three statements.
 */
export async function listStageKpis(workspaceId: string, journeyId: string, opts: { timeZone: string; now?: Date; db?: Db | Tx }) {
  const q = opts.db ?? (await getDb());
  const now = opts.now ?? new Date();
  const journeyStages = q.select({ id: stages.id }).from(stages).where(and(eq(stages.workspaceId, workspaceId), eq(stages.journeyId, journeyId)));
  const objectiveRows = await q
    .select({
      id: objectives.id,
      name: objectives.name,
      stageId: objectives.stageId,
      scorecardId: scorecards.id,
      scorecardName: scorecards.name,
      perspectiveLabel: perspectives.label,
      green: scorecards.greenThreshold,
      amber: scorecards.amberThreshold,
    })
    .from(objectives)
    .innerJoin(scorecards, and(eq(scorecards.workspaceId, objectives.workspaceId), eq(scorecards.id, objectives.scorecardId)))
    .innerJoin(perspectives, and(eq(perspectives.workspaceId, objectives.workspaceId), eq(perspectives.id, objectives.perspectiveId)))
    .where(and(eq(objectives.workspaceId, workspaceId), inArray(objectives.stageId, journeyStages)))
    .orderBy(perspectives.position, objectives.position);
  const objectiveIds = objectiveRows.map((o) => o.id);
  const relevant = or(inArray(measures.stageId, journeyStages), objectiveIds.length ? inArray(measures.objectiveId, objectiveIds) : undefined);
  // measureObject names the measures table x and its joins x_m, x_u, x_s, x_j (see scorecard-view.ts).
  const x = alias(measures, 'x');
  const [xm, xu, xs, xj, sc] = [alias(memberships, 'x_m'), alias(users, 'x_u'), alias(stages, 'x_s'), alias(journeys, 'x_j'), alias(scorecards, 'sc')];
  const rows = await q
    .select({ m: sql<MeasureRow>`${measureObject}`, stageId: xs.id, stageJourneyId: xs.journeyId, scorecardId: sc.id, scorecardName: sc.name })
    .from(x)
    .leftJoin(xm, and(eq(xm.workspaceId, x.workspaceId), eq(xm.userId, x.ownerId)))
    .leftJoin(xu, eq(xu.id, xm.userId))
    .leftJoin(xs, and(eq(xs.workspaceId, x.workspaceId), eq(xs.id, x.stageId)))
    .leftJoin(xj, and(eq(xj.workspaceId, xs.workspaceId), eq(xj.id, xs.journeyId)))
    .innerJoin(sc, and(eq(sc.workspaceId, x.workspaceId), eq(sc.id, x.scorecardId)))
    .where(and(eq(x.workspaceId, workspaceId), or(eq(xs.journeyId, journeyId), objectiveIds.length ? inArray(x.objectiveId, objectiveIds) : undefined)))
    .orderBy(x.position, x.createdAt);
  const recent = rows.length ? await recentMeasurements(q, workspaceId, relevant, localDate(now, opts.timeZone)) : [];
  const byMeasure = groupRecent(recent);
  const currentOf = currentPeriods({ timeZone: opts.timeZone, now });
  const byStage = new Map<string, StageKpis>();
  const at = (stageId: string) => byStage.get(stageId) ?? byStage.set(stageId, { objectives: [], measures: [] }).get(stageId)!;
  const progressOf = new Map<string, { score: number | null; weight: number }[]>();
  for (const r of rows) {
    const m = typeof r.m === 'string' ? (JSON.parse(r.m) as MeasureRow) : r.m;
    const view = buildMeasureView(m, byMeasure.get(m.id) ?? [], currentOf(m.frequency));
    (progressOf.get(m.objectiveId) ?? progressOf.set(m.objectiveId, []).get(m.objectiveId)!).push({ score: view.score.progress, weight: view.weight });
    if (r.stageId && r.stageJourneyId === journeyId) at(r.stageId).measures.push({ measure: view, scorecardId: r.scorecardId, scorecardName: r.scorecardName });
  }
  for (const o of objectiveRows) {
    const score = rollUp(progressOf.get(o.id) ?? []);
    at(o.stageId!).objectives.push({
      id: o.id,
      name: o.name,
      scorecardId: o.scorecardId,
      scorecardName: o.scorecardName,
      perspectiveLabel: o.perspectiveLabel,
      score,
      status: statusOf(score, { green: o.green, amber: o.amber }),
    });
  }
  return byStage;
}
