import 'server-only';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { scorecards, shareLinks, users, workspaces } from '@/db/schema';
import { notFound } from '@/lib/errors';
import { hashToken, newToken } from '@/lib/tokens';
import { logActivity, type Actor } from './activity';

export type NewShareLink = {
  scorecardId: string;
  label: string;
  expiresAt: Date | null;
  passwordHash: string | null;
  includeStrategyMap: boolean;
  includeJourneys: boolean;
};

/** Admins: the live (not revoked) links of one scorecard of this workspace, newest first; never the token. */
export async function listShareLinks(workspaceId: string, scorecardId: string) {
  const db = await getDb();
  return db
    .select({
      id: shareLinks.id,
      label: shareLinks.label,
      createdAt: shareLinks.createdAt,
      expiresAt: shareLinks.expiresAt,
      hasPassword: sql<boolean>`${shareLinks.passwordHash} is not null`,
      includeStrategyMap: shareLinks.includeStrategyMap,
      includeJourneys: shareLinks.includeJourneys,
      viewCount: shareLinks.viewCount,
      lastViewedAt: shareLinks.lastViewedAt,
      createdByName: users.name,
    })
    .from(shareLinks)
    .leftJoin(users, eq(users.id, shareLinks.createdBy))
    .where(and(eq(shareLinks.workspaceId, workspaceId), eq(shareLinks.scorecardId, scorecardId), isNull(shareLinks.revokedAt)))
    .orderBy(desc(shareLinks.createdAt));
}

/** Admins: creates a link to a scorecard of this workspace (404 when it is not here); returns the token, once. */
export async function createShareLink(workspaceId: string, actor: Actor, input: NewShareLink) {
  const db = await getDb();
  const token = newToken();
  const row = await db.transaction(async (tx) => {
    const [card] = await tx
      .select({ id: scorecards.id, name: scorecards.name })
      .from(scorecards)
      .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, input.scorecardId)));
    if (!card) throw notFound('Scorecard not found.');
    const [link] = await tx
      .insert(shareLinks)
      .values({ workspaceId, ...input, label: input.label.trim(), tokenHash: hashToken(token), createdBy: actor.userId })
      .returning();
    await logActivity(tx, workspaceId, actor, {
      action: 'share_link.created',
      targetType: 'share_link',
      targetId: link.id,
      targetLabel: link.label,
      data: { scorecard: card.name, expiresAt: link.expiresAt?.toISOString() ?? null, password: link.passwordHash !== null },
    });
    return link;
  });
  return { id: row.id, label: row.label, token };
}

/** Admins: revokes a live link of this workspace at once (unknown or already revoked: 404). */
export async function revokeShareLink(workspaceId: string, actor: Actor, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(shareLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(shareLinks.workspaceId, workspaceId), eq(shareLinks.id, id), isNull(shareLinks.revokedAt)))
      .returning({ id: shareLinks.id, label: shareLinks.label, scorecardId: shareLinks.scorecardId, tokenHash: shareLinks.tokenHash });
    if (!done) throw notFound('Share link not found (or already revoked).');
    await logActivity(tx, workspaceId, actor, { action: 'share_link.revoked', targetType: 'share_link', targetId: done.id, targetLabel: done.label });
    return done;
  });
}

/** Anyone holding the token: the live link (not revoked, not expired at `now`) with its workspace's display settings, or null. */
export async function findLiveShareLink(token: string, now = new Date()) {
  const db = await getDb();
  const [row] = await db
    .select({
      link: shareLinks,
      workspace: { id: workspaces.id, name: workspaces.name, timeZone: workspaces.timeZone, locale: workspaces.locale, currency: workspaces.currency },
    })
    .from(shareLinks)
    .innerJoin(workspaces, eq(workspaces.id, shareLinks.workspaceId))
    .where(and(eq(shareLinks.tokenHash, hashToken(token)), isNull(shareLinks.revokedAt), or(isNull(shareLinks.expiresAt), gt(shareLinks.expiresAt, now))))
    .limit(1);
  return row ?? null;
}

/** The view buffer's flush: adds `count` views to one link of this workspace and moves last_viewed_at forward to `at`. */
export async function addShareLinkViews(workspaceId: string, id: string, count: number, at: Date) {
  const db = await getDb();
  await db
    .update(shareLinks)
    .set({
      viewCount: sql`${shareLinks.viewCount} + ${count}`,
      lastViewedAt: sql`greatest(coalesce(${shareLinks.lastViewedAt}, ${at.toISOString()}::timestamptz), ${at.toISOString()}::timestamptz)`,
    })
    .where(and(eq(shareLinks.workspaceId, workspaceId), eq(shareLinks.id, id)));
}
