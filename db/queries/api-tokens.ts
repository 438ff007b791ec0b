import 'server-only';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { apiTokens, users, workspaces } from '@/db/schema';
import { canGrant, type Role } from '@/lib/authz';
import { hashToken, newToken } from '@/lib/tokens';
import { forbidden, notFound } from '@/lib/errors';
import { logActivity, type Actor } from './activity';

/** Resolves a presented bearer token to its live token row and workspace, or null. */
export async function findApiToken(token: string) {
  const db = await getDb();
  const [row] = await db
    .select({ token: apiTokens, workspace: workspaces })
    .from(apiTokens)
    .innerJoin(workspaces, eq(workspaces.id, apiTokens.workspaceId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row ?? null;
}

/** Records use at most once a minute per token, so reads do not turn into a write each. */
export async function touchApiToken(workspaceId: string, id: string) {
  const db = await getDb();
  await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(
      and(
        eq(apiTokens.workspaceId, workspaceId),
        eq(apiTokens.id, id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
}

/** Admins: the workspace's tokens (live and revoked), newest first; never the secret. */
export async function listApiTokens(workspaceId: string) {
  const db = await getDb();
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdByName: users.name,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.workspaceId, workspaceId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Admins: creates a token (role already checked against the creator's); returns the secret once. */
export async function createApiToken(workspaceId: string, actor: Actor, input: { name: string; role: Role }) {
  const db = await getDb();
  const secret = newToken('wf_');
  const row = await db.transaction(async (tx) => {
    const [t] = await tx
      .insert(apiTokens)
      .values({ workspaceId, name: input.name.trim(), role: input.role, tokenHash: hashToken(secret), prefix: secret.slice(0, 7), createdBy: actor.userId })
      .returning();
    await logActivity(tx, workspaceId, actor, { action: 'api_token.created', targetType: 'api_token', targetId: t.id, targetLabel: t.name, data: { role: t.role } });
    return t;
  });
  return { id: row.id, name: row.name, role: row.role, prefix: row.prefix, createdAt: row.createdAt, secret };
}

/**
 * Admins: revokes a live token of this workspace at once. Unknown or already revoked ids are a 404;
 * a token whose role is above the actor's (an owner token, for an admin) is refused with 403.
 */
export async function revokeApiToken(workspaceId: string, actor: Actor & { role: Role }, id: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [t] = await tx
      .select({ id: apiTokens.id, role: apiTokens.role })
      .from(apiTokens)
      .where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .for('update');
    if (!t) throw notFound('Token not found (or already revoked).');
    if (!canGrant(actor.role, t.role)) throw forbidden(`Only an owner can revoke an ${t.role} token.`);
    const [done] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning();
    if (!done) throw notFound('Token not found (or already revoked).');
    await logActivity(tx, workspaceId, actor, { action: 'api_token.revoked', targetType: 'api_token', targetId: done.id, targetLabel: done.name, data: { role: done.role } });
  });
}
