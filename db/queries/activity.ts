import 'server-only';
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { activities } from '@/db/schema';

export type Actor = { userId: string | null; tokenId: string | null; name: string };

export type ActivityInput = {
  action: string;
  targetType: string;
  targetId?: string | null;
  targetLabel?: string | null;
  data?: Record<string, unknown>;
};

/** Writes one activity row; call it inside the transaction of the change it records. */
export async function logActivity(tx: Tx | Db, workspaceId: string, actor: Actor, input: ActivityInput) {
  await tx.insert(activities).values({
    workspaceId,
    actorUserId: actor.userId,
    actorTokenId: actor.tokenId,
    actorName: actor.name,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    targetLabel: input.targetLabel ?? null,
    data: input.data ?? null,
  });
}

/** Admins read the log: newest first, optionally filtered by person and by kind (the action's prefix). */
export async function listActivities(
  workspaceId: string,
  opts: { actorUserId?: string; kind?: string; limit?: number; before?: { createdAt: Date; id: string } } = {},
) {
  const db = await getDb();
  const conds: SQL[] = [eq(activities.workspaceId, workspaceId)];
  if (opts.actorUserId) conds.push(eq(activities.actorUserId, opts.actorUserId));
  if (opts.kind) conds.push(eq(activities.targetType, opts.kind));
  if (opts.before) {
    conds.push(
      or(lt(activities.createdAt, opts.before.createdAt), and(eq(activities.createdAt, opts.before.createdAt), lt(activities.id, opts.before.id)))!,
    );
  }
  return db
    .select()
    .from(activities)
    .where(and(...conds))
    .orderBy(desc(activities.createdAt), desc(activities.id))
    .limit(opts.limit ?? 200);
}
