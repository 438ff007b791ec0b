import 'server-only';
import { and, asc, count, eq, gte, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { journeys, stages, touchpoints } from '@/db/schema';
import { conflict, notFound } from '@/lib/errors';
import { decodeCursor, paginate } from '@/lib/api/cursor';
import { sameIdSet } from '@/lib/journeys/reorder';
import { logActivity, type Actor } from './activity';
import { clearStageAlignments } from './references';

const NOT_FOUND = 'This stage is not in the journey (any more).';

/** The journey row, locked for the transaction (serialises order changes of one journey). */
export async function lockJourney(tx: Tx, workspaceId: string, journeyId: string) {
  const [j] = await tx
    .select({ id: journeys.id, name: journeys.name, version: journeys.version })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId)))
    .for('update');
  if (!j) throw notFound('This journey is not in the workspace (any more).');
  return j;
}

/** not_found unless the journey is in this workspace (no lock: for reads). */
export async function assertJourney(q: Tx | Db, workspaceId: string, journeyId: string) {
  const [j] = await q.select({ id: journeys.id }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId))).limit(1);
  if (!j) throw notFound('This journey is not in the workspace.');
}

/** A stage of this workspace (and of `journeyId` when given), or not_found. */
export async function getStageOrThrow(q: Tx, workspaceId: string, stageId: string, journeyId?: string) {
  const [s] = await q
    .select()
    .from(stages)
    .where(and(eq(stages.workspaceId, workspaceId), eq(stages.id, stageId), journeyId ? eq(stages.journeyId, journeyId) : undefined))
    .limit(1);
  if (!s) throw notFound(NOT_FOUND);
  return s;
}

/** Members: one stage of this workspace, or null. */
export async function getStage(workspaceId: string, stageId: string) {
  const db = await getDb();
  const [s] = await db.select().from(stages).where(and(eq(stages.workspaceId, workspaceId), eq(stages.id, stageId))).limit(1);
  return s ?? null;
}

/** Members: a journey's stages in order, keyset-paged by (position, id); not_found for a foreign journey. */
export async function listStagesPage(workspaceId: string, journeyId: string, opts: { limit: number; cursor?: string }) {
  const db = await getDb();
  await assertJourney(db, workspaceId, journeyId);
  const after = decodeCursor(opts.cursor, 2);
  const rows = await db
    .select()
    .from(stages)
    .where(
      and(
        eq(stages.workspaceId, workspaceId),
        eq(stages.journeyId, journeyId),
        after ? sql`(${stages.position}, ${stages.id}) > (${Number(after[0])}, ${String(after[1])}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(stages.position), asc(stages.id))
    .limit(opts.limit + 1);
  return paginate(rows, opts.limit, (r) => [r.position, r.id]);
}

/** Editors: adds a stage at the end, or at `position` (later stages shift right). */
export async function createStage(workspaceId: string, actor: Actor, input: { journeyId: string; name: string; description?: string; position?: number }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockJourney(tx, workspaceId, input.journeyId);
    const scope = and(eq(stages.workspaceId, workspaceId), eq(stages.journeyId, input.journeyId));
    const [{ n }] = await tx.select({ n: count() }).from(stages).where(scope);
    let position = n;
    if (input.position !== undefined && input.position < n) {
      position = input.position;
      // Positions are dense after any write of ours, but gaps are harmless: shift everything at or after.
      await tx.update(stages).set({ position: sql`${stages.position} + 1` }).where(and(scope, gte(stages.position, position)));
    }
    const [s] = await tx
      .insert(stages)
      .values({ workspaceId, journeyId: input.journeyId, name: input.name.trim(), description: input.description?.trim() ?? '', position })
      .returning();
    await logActivity(tx, workspaceId, actor, { action: 'stage.created', targetType: 'stage', targetId: s.id, targetLabel: s.name, data: { journeyId: s.journeyId, position } });
    return s;
  });
}

/** Editors: renames/describes a stage from the version they read; stale → conflict with the current stage. */
export async function updateStage(
  workspaceId: string,
  actor: Actor,
  stageId: string,
  input: { name?: string; description?: string; version: number; journeyId?: string },
) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await getStageOrThrow(tx, workspaceId, stageId, input.journeyId);
    if (cur.version !== input.version) throw conflict(cur, `Someone else changed the stage “${cur.name}” in the meantime. Review their version, then save again.`);
    const set = { name: input.name?.trim() ?? cur.name, description: input.description?.trim() ?? cur.description };
    const [s] = await tx
      .update(stages)
      .set({ ...set, version: sql`${stages.version} + 1`, updatedAt: new Date() })
      .where(and(eq(stages.workspaceId, workspaceId), eq(stages.id, stageId), eq(stages.version, input.version)))
      .returning();
    if (!s) throw conflict(await getStageOrThrow(tx, workspaceId, stageId));
    const changes: Record<string, { from: string; to: string }> = {};
    if (cur.name !== s.name) changes.name = { from: cur.name, to: s.name };
    if (cur.description !== s.description) changes.description = { from: cur.description, to: s.description };
    await logActivity(tx, workspaceId, actor, { action: 'stage.updated', targetType: 'stage', targetId: s.id, targetLabel: s.name, data: { journeyId: s.journeyId, changes } });
    return s;
  });
}

/** Editors: deletes a stage with its touchpoints (and their items, by cascade). */
export async function deleteStage(workspaceId: string, actor: Actor, stageId: string, opts: { journeyId?: string } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const s = await getStageOrThrow(tx, workspaceId, stageId, opts.journeyId);
    await lockJourney(tx, workspaceId, s.journeyId);
    const [{ n }] = await tx.select({ n: count() }).from(touchpoints).where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.stageId, stageId)));
    await clearStageAlignments(tx, workspaceId, { stageId });
    await tx.delete(stages).where(and(eq(stages.workspaceId, workspaceId), eq(stages.id, stageId)));
    await logActivity(tx, workspaceId, actor, { action: 'stage.deleted', targetType: 'stage', targetId: s.id, targetLabel: s.name, data: { journeyId: s.journeyId, touchpoints: n } });
    return { ...s, touchpointCount: n };
  });
}

/**
 * Editors: sets the order of a journey's stages. The caller sends the journey version it read and
 * every stage id in the new order; a stale version or a different id set is a conflict (current
 * order attached). Rewrites positions 0…n-1 and bumps the journey version.
 */
export async function reorderStages(workspaceId: string, actor: Actor, input: { journeyId: string; version: number; stageIds: string[] }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const j = await lockJourney(tx, workspaceId, input.journeyId);
    const rows = await tx
      .select({ id: stages.id, name: stages.name })
      .from(stages)
      .where(and(eq(stages.workspaceId, workspaceId), eq(stages.journeyId, input.journeyId)))
      .orderBy(asc(stages.position), asc(stages.createdAt));
    const current = { version: j.version, stageIds: rows.map((r) => r.id) };
    if (j.version !== input.version) throw conflict(current, 'Someone else changed this journey in the meantime. The map now shows their order; move the stage again.');
    if (!sameIdSet(current.stageIds, input.stageIds)) throw conflict(current, 'Stages were added or removed in the meantime. The map now shows the current stages; move the stage again.');
    for (const [position, id] of input.stageIds.entries()) {
      await tx.update(stages).set({ position }).where(and(eq(stages.workspaceId, workspaceId), eq(stages.id, id)));
    }
    const [updated] = await tx
      .update(journeys)
      .set({ version: sql`${journeys.version} + 1`, updatedAt: new Date() })
      .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, input.journeyId), eq(journeys.version, input.version)))
      .returning({ version: journeys.version });
    const names = new Map(rows.map((r) => [r.id, r.name]));
    await logActivity(tx, workspaceId, actor, {
      action: 'stage.reordered',
      targetType: 'journey',
      targetId: j.id,
      targetLabel: j.name,
      data: { order: input.stageIds.map((id) => names.get(id)) },
    });
    return { version: updated.version, stageIds: input.stageIds };
  });
}
