import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db';
import { initiatives, measures, objectives, stages, touchpoints } from '@/db/schema';

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
