import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db';
import { memberships, touchpointItems, touchpoints, users, type Touchpoint } from '@/db/schema';
import type { Item, TouchpointView } from '@/lib/journeys/types';

type Q = Tx;

/** Touchpoints of this workspace as the map shows them (owner hidden when they left), in the order of `ids`. Two statements. */
export async function loadTouchpoints(q: Q, workspaceId: string, ids: string[], journeyId?: string): Promise<TouchpointView[]> {
  if (!ids.length) return [];
  const rows = await q
    .select({ tp: touchpoints, ownerName: users.name })
    .from(touchpoints)
    .leftJoin(memberships, and(eq(memberships.workspaceId, touchpoints.workspaceId), eq(memberships.userId, touchpoints.ownerId)))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(touchpoints.workspaceId, workspaceId), inArray(touchpoints.id, ids), journeyId ? eq(touchpoints.journeyId, journeyId) : undefined));
  const items = rows.length
    ? await q
        .select()
        .from(touchpointItems)
        .where(and(eq(touchpointItems.workspaceId, workspaceId), inArray(touchpointItems.touchpointId, ids)))
        .orderBy(asc(touchpointItems.position), asc(touchpointItems.createdAt))
    : [];
  const byId = new Map(rows.map((r) => [r.tp.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const pick = (kind: 'pain_point' | 'opportunity') => items.filter((i) => i.touchpointId === id && i.kind === kind).map((i) => ({ id: i.id, text: i.text }));
    return [toTouchpointView(row.tp, row.ownerName, pick('pain_point'), pick('opportunity'))];
  });
}

/** A touchpoint row as the map shows it: the owner only while they are a member (ownerName set). */
export function toTouchpointView(tp: Touchpoint, ownerName: string | null, painPoints: Item[], opportunities: Item[]): TouchpointView {
  return {
    id: tp.id,
    stageId: tp.stageId,
    position: tp.position,
    name: tp.name,
    channel: tp.channel,
    mode: tp.mode,
    ownerId: ownerName ? tp.ownerId : null,
    ownerName: ownerName ?? null,
    customerActions: tp.customerActions,
    emotion: tp.emotion,
    expectations: tp.expectations,
    perceptions: tp.perceptions,
    isMomentOfTruth: tp.isMomentOfTruth,
    momentPolarity: tp.momentPolarity,
    proactiveStrategy: tp.proactiveStrategy,
    reactiveStrategy: tp.reactiveStrategy,
    painPoints,
    opportunities,
    version: tp.version,
  };
}

/** One touchpoint as the map shows it, or null when it is not in this workspace (or that journey). */
export async function loadTouchpoint(q: Q, workspaceId: string, id: string, journeyId?: string): Promise<TouchpointView | null> {
  return (await loadTouchpoints(q, workspaceId, [id], journeyId))[0] ?? null;
}
