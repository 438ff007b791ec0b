import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberships, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { logActivity, type Actor } from './activity';

/**
 * Owners: makes another member of this workspace its owner and the acting owner an admin, in one
 * transaction with the activity row. A member id outside this workspace is not_found; yourself or
 * someone who already owns it is invalid; an actor who is no longer an owner is forbidden.
 */
export async function transferOwnership(workspaceId: string, actor: Actor & { userId: string }, input: { memberId: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: memberships.id, userId: memberships.userId, role: memberships.role, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.id, input.memberId)))
      .for('update', { of: memberships });
    if (!target) throw new AppError('not_found', 'That person is not a member of this workspace.');
    if (target.userId === actor.userId) throw new AppError('invalid', 'Choose someone other than yourself.', { memberId: ['Choose someone other than yourself.'] });
    if (target.role === 'owner') throw new AppError('invalid', `${target.name} is already an owner.`, { memberId: [`${target.name} is already an owner.`] });
    const [me] = await tx
      .update(memberships)
      .set({ role: 'admin', version: sql`${memberships.version} + 1` })
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, actor.userId), eq(memberships.role, 'owner')))
      .returning({ id: memberships.id });
    if (!me) throw new AppError('forbidden', 'Only an owner can transfer ownership.');
    await tx
      .update(memberships)
      .set({ role: 'owner', version: sql`${memberships.version} + 1` })
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.id, target.id)));
    await logActivity(tx, workspaceId, actor, {
      action: 'workspace.ownership_transferred',
      targetType: 'member',
      targetId: target.id,
      targetLabel: target.name,
      data: { fromUserId: actor.userId, toUserId: target.userId, previousRole: target.role },
    });
    return { memberId: target.id, name: target.name };
  });
}
