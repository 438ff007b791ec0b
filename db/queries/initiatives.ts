import 'server-only';
import { and, asc, eq, max, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { initiatives, memberships, users } from '@/db/schema';
import { conflict, invalid, notFound } from '@/lib/errors';
import type { InitiativeFields } from '@/lib/validations/scorecards';
import { logActivity, type Actor } from './activity';
import { getObjectiveOrThrow } from './objectives';
import { assertOwnerIsMember } from './references';

const NOT_FOUND = 'This initiative is not in the scorecard (any more).';
const DATES = 'The due date cannot be before the start.';

// Qualified by hand: drizzle leaves column names unqualified in a single-table select, which a subquery would capture.
const ownerName = sql<string | null>`(select u.name from ${users} u join ${memberships} m on m.user_id = u.id and m.workspace_id = "initiatives"."workspace_id" where u.id = "initiatives"."owner_id")`;
const columns = {
  id: initiatives.id,
  scorecardId: initiatives.scorecardId,
  objectiveId: initiatives.objectiveId,
  name: initiatives.name,
  description: initiatives.description,
  ownerId: initiatives.ownerId,
  ownerName,
  status: initiatives.status,
  startDate: initiatives.startDate,
  dueDate: initiatives.dueDate,
  progress: initiatives.progress,
  position: initiatives.position,
  version: initiatives.version,
  createdAt: initiatives.createdAt,
  updatedAt: initiatives.updatedAt,
};

async function getOrThrow(q: Db | Tx, workspaceId: string, initiativeId: string, scorecardId?: string) {
  const [i] = await q
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.id, initiativeId), scorecardId ? eq(initiatives.scorecardId, scorecardId) : undefined))
    .limit(1);
  if (!i) throw notFound(NOT_FOUND);
  return i;
}

/** Members: one initiative with its owner's name, or not_found. */
export async function getInitiative(workspaceId: string, initiativeId: string) {
  const db = await getDb();
  const [i] = await db.select(columns).from(initiatives).where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.id, initiativeId))).limit(1);
  if (!i) throw notFound(NOT_FOUND);
  return i;
}

/** Members: an objective's initiatives in order; not_found for an objective outside this workspace. */
export async function listInitiatives(workspaceId: string, objectiveId: string) {
  const db = await getDb();
  await getObjectiveOrThrow(db, workspaceId, objectiveId);
  return db
    .select(columns)
    .from(initiatives)
    .where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.objectiveId, objectiveId)))
    .orderBy(asc(initiatives.position), asc(initiatives.id));
}

function assertDates(start: string | null, due: string | null) {
  if (start && due && start > due) throw invalid(DATES, { dueDate: [DATES] });
}

/** Editors: adds an initiative at the end of an objective's list; owner must be a member; start ≤ due. */
export async function createInitiative(workspaceId: string, actor: Actor, input: InitiativeFields & { name: string; objectiveId: string; scorecardId?: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const o = await getObjectiveOrThrow(tx, workspaceId, input.objectiveId, input.scorecardId);
    await assertOwnerIsMember(tx, workspaceId, input.ownerId);
    assertDates(input.startDate ?? null, input.dueDate ?? null);
    const [{ m }] = await tx.select({ m: max(initiatives.position) }).from(initiatives).where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.objectiveId, o.id)));
    const [i] = await tx
      .insert(initiatives)
      .values({
        workspaceId,
        scorecardId: o.scorecardId,
        objectiveId: o.id,
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
        ownerId: input.ownerId ?? null,
        status: input.status ?? 'planned',
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        progress: input.progress ?? 0,
        position: m === null ? 0 : m + 1,
      })
      .returning();
    await logActivity(tx, workspaceId, actor, { action: 'initiative.created', targetType: 'initiative', targetId: i.id, targetLabel: i.name, data: { scorecardId: i.scorecardId, objective: o.name } });
    return i;
  });
}

/** Editors: edits an initiative from the version they read (stale → conflict with the current row); start ≤ due after the edit. */
export async function updateInitiative(workspaceId: string, actor: Actor, initiativeId: string, patch: InitiativeFields & { version: number }, opts: { scorecardId?: string } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await getOrThrow(tx, workspaceId, initiativeId, opts.scorecardId);
    if (cur.version !== patch.version) throw conflict(cur, `Someone else changed the initiative “${cur.name}” in the meantime. Review their version, then save again.`);
    if (patch.ownerId !== undefined && patch.ownerId !== cur.ownerId) await assertOwnerIsMember(tx, workspaceId, patch.ownerId);
    assertDates(patch.startDate !== undefined ? patch.startDate : cur.startDate, patch.dueDate !== undefined ? patch.dueDate : cur.dueDate);
    const set: Partial<typeof initiatives.$inferInsert> = {};
    for (const k of ['ownerId', 'status', 'startDate', 'dueDate', 'progress'] as const) if (patch[k] !== undefined) Object.assign(set, { [k]: patch[k] });
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.description !== undefined) set.description = patch.description.trim();
    const [after] = await tx
      .update(initiatives)
      .set({ ...set, version: sql`${initiatives.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.id, initiativeId), eq(initiatives.version, patch.version)))
      .returning();
    if (!after) throw conflict(await getOrThrow(tx, workspaceId, initiativeId));
    const changed = (['name', 'description', 'ownerId', 'status', 'startDate', 'dueDate', 'progress'] as const).filter((k) => cur[k] !== after[k]);
    await logActivity(tx, workspaceId, actor, {
      action: 'initiative.updated',
      targetType: 'initiative',
      targetId: after.id,
      targetLabel: after.name,
      data: { scorecardId: after.scorecardId, changes: Object.fromEntries(changed.map((k) => [k, { from: cur[k], to: after[k] }])) },
    });
    return after;
  });
}

/** Editors: deletes an initiative, with an activity row. */
export async function deleteInitiative(workspaceId: string, actor: Actor, initiativeId: string, opts: { scorecardId?: string } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await getOrThrow(tx, workspaceId, initiativeId, opts.scorecardId);
    await tx.delete(initiatives).where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.id, initiativeId)));
    await logActivity(tx, workspaceId, actor, { action: 'initiative.deleted', targetType: 'initiative', targetId: cur.id, targetLabel: cur.name, data: { scorecardId: cur.scorecardId } });
    return cur;
  });
}
