import 'server-only';
import { and, asc, eq, max, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { memberships, objectives, perspectives, users } from '@/db/schema';
import { conflict, invalid, notFound } from '@/lib/errors';
import { sameIdSet } from '@/lib/journeys/reorder';
import type { ObjectivePatch } from '@/lib/validations/scorecards';
import { logActivity, type Actor } from './activity';
import { assertOwnerIsMember, assertStageOfWorkspace } from './references';
import { lockScorecard } from './scorecards';

const NOT_FOUND = 'This objective is not in the scorecard (any more).';
const PERSPECTIVE_MSG = 'Choose a perspective of this scorecard.';

// The owner's name only while they are still a member (a departed member's name is not shown).
// Qualified by hand: drizzle leaves column names unqualified in a single-table select, which a subquery would capture.
const ownerName = sql<string | null>`(select u.name from ${users} u join ${memberships} m on m.user_id = u.id and m.workspace_id = "objectives"."workspace_id" where u.id = "objectives"."owner_id")`;
const perspectiveOrder = sql`(select p.position from ${perspectives} p where p.workspace_id = "objectives"."workspace_id" and p.id = "objectives"."perspective_id")`;

const columns = {
  id: objectives.id,
  scorecardId: objectives.scorecardId,
  perspectiveId: objectives.perspectiveId,
  name: objectives.name,
  description: objectives.description,
  ownerId: objectives.ownerId,
  ownerName,
  weight: objectives.weight,
  stageId: objectives.stageId,
  position: objectives.position,
  version: objectives.version,
  createdAt: objectives.createdAt,
  updatedAt: objectives.updatedAt,
};

/** An objective of this workspace (and of `scorecardId` when given), or not_found. */
export async function getObjectiveOrThrow(q: Db | Tx, workspaceId: string, objectiveId: string, scorecardId?: string) {
  const [o] = await q
    .select()
    .from(objectives)
    .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.id, objectiveId), scorecardId ? eq(objectives.scorecardId, scorecardId) : undefined))
    .limit(1);
  if (!o) throw notFound(NOT_FOUND);
  return o;
}

/** Members: one objective with its owner's name, or not_found. */
export async function getObjective(workspaceId: string, objectiveId: string) {
  const db = await getDb();
  const [o] = await db.select(columns).from(objectives).where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.id, objectiveId))).limit(1);
  if (!o) throw notFound(NOT_FOUND);
  return o;
}

/** Members: a scorecard's objectives in display order (perspective position, position); not_found for a foreign scorecard. */
export async function listObjectives(workspaceId: string, scorecardId: string, q?: Db | Tx) {
  const db = q ?? (await getDb());
  const rows = await db
    .select(columns)
    .from(objectives)
    .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.scorecardId, scorecardId)))
    .orderBy(perspectiveOrder, asc(objectives.position), asc(objectives.id));
  return rows;
}

async function perspectiveOf(tx: Tx, workspaceId: string, scorecardId: string, perspectiveId: string) {
  const [p] = await tx
    .select()
    .from(perspectives)
    .where(and(eq(perspectives.workspaceId, workspaceId), eq(perspectives.scorecardId, scorecardId), eq(perspectives.id, perspectiveId)))
    .limit(1);
  if (!p) throw invalid(PERSPECTIVE_MSG, { perspectiveId: [PERSPECTIVE_MSG] });
  return p;
}

async function nextPosition(tx: Tx, workspaceId: string, perspectiveId: string) {
  const [{ m }] = await tx
    .select({ m: max(objectives.position) })
    .from(objectives)
    .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.perspectiveId, perspectiveId)));
  return m === null ? 0 : m + 1;
}

export type ObjectiveInput = { name: string; description?: string; ownerId?: string | null; weight?: number; stageId?: string | null };

/** Editors: adds an objective at the end of a perspective of that scorecard; owner must be a member, stage of this workspace. */
export async function createObjective(workspaceId: string, actor: Actor, input: ObjectiveInput & { scorecardId: string; perspectiveId: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockScorecard(tx, workspaceId, input.scorecardId);
    const p = await perspectiveOf(tx, workspaceId, input.scorecardId, input.perspectiveId);
    await assertOwnerIsMember(tx, workspaceId, input.ownerId);
    await assertStageOfWorkspace(tx, workspaceId, input.stageId);
    const [o] = await tx
      .insert(objectives)
      .values({
        workspaceId,
        scorecardId: input.scorecardId,
        perspectiveId: p.id,
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
        ownerId: input.ownerId ?? null,
        weight: input.weight ?? 1,
        stageId: input.stageId ?? null,
        position: await nextPosition(tx, workspaceId, p.id),
      })
      .returning();
    await logActivity(tx, workspaceId, actor, { action: 'objective.created', targetType: 'objective', targetId: o.id, targetLabel: o.name, data: { scorecardId: o.scorecardId, perspective: p.label } });
    return o;
  });
}

/**
 * Editors: edits an objective from the version they read (stale → conflict with the current row). A
 * new perspectiveId (of the same scorecard) moves it to the end of that perspective.
 */
export async function updateObjective(workspaceId: string, actor: Actor, objectiveId: string, patch: ObjectivePatch, opts: { scorecardId?: string } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await getObjectiveOrThrow(tx, workspaceId, objectiveId, opts.scorecardId);
    await lockScorecard(tx, workspaceId, cur.scorecardId);
    if (cur.version !== patch.version) throw conflict(cur, `Someone else changed the objective “${cur.name}” in the meantime. Review their version, then save again.`);
    const moving = patch.perspectiveId !== undefined && patch.perspectiveId !== cur.perspectiveId;
    const target = moving ? await perspectiveOf(tx, workspaceId, cur.scorecardId, patch.perspectiveId!) : null;
    if (patch.ownerId !== undefined && patch.ownerId !== cur.ownerId) await assertOwnerIsMember(tx, workspaceId, patch.ownerId);
    if (patch.stageId !== undefined && patch.stageId !== cur.stageId) await assertStageOfWorkspace(tx, workspaceId, patch.stageId);
    const set: Partial<typeof objectives.$inferInsert> = {};
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.description !== undefined) set.description = patch.description.trim();
    if (patch.ownerId !== undefined) set.ownerId = patch.ownerId;
    if (patch.weight !== undefined) set.weight = patch.weight;
    if (patch.stageId !== undefined) set.stageId = patch.stageId;
    if (target) Object.assign(set, { perspectiveId: target.id, position: await nextPosition(tx, workspaceId, target.id) });
    const [after] = await tx
      .update(objectives)
      .set({ ...set, version: sql`${objectives.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.id, objectiveId), eq(objectives.version, patch.version)))
      .returning();
    if (!after) throw conflict(await getObjectiveOrThrow(tx, workspaceId, objectiveId));
    const changed = (['name', 'description', 'ownerId', 'weight', 'stageId'] as const).filter((k) => cur[k] !== after[k]);
    if (target) {
      await logActivity(tx, workspaceId, actor, { action: 'objective.moved', targetType: 'objective', targetId: after.id, targetLabel: after.name, data: { scorecardId: after.scorecardId, to: target.label } });
    }
    if (changed.length || !target) {
      await logActivity(tx, workspaceId, actor, {
        action: 'objective.updated',
        targetType: 'objective',
        targetId: after.id,
        targetLabel: after.name,
        data: { scorecardId: after.scorecardId, changes: Object.fromEntries(changed.map((k) => [k, { from: cur[k], to: after[k] }])) },
      });
    }
    return after;
  });
}

/** Editors: deletes an objective with its measures, initiatives and links (FK cascade), with an activity row. */
export async function deleteObjective(workspaceId: string, actor: Actor, objectiveId: string, opts: { scorecardId?: string } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await getObjectiveOrThrow(tx, workspaceId, objectiveId, opts.scorecardId);
    await lockScorecard(tx, workspaceId, cur.scorecardId);
    await tx.delete(objectives).where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.id, objectiveId)));
    await logActivity(tx, workspaceId, actor, { action: 'objective.deleted', targetType: 'objective', targetId: cur.id, targetLabel: cur.name, data: { scorecardId: cur.scorecardId } });
    return cur;
  });
}

/**
 * Editors: sets the order of a perspective's objectives. The caller sends the perspective's version
 * and every objective id of it in the new order; a stale version or a different id set is a
 * conflict (current order attached). Rewrites positions 0…n-1 and bumps the perspective's version.
 */
export async function reorderObjectives(workspaceId: string, actor: Actor, input: { scorecardId: string; perspectiveId: string; version: number; objectiveIds: string[] }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const sc = await lockScorecard(tx, workspaceId, input.scorecardId);
    const p = await perspectiveOf(tx, workspaceId, input.scorecardId, input.perspectiveId);
    const rows = await tx
      .select({ id: objectives.id, name: objectives.name })
      .from(objectives)
      .where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.perspectiveId, p.id)))
      .orderBy(asc(objectives.position), asc(objectives.id));
    const current = { version: p.version, objectiveIds: rows.map((r) => r.id) };
    if (p.version !== input.version) throw conflict(current, 'Someone else reordered these objectives in the meantime. The page now shows their order; move it again.');
    if (!sameIdSet(current.objectiveIds, input.objectiveIds)) throw conflict(current, 'Objectives were added or removed in the meantime. The page now shows the current ones; move it again.');
    for (const [position, id] of input.objectiveIds.entries()) {
      await tx.update(objectives).set({ position }).where(and(eq(objectives.workspaceId, workspaceId), eq(objectives.id, id)));
    }
    const [updated] = await tx
      .update(perspectives)
      .set({ version: sql`${perspectives.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(perspectives.workspaceId, workspaceId), eq(perspectives.id, p.id)))
      .returning({ version: perspectives.version });
    const names = new Map(rows.map((r) => [r.id, r.name]));
    await logActivity(tx, workspaceId, actor, {
      action: 'objective.moved',
      targetType: 'scorecard',
      targetId: sc.id,
      targetLabel: sc.name,
      data: { perspective: p.label, order: input.objectiveIds.map((id) => names.get(id)) },
    });
    return { version: updated.version, objectiveIds: input.objectiveIds };
  });
}

