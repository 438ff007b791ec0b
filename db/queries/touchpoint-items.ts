import 'server-only';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Tx } from '@/db';
import { touchpointItems, touchpoints } from '@/db/schema';
import { invalid } from '@/lib/errors';

type ItemIn = { id?: string; text: string };

/** Positions 0…n-1 for the given touchpoint ids, in that order. */
export async function rewriteStagePositions(tx: Tx, workspaceId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await tx.update(touchpoints).set({ position }).where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, id)));
  }
}

/**
 * Makes a touchpoint's items of one kind equal to `list`: items whose id is sent keep it (text and
 * position updated), items without an id are inserted, the others deleted. An id that is not one of
 * this touchpoint's items of that kind is refused (nothing may be re-parented).
 */
async function syncKind(tx: Tx, workspaceId: string, journeyId: string, touchpointId: string, kind: 'pain_point' | 'opportunity', list: ItemIn[]) {
  const scope = and(eq(touchpointItems.workspaceId, workspaceId), eq(touchpointItems.touchpointId, touchpointId), eq(touchpointItems.kind, kind));
  const existing = new Set((await tx.select({ id: touchpointItems.id }).from(touchpointItems).where(scope)).map((r) => r.id));
  const kept = list.filter((i) => i.id).map((i) => i.id!);
  const field = kind === 'pain_point' ? 'painPoints' : 'opportunities';
  if (kept.some((id) => !existing.has(id)) || new Set(kept).size !== kept.length) {
    throw invalid('An item no longer exists. Reload and try again.', { [field]: ['An item no longer exists or is listed twice.'] });
  }
  await tx.delete(touchpointItems).where(kept.length ? and(scope, notInArray(touchpointItems.id, kept)) : scope);
  for (const [position, item] of list.entries()) {
    if (item.id) await tx.update(touchpointItems).set({ text: item.text, position }).where(and(scope, inArray(touchpointItems.id, [item.id])));
    else await tx.insert(touchpointItems).values({ workspaceId, journeyId, touchpointId, kind, text: item.text, position });
  }
}

/** Syncs whichever item lists are given (undefined = leave as is). */
export async function syncItems(tx: Tx, workspaceId: string, journeyId: string, touchpointId: string, lists: { painPoints?: ItemIn[]; opportunities?: ItemIn[] }) {
  if (lists.painPoints) await syncKind(tx, workspaceId, journeyId, touchpointId, 'pain_point', lists.painPoints);
  if (lists.opportunities) await syncKind(tx, workspaceId, journeyId, touchpointId, 'opportunity', lists.opportunities);
}
