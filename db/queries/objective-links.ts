import 'server-only';
import { and, asc, eq, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { objectiveLinks } from '@/db/schema';
import { invalid, notFound } from '@/lib/errors';
import { logActivity, type Actor } from './activity';
import { getObjectiveOrThrow } from './objectives';
import { lockScorecard } from './scorecards';

const EFFECT = 'effectId';

/** Members: a scorecard's cause → effect links, oldest first. */
export async function listObjectiveLinks(workspaceId: string, scorecardId: string) {
  const db = await getDb();
  return db
    .select({ id: objectiveLinks.id, causeId: objectiveLinks.causeId, effectId: objectiveLinks.effectId, createdAt: objectiveLinks.createdAt })
    .from(objectiveLinks)
    .where(and(eq(objectiveLinks.workspaceId, workspaceId), eq(objectiveLinks.scorecardId, scorecardId)))
    .orderBy(asc(objectiveLinks.createdAt), asc(objectiveLinks.id));
}

/**
 * Editors: records that `causeId` drives `effectId`. Both must be objectives of the same scorecard of
 * this workspace; a self-link, a duplicate or the reverse of an existing link is refused (as an
 * `effectId` field error), nothing stored.
 */
export async function createObjectiveLink(workspaceId: string, actor: Actor, input: { causeId: string; effectId: string; scorecardId?: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cause = await getObjectiveOrThrow(tx, workspaceId, input.causeId, input.scorecardId);
    await lockScorecard(tx, workspaceId, cause.scorecardId);
    if (input.effectId === cause.id) throw invalid('An objective cannot drive itself.', { [EFFECT]: ['An objective cannot drive itself.'] });
    const effect = await getObjectiveOrThrow(tx, workspaceId, input.effectId).catch(() => null);
    if (!effect || effect.scorecardId !== cause.scorecardId) {
      throw invalid('Choose an objective of the same scorecard.', { [EFFECT]: ['Choose an objective of the same scorecard.'] });
    }
    const [existing] = await tx
      .select({ causeId: objectiveLinks.causeId })
      .from(objectiveLinks)
      .where(
        and(
          eq(objectiveLinks.workspaceId, workspaceId),
          or(
            and(eq(objectiveLinks.causeId, cause.id), eq(objectiveLinks.effectId, effect.id)),
            and(eq(objectiveLinks.causeId, effect.id), eq(objectiveLinks.effectId, cause.id)),
          ),
        ),
      )
      .limit(1);
    if (existing) {
      const msg = existing.causeId === cause.id ? `“${cause.name}” already drives “${effect.name}”.` : `“${effect.name}” already drives “${cause.name}”; a link cannot go both ways.`;
      throw invalid(msg, { [EFFECT]: [msg] });
    }
    const [link] = await tx.insert(objectiveLinks).values({ workspaceId, scorecardId: cause.scorecardId, causeId: cause.id, effectId: effect.id }).returning();
    await logActivity(tx, workspaceId, actor, {
      action: 'objective_link.created',
      targetType: 'objective',
      targetId: cause.id,
      targetLabel: cause.name,
      data: { scorecardId: cause.scorecardId, linkId: link.id, effectId: effect.id, effect: effect.name },
    });
    return { id: link.id, scorecardId: link.scorecardId, causeId: link.causeId, effectId: link.effectId, createdAt: link.createdAt };
  });
}

/** Editors: removes a cause → effect link of this workspace (of `scorecardId` when given), or not_found. */
export async function deleteObjectiveLink(workspaceId: string, actor: Actor, linkId: string, opts: { scorecardId?: string } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(objectiveLinks)
      .where(and(eq(objectiveLinks.workspaceId, workspaceId), eq(objectiveLinks.id, linkId), opts.scorecardId ? eq(objectiveLinks.scorecardId, opts.scorecardId) : undefined))
      .returning();
    if (!gone) throw notFound('This link is not in the scorecard (any more).');
    const cause = await getObjectiveOrThrow(tx, workspaceId, gone.causeId);
    const effect = await getObjectiveOrThrow(tx, workspaceId, gone.effectId);
    await logActivity(tx, workspaceId, actor, {
      action: 'objective_link.deleted',
      targetType: 'objective',
      targetId: cause.id,
      targetLabel: cause.name,
      data: { scorecardId: gone.scorecardId, effectId: effect.id, effect: effect.name },
    });
    return gone;
  });
}
