import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { measurements, measures, measureTargets, objectives, scorecards } from '@/db/schema';
import { conflict, invalid, notFound } from '@/lib/errors';
import { formatPeriod, isPeriodStart } from '@/lib/periods';
import { checkMeasureRules, type MeasureFields } from '@/lib/validations/measures';
import { logActivity, type Actor } from './activity';
import { loadMeasure, loadMeasures, type MeasureDetail } from './measure-views';
import { assertOwnerIsMember, assertStageOfWorkspace } from './references';

export type { MeasureDetail, MeasureTargetOut } from './measure-views';

const NOT_FOUND = 'This measure is not in the workspace (any more).';
const DEFAULTS = { description: '', unitLabel: '', tolerance: null, baseline: null, amberThreshold: 0.7, weight: 1, decimals: 1, ownerId: null, dataSource: '', indicator: 'lagging', stageId: null, formula: '', libraryKey: null, surveyKind: null } as const;

export type CreateMeasureFields = Partial<MeasureFields> & Pick<MeasureFields, 'name' | 'unit' | 'direction' | 'frequency' | 'targets'>;

/** Locks the scorecard row (serialising name checks within it); not_found when it is not this workspace's. */
async function lockScorecard(tx: Tx, workspaceId: string, scorecardId: string) {
  const [s] = await tx
    .select({ id: scorecards.id })
    .from(scorecards)
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)))
    .for('update');
  if (!s) throw notFound('Scorecard not found.');
}

async function assertObjective(tx: Tx, workspaceId: string, scorecardId: string, objectiveId: string) {
  const [o] = await tx
    .select({ id: objectives.id, name: objectives.name })
    .from(objectives)
    .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.scorecardId, scorecardId), eq(objectives.id, objectiveId)))
    .limit(1);
  if (!o) throw notFound('This objective is not in the scorecard (any more).');
  return o;
}

async function countIn(tx: Tx, workspaceId: string, objectiveId: string) {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(measures)
    .where(and(eq(measures.workspaceId, workspaceId), eq(measures.objectiveId, objectiveId)));
  return n;
}

async function assertNameFree(tx: Tx, workspaceId: string, scorecardId: string, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ name: measures.name })
    .from(measures)
    .where(and(eq(measures.workspaceId, workspaceId), eq(measures.scorecardId, scorecardId), sql`lower(${measures.name}) = lower(${name})`, exceptId ? ne(measures.id, exceptId) : undefined))
    .limit(1);
  if (clash) {
    const msg = `This scorecard already has a measure called “${clash.name}”. Choose another name.`;
    throw invalid(msg, { name: [msg] });
  }
}

/** The rules on the complete measure (field errors), the references it names, and its stored columns. */
async function validated(tx: Tx, workspaceId: string, m: MeasureFields) {
  const { errors, targets } = checkMeasureRules(m);
  if (Object.keys(errors).length) throw invalid('Please correct the highlighted fields.', errors);
  await assertOwnerIsMember(tx, workspaceId, m.ownerId);
  await assertStageOfWorkspace(tx, workspaceId, m.stageId);
  const { targets: _t, ...cols } = m;
  const range = m.direction === 'range';
  return { cols: { ...cols, name: m.name.trim(), tolerance: range ? m.tolerance : null, baseline: range ? null : m.baseline }, targets };
}

async function writeTargets(tx: Tx, workspaceId: string, measureId: string, targets: { fromPeriod: string; target: number | null; targetLo: number | null; targetHi: number | null }[]) {
  await tx.delete(measureTargets).where(and(eq(measureTargets.workspaceId, workspaceId), eq(measureTargets.measureId, measureId)));
  await tx.insert(measureTargets).values(targets.map((t) => ({ ...t, workspaceId, measureId })));
}

/** Editors: adds a measure with its targets to an objective of the scorecard, in one transaction with its activity row. */
export async function createMeasure(workspaceId: string, actor: Actor, input: { scorecardId: string; objectiveId: string; fields: CreateMeasureFields }): Promise<MeasureDetail> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockScorecard(tx, workspaceId, input.scorecardId);
    const objective = await assertObjective(tx, workspaceId, input.scorecardId, input.objectiveId);
    const { cols, targets } = await validated(tx, workspaceId, { ...DEFAULTS, ...input.fields });
    await assertNameFree(tx, workspaceId, input.scorecardId, cols.name);
    const [row] = await tx
      .insert(measures)
      .values({ ...cols, workspaceId, scorecardId: input.scorecardId, objectiveId: objective.id, position: await countIn(tx, workspaceId, objective.id) })
      .returning({ id: measures.id, name: measures.name });
    await writeTargets(tx, workspaceId, row.id, targets);
    await logActivity(tx, workspaceId, actor, {
      action: 'measure.created',
      targetType: 'measure',
      targetId: row.id,
      targetLabel: row.name,
      data: { objective: objective.name, scorecardId: input.scorecardId, libraryKey: cols.libraryKey ?? null },
    });
    return (await loadMeasure(tx, workspaceId, row.id))!;
  });
}

/** Members: one measure of this workspace with its targets, owner, stage, objective and scorecard, or null. */
export async function getMeasure(workspaceId: string, id: string): Promise<MeasureDetail | null> {
  const db = await getDb();
  return loadMeasure(db, workspaceId, id);
}

/** Members and tokens: a scorecard's measures (all, or one page) with their targets, in objective and measure order (not_found for a foreign scorecard). */
export async function listMeasures(workspaceId: string, scorecardId: string, page?: { offset: number; limit: number }): Promise<MeasureDetail[]> {
  const db = await getDb();
  const found = await loadMeasures(db, workspaceId, { scorecardId, page });
  if (found.length > 0) return found;
  // No measures (on this page): an empty scorecard of this workspace, or none at all.
  const [s] = await db
    .select({ id: scorecards.id })
    .from(scorecards)
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)))
    .limit(1);
  if (!s) throw notFound('Scorecard not found.');
  return [];
}

export type UpdateMeasureInput = Partial<MeasureFields> & { version: number; objectiveId?: string };

const COMPARED = ['name', 'description', 'unit', 'unitLabel', 'direction', 'tolerance', 'frequency', 'baseline', 'amberThreshold', 'weight', 'decimals', 'ownerId', 'dataSource', 'indicator', 'stageId', 'formula', 'libraryKey', 'surveyKind', 'objectiveId'] as const;

/**
 * Editors: changes the given fields from the version they read (stale → conflict with the current measure);
 * targets, when given, replace the current ones as a set in the same transaction. The frequency cannot change
 * while the measure has measurements.
 */
export async function updateMeasure(workspaceId: string, actor: Actor, id: string, input: UpdateMeasureInput): Promise<MeasureDetail> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await loadMeasure(tx, workspaceId, id);
    if (!cur) throw notFound(NOT_FOUND);
    await lockScorecard(tx, workspaceId, cur.scorecardId);
    if (cur.version !== input.version) throw conflict(cur, `Someone else saved “${cur.name}” in the meantime. Their version is shown; your changes are still in the form.`);
    const { version, objectiveId, ...fields } = input;
    const moveTo = objectiveId && objectiveId !== cur.objectiveId ? await assertObjective(tx, workspaceId, cur.scorecardId, objectiveId) : null;
    const curTargets = cur.targets.map((t) => ({ from: t.from, target: t.target, lo: t.lo, hi: t.hi }));
    const merged: MeasureFields = { ...pick(cur), targets: curTargets, ...fields };
    if (fields.frequency && fields.frequency !== cur.frequency) {
      const [{ n }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(measurements)
        .where(and(eq(measurements.workspaceId, workspaceId), eq(measurements.measureId, id)));
      if (n > 0) {
        const msg = `This measure has ${n} measurement${n === 1 ? '' : 's'} recorded ${cur.frequency}; its frequency cannot change while they exist. Delete them first, or create a new measure.`;
        throw invalid(msg, { frequency: [msg] });
      }
      if (!fields.targets && cur.targets.some((t) => !isPeriodStart(t.fromPeriod, fields.frequency!))) {
        throw invalid('Send the targets again with periods of the new frequency.', { targets: ['Give every target a period of the new frequency.'] });
      }
      if (!fields.targets) merged.targets = cur.targets.map((t) => ({ from: formatPeriod(t.fromPeriod, fields.frequency!), target: t.target, lo: t.lo, hi: t.hi }));
    }
    const { cols, targets } = await validated(tx, workspaceId, merged);
    if (cols.name.toLowerCase() !== cur.name.toLowerCase()) await assertNameFree(tx, workspaceId, cur.scorecardId, cols.name, id);
    const [row] = await tx
      .update(measures)
      .set({ ...cols, ...(moveTo ? { objectiveId: moveTo.id, position: await countIn(tx, workspaceId, moveTo.id) } : {}), version: sql`${measures.version} + 1`, updatedAt: new Date() })
      .where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, id), eq(measures.version, version)))
      .returning({ id: measures.id });
    if (!row) throw conflict((await loadMeasure(tx, workspaceId, id)) ?? cur);
    await writeTargets(tx, workspaceId, id, targets);
    const after = (await loadMeasure(tx, workspaceId, id))!;
    const changed: string[] = COMPARED.filter((k) => cur[k] !== after[k]);
    if (JSON.stringify(cur.targets) !== JSON.stringify(after.targets)) changed.push('targets');
    await logActivity(tx, workspaceId, actor, { action: 'measure.updated', targetType: 'measure', targetId: id, targetLabel: after.name, data: { fields: changed } });
    return after;
  });
}

function pick(m: MeasureDetail): Omit<MeasureFields, 'targets'> {
  const { name, description, unit, unitLabel, direction, tolerance, frequency, baseline, amberThreshold, weight, decimals, ownerId, dataSource, indicator, stageId, formula, libraryKey, surveyKind } = m;
  return { name, description, unit, unitLabel, direction, tolerance, frequency, baseline, amberThreshold, weight, decimals, ownerId, dataSource, indicator, stageId, formula, libraryKey, surveyKind };
}

/** Editors: deletes a measure with its targets, measurements and history (FK cascade), with an activity row. */
export async function deleteMeasure(workspaceId: string, actor: Actor, id: string): Promise<MeasureDetail> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await loadMeasure(tx, workspaceId, id);
    if (!cur) throw notFound(NOT_FOUND);
    await tx.delete(measures).where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, id)));
    const rest = await tx
      .select({ id: measures.id })
      .from(measures)
      .where(and(eq(measures.workspaceId, workspaceId), eq(measures.objectiveId, cur.objectiveId)))
      .orderBy(asc(measures.position), asc(measures.createdAt));
    for (const [i, r] of rest.entries()) await tx.update(measures).set({ position: i }).where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, r.id)));
    await logActivity(tx, workspaceId, actor, { action: 'measure.deleted', targetType: 'measure', targetId: id, targetLabel: cur.name, data: { objective: cur.objective.name } });
    return cur;
  });
}
