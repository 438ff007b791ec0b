import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db';
import { initiatives, measures, memberships, objectives, stages, touchpoints } from '@/db/schema';
import { AppError } from '@/lib/errors';

// Rows that point at a member or a journey stage without a cascading key: cleared in the caller's transaction.

/** Empties every owner field (touchpoints, objectives, measures, initiatives) a departing member held here. */
export async function clearOwnerships(tx: Tx, workspaceId: string, userId: string) {
  for (const t of [touchpoints, objectives, measures, initiatives]) {
    await tx.update(t).set({ ownerId: null }).where(and(eq(t.workspaceId, workspaceId), eq(t.ownerId, userId)));
  }
}

/** Removes the stage alignment of objectives and measures before a stage, or a journey's stages, are deleted. */
export async function clearStageAlignments(tx: Tx, workspaceId: string, target: { stageId: string } | { journeyId: string }) {
  const ids =
    'stageId' in target
      ? [target.stageId]
      : tx.select({ id: stages.id }).from(stages).where(and(eq(stages.workspaceId, workspaceId), eq(stages.journeyId, target.journeyId)));
  for (const t of [objectives, measures]) {
    await tx.update(t).set({ stageId: null }).where(and(eq(t.workspaceId, workspaceId), inArray(t.stageId, ids)));
  }
}

/** Refuses an owner who is not a member of this workspace (a field error on ownerId); null/undefined pass. */
export async function assertOwnerIsMember(q: Tx | Db, workspaceId: string, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const [m] = await q
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, ownerId)))
    .limit(1);
  if (!m) throw new AppError('invalid', 'The owner must be a member of this workspace.', { ownerId: ['Choose a member of this workspace.'] });
}

const STAGE_MSG = 'Choose a stage of one of this workspace’s journeys.';

/** Refuses a stage alignment that is not a stage of this workspace (a field error on stageId); null/undefined pass. */
export async function assertStageInWorkspace(q: Tx | Db, workspaceId: string, stageId: string | null | undefined) {
  if (!stageId) return;
  const [s] = await q
    .select({ id: stages.id })
    .from(stages)
    .where(and(eq(stages.workspaceId, workspaceId), eq(stages.id, stageId)))
    .limit(1);
  if (!s) throw new AppError('invalid', STAGE_MSG, { stageId: [STAGE_MSG] });
}
