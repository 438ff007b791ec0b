import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberships, passwordResets, users, type User } from '@/db/schema';
import { AppError, conflict } from '@/lib/errors';

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

/** The signed-in user renames themself; versioned. */
export async function updateUserName(userId: string, name: string, version: number) {
  const db = await getDb();
  const [u] = await db
    .update(users)
    .set({ name: name.trim(), version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.version, version)))
    .returning();
  if (!u) throw conflict({ name: (await getUserById(userId))?.name });
  return u;
}

/** Sets a new password and bumps the session version, which signs out every other session. */
export async function setPassword(userId: string, passwordHash: string) {
  const db = await getDb();
  const [u] = await db
    .update(users)
    .set({
      passwordHash,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId))
    .returning();
  return u;
}

export async function createPasswordReset(userId: string, tokenHash: string, ttlMinutes = 60) {
  const db = await getDb();
  await db.insert(passwordResets).values({ userId, tokenHash, expiresAt: new Date(Date.now() + ttlMinutes * 60_000) });
}

export type ResetLookup = { state: 'valid'; userId: string; id: string } | { state: 'invalid' | 'expired' | 'used' };

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
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, r.userId));
    // Any other outstanding reset links for this account stop working too.
    await tx.update(passwordResets).set({ usedAt: new Date() }).where(and(eq(passwordResets.userId, r.userId), isNull(passwordResets.usedAt)));
    return r.userId;
  });
}

/** Deletes an account unless it is the sole owner of some workspace (then names those workspaces). */
export async function deleteUser(userId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const owned = await tx
      .select({ workspaceId: memberships.workspaceId })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.role, 'owner')));
    for (const o of owned) {
      const [{ n }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, o.workspaceId), eq(memberships.role, 'owner')));
      if (Number(n) <= 1) {
        throw new AppError('forbidden', 'You are the only owner of a workspace. Transfer its ownership or delete it first.');
      }
    }
    await tx.delete(users).where(eq(users.id, userId));
  });
}
