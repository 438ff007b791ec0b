import 'server-only';
import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db, type Tx } from '@/db';
import { memberships, passwordResets, users, workspaces, type User } from '@/db/schema';
import { AppError, conflict } from '@/lib/errors';
import { logActivity } from './activity';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Any caller; no tenant data. */
export async function getUserById(id: string): Promise<User | undefined> {
  const db = await getDb();
  const [u] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return u;
}

export async function getUserByEmail(email: string): Promise<User | undefined> {
  const db = await getDb();
  const [u] = await db.select().from(users).where(eq(users.email, normalizeEmail(email))).limit(1);
  return u;
}

/** Creates an account; refuses a taken email with a field error. */
export async function createUser(input: { name: string; email: string; passwordHash: string }): Promise<User> {
  const db = await getDb();
  const rows = await db
    .insert(users)
    .values({ name: input.name.trim(), email: normalizeEmail(input.email), passwordHash: input.passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!rows[0]) throw new AppError('invalid', 'An account with this email already exists.', { email: ['An account with this email already exists. Sign in instead.'] });
  return rows[0];
}

/** The signed-in user renames themself; versioned: a stale version throws conflict({ name, version }). */
export async function updateUserName(userId: string, name: string, version: number) {
  const db = await getDb();
  const [u] = await db
    .update(users)
    .set({ name: name.trim(), version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.version, version)))
    .returning();
  if (!u) {
    const current = await getUserById(userId);
    throw conflict(current ? { name: current.name, version: current.version } : null);
  }
  return u;
}

/**
 * Sets a new password and bumps the session version, which signs out every session on its next
 * request. `version` (the profile's edit version) is left alone: a password change is no edit conflict.
 */
export async function setPassword(userId: string, passwordHash: string) {
  const db = await getDb();
  const [u] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning();
  return u;
}

/** Stores a reset link's token hash (never the token), valid for `ttlMinutes`. */
export async function createPasswordReset(userId: string, tokenHash: string, ttlMinutes = 60) {
  const db = await getDb();
  await db.insert(passwordResets).values({ userId, tokenHash, expiresAt: new Date(Date.now() + ttlMinutes * 60_000) });
}

export type ResetLookup = { state: 'valid'; userId: string; id: string } | { state: 'invalid' | 'expired' | 'used' };

/** The state of a reset link by its token hash; does not use it up. */
export async function findPasswordReset(tokenHash: string): Promise<ResetLookup> {
  const db = await getDb();
  const [r] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash)).limit(1);
  if (!r) return { state: 'invalid' };
  if (r.usedAt) return { state: 'used' };
  if (r.expiresAt.getTime() <= Date.now()) return { state: 'expired' };
  return { state: 'valid', userId: r.userId, id: r.id };
}

/** Uses a reset token once: in one transaction, marks it used and sets the password (and revokes sessions). */
export async function consumePasswordReset(tokenHash: string, passwordHash: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [r] = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())))
      .returning();
    if (!r) return null;
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, r.userId));
    // Any other outstanding reset links for this account stop working too.
    await tx.update(passwordResets).set({ usedAt: new Date() }).where(and(eq(passwordResets.userId, r.userId), isNull(passwordResets.usedAt)));
    return r.userId;
  });
}

const otherOwners = alias(memberships, 'other_owners');

/** Workspaces in which this user is the only owner (by name), which block deleting the account. */
export async function listSoleOwnedWorkspaces(userId: string, tx?: Tx | Db) {
  const db = tx ?? (await getDb());
  return db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .leftJoin(otherOwners, and(eq(otherOwners.workspaceId, memberships.workspaceId), eq(otherOwners.role, 'owner'), ne(otherOwners.userId, memberships.userId)))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'owner'), isNull(otherOwners.id)))
    .orderBy(asc(workspaces.name));
}

/**
 * Deletes an account (its memberships and reset links go with it) unless it is the only owner of
 * some workspace: then throws 'forbidden' naming those workspaces and changes nothing. Each
 * workspace it leaves gets an activity row in the same transaction.
 */
export async function deleteUser(userId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update').limit(1);
    if (!user) throw new AppError('not_found', 'This account no longer exists.');
    const mine = await tx.select({ workspaceId: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, userId));
    const ids = mine.map((m) => m.workspaceId);
    // Lock the owner rows of these workspaces so two owners cannot both leave at once.
    if (ids.length) {
      await tx.select({ id: memberships.id }).from(memberships).where(and(inArray(memberships.workspaceId, ids), eq(memberships.role, 'owner'))).for('update');
    }
    const sole = await listSoleOwnedWorkspaces(userId, tx);
    if (sole.length) {
      const names = sole.map((w) => `“${w.name}”`).join(', ');
      throw new AppError(
        'forbidden',
        `You are the only owner of ${sole.length === 1 ? 'the workspace' : 'the workspaces'} ${names}. Make someone else an owner or delete ${sole.length === 1 ? 'it' : 'them'} first.`,
      );
    }
    for (const workspaceId of ids) {
      await logActivity(tx, workspaceId, { userId, tokenId: null, name: user.name }, {
        action: 'member.account_deleted',
        targetType: 'member',
        targetId: userId,
        targetLabel: user.name,
      });
    }
    await tx.delete(users).where(eq(users.id, userId));
  });
}
