import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { touchpoints } from '@/db/schema';
import { conflict, notFound } from '@/lib/errors';
import { decodeCursor, paginate } from '@/lib/api/cursor';
import type { TouchpointView } from '@/lib/journeys/types';
import type { TouchpointFields } from '@/lib/validations/touchpoints';
import { logActivity, type Actor } from './activity';
import { assertOwnerIsMember } from './references';
import { assertJourney, getStageOrThrow, lockJourney } from './stages';
import { rewriteStagePositions, syncItems } from './touchpoint-items';
import { loadTouchpoint, loadTouchpoints } from './touchpoint-views';

const NOT_FOUND = 'This touchpoint is not in the journey (any more).';
type Q = Tx;

async function loadOrThrow(q: Q, workspaceId: string, id: string, journeyId?: string) {
  const t = await loadTouchpoint(q, workspaceId, id, journeyId);
  if (!t) throw notFound(NOT_FOUND);
  return t;
}

/** Members: one touchpoint (with its items), or null. */
export async function getTouchpoint(workspaceId: string, id: string) {
  const db = await getDb();
  return db.transaction((tx) => loadTouchpoint(tx, workspaceId, id));
}

// Only the scalar columns; items are synced separately.
function columnsOf(f: Partial<TouchpointFields>) {
  const { painPoints: _p, opportunities: _o, ...cols } = f;
  if (cols.isMomentOfTruth === false) cols.momentPolarity = null;
  return cols;
}

/** Members: a page of touchpoints of a journey or a stage, in map order (stage position, position, id). */
export async function listTouchpointsPage(workspaceId: string, scope: { journeyId?: string; stageId?: string }, opts: { limit: number; cursor?: string }) {
  const db = await getDb();
  const after = decodeCursor(opts.cursor, 1);
  return db.transaction(async (tx) => {
    if (scope.stageId) await getStageOrThrow(tx, workspaceId, scope.stageId, scope.journeyId);
    else if (scope.journeyId) await assertJourney(tx, workspaceId, scope.journeyId);
    const offset = after ? Number(after[0]) : 0;
    const ids = await tx
      .select({ id: touchpoints.id })
      .from(touchpoints)
      .where(
        and(
          eq(touchpoints.workspaceId, workspaceId),
          scope.stageId ? eq(touchpoints.stageId, scope.stageId) : undefined,
          scope.journeyId ? eq(touchpoints.journeyId, scope.journeyId) : undefined,
        ),
      )
      .orderBy(sql`(select s.position from stages s where s.workspace_id = ${touchpoints.workspaceId} and s.id = ${touchpoints.stageId})`, asc(touchpoints.position), asc(touchpoints.id))
      .offset(Number.isFinite(offset) && offset > 0 ? offset : 0)
      .limit(opts.limit + 1);
    const views = await loadTouchpoints(tx, workspaceId, ids.slice(0, opts.limit).map((r) => r.id));
    const page = paginate(ids, opts.limit, () => [offset + opts.limit]);
    return { data: views, nextCursor: page.nextCursor };
  });
}

export type CreateTouchpoint = Partial<TouchpointFields> & { stageId: string; name: string; position?: number; journeyId?: string };

/** Editors: adds a touchpoint to a stage (at the end or at `position`), with its items. */
export async function createTouchpoint(workspaceId: string, actor: Actor, input: CreateTouchpoint) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const stage = await getStageOrThrow(tx, workspaceId, input.stageId, input.journeyId);
    await lockJourney(tx, workspaceId, stage.journeyId);
    await assertOwnerIsMember(tx, workspaceId, input.ownerId);
    const siblings = await tx
      .select({ id: touchpoints.id })
      .from(touchpoints)
      .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.stageId, stage.id)))
      .orderBy(asc(touchpoints.position), asc(touchpoints.createdAt));
    const { stageId: _s, position: wanted, journeyId: _j, ...fields } = input;
    const [row] = await tx
      .insert(touchpoints)
      .values({ ...columnsOf(fields), name: input.name, workspaceId, journeyId: stage.journeyId, stageId: stage.id, position: siblings.length })
      .returning({ id: touchpoints.id, name: touchpoints.name });
    if (wanted !== undefined && wanted < siblings.length) {
      const order = siblings.map((s) => s.id);
      order.splice(wanted, 0, row.id);
      await rewriteStagePositions(tx, workspaceId, order);
    }
    await syncItems(tx, workspaceId, stage.journeyId, row.id, { painPoints: fields.painPoints, opportunities: fields.opportunities });
    await logActivity(tx, workspaceId, actor, { action: 'touchpoint.created', targetType: 'touchpoint', targetId: row.id, targetLabel: row.name, data: { stage: stage.name } });
    return loadOrThrow(tx, workspaceId, row.id);
  });
}

/**
 * Editors: updates the given fields from the version they read (stale → conflict with the current
 * touchpoint). Item lists, when given, replace the current ones: kept ids stay, new items get ids.
 */
export async function updateTouchpoint(workspaceId: string, actor: Actor, id: string, input: Partial<TouchpointFields> & { version: number; journeyId?: string }) {
  const db = await getDb();
  return db.transaction((tx) => updateTx(tx, workspaceId, actor, id, input));
}

async function updateTx(tx: Tx, workspaceId: string, actor: Actor, id: string, input: Partial<TouchpointFields> & { version: number; journeyId?: string }) {
  const cur = await loadOrThrow(tx, workspaceId, id, input.journeyId);
  if (cur.version !== input.version) throw conflict(cur, `Someone else saved “${cur.name}” in the meantime. Their version is shown; your text is still in the form.`);
  const { version, journeyId: _j, ...fields } = input;
  if (fields.ownerId !== undefined && fields.ownerId !== cur.ownerId) await assertOwnerIsMember(tx, workspaceId, fields.ownerId);
  const [row] = await tx
    .update(touchpoints)
    .set({ ...columnsOf(fields), version: sql`${touchpoints.version} + 1`, updatedAt: new Date() })
    .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id), eq(touchpoints.version, version)))
    .returning({ journeyId: touchpoints.journeyId });
  if (!row) throw conflict(await loadOrThrow(tx, workspaceId, id));
  await syncItems(tx, workspaceId, row.journeyId, id, { painPoints: fields.painPoints, opportunities: fields.opportunities });
  const after = await loadOrThrow(tx, workspaceId, id);
  const changed = Object.keys(fields).filter((k) => JSON.stringify(cur[k as keyof TouchpointView]) !== JSON.stringify(after[k as keyof TouchpointView]));
  await logActivity(tx, workspaceId, actor, { action: 'touchpoint.updated', targetType: 'touchpoint', targetId: id, targetLabel: after.name, data: { fields: changed } });
  return after;
}

/** Editors: deletes a touchpoint with its items. */
export async function deleteTouchpoint(workspaceId: string, actor: Actor, id: string, opts: { journeyId?: string } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await loadOrThrow(tx, workspaceId, id, opts.journeyId);
    await tx.delete(touchpoints).where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id)));
    const rest = await tx
      .select({ id: touchpoints.id })
      .from(touchpoints)
      .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.stageId, cur.stageId)))
      .orderBy(asc(touchpoints.position), asc(touchpoints.createdAt));
    await rewriteStagePositions(tx, workspaceId, rest.map((r) => r.id));
    await logActivity(tx, workspaceId, actor, { action: 'touchpoint.deleted', targetType: 'touchpoint', targetId: id, targetLabel: cur.name });
    return cur;
  });
}

/**
 * Editors: moves a touchpoint to `position` in `stageId` (its own stage or another of the same
 * journey) from the version they read; rewrites the positions of both stages and bumps its version.
 */
export async function moveTouchpoint(workspaceId: string, actor: Actor, id: string, input: MoveInput) {
  const db = await getDb();
  return db.transaction((tx) => moveTx(tx, workspaceId, actor, id, input));
}

type MoveInput = { stageId: string; position: number; version: number; journeyId?: string };

async function moveTx(tx: Tx, workspaceId: string, actor: Actor, id: string, input: MoveInput) {
  const cur = await loadOrThrow(tx, workspaceId, id, input.journeyId);
  const [{ journeyId }] = await tx.select({ journeyId: touchpoints.journeyId }).from(touchpoints).where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id)));
  await lockJourney(tx, workspaceId, journeyId);
  const target = await getStageOrThrow(tx, workspaceId, input.stageId, journeyId);
  if (cur.version !== input.version) throw conflict(cur, `Someone else changed “${cur.name}” in the meantime. The map shows where it is now; move it again.`);
  const listOf = async (stageId: string) =>
    (
      await tx
        .select({ id: touchpoints.id })
        .from(touchpoints)
        .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.stageId, stageId), sql`${touchpoints.id} <> ${id}`))
        .orderBy(asc(touchpoints.position), asc(touchpoints.createdAt))
    ).map((r) => r.id);
  const targetIds = await listOf(target.id);
  targetIds.splice(Math.min(input.position, targetIds.length), 0, id);
  const [moved] = await tx
    .update(touchpoints)
    .set({ stageId: target.id, version: sql`${touchpoints.version} + 1`, updatedAt: new Date() })
    .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id), eq(touchpoints.version, input.version)))
    .returning({ id: touchpoints.id });
  if (!moved) throw conflict(await loadOrThrow(tx, workspaceId, id));
  await rewriteStagePositions(tx, workspaceId, targetIds);
  if (cur.stageId !== target.id) await rewriteStagePositions(tx, workspaceId, await listOf(cur.stageId));
  await logActivity(tx, workspaceId, actor, {
    action: 'touchpoint.moved',
    targetType: 'touchpoint',
    targetId: id,
    targetLabel: cur.name,
    data: { fromStageId: cur.stageId, toStageId: target.id, toStage: target.name, position: targetIds.indexOf(id) },
  });
  return loadOrThrow(tx, workspaceId, id);
}

/** Editors (API PATCH): updates the given fields and/or moves, in one transaction from one version. */
export async function patchTouchpoint(
  workspaceId: string,
  actor: Actor,
  id: string,
  input: Partial<TouchpointFields> & { version: number; move?: { stageId: string; position: number } },
) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { move, ...fields } = input;
    // `fields` always holds the version; anything more is a field to update.
    const updated = Object.keys(fields).length > 1 ? await updateTx(tx, workspaceId, actor, id, fields) : null;
    if (!move) return updated ?? loadOrThrow(tx, workspaceId, id);
    return moveTx(tx, workspaceId, actor, id, { ...move, version: updated?.version ?? input.version });
  });
}
