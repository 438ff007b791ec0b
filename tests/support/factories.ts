import { randomBytes } from 'node:crypto';
import { asc } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { activities, apiTokens, invitations, memberships, users, workspaces, type Role, type User } from '@/db/schema';

const rnd = () => randomBytes(4).toString('hex');

/** A user row (the password hash is never checked by these tests). */
export async function makeUser(db: Db, opts: { name?: string; email?: string } = {}): Promise<User> {
  const tag = rnd();
  const [u] = await db
    .insert(users)
    .values({ name: opts.name ?? `User ${tag}`, email: opts.email ?? `user-${tag}@test.example`, passwordHash: 'x' })
    .returning();
  return u;
}

/** A workspace with one member per given role (in order); returns the users by role and the membership ids. */
export async function makeWorkspace(db: Db, roles: Role[]) {
  const [w] = await db.insert(workspaces).values({ name: `WS ${rnd()}`, slug: `ws-${rnd()}` }).returning();
  const members: { user: User; membershipId: string; role: Role }[] = [];
  for (const role of roles) {
    const user = await makeUser(db, { name: `${role} ${rnd()}` });
    const [m] = await db.insert(memberships).values({ workspaceId: w.id, userId: user.id, role }).returning();
    members.push({ user, membershipId: m.id, role });
  }
  return { workspace: w, members };
}

/** Every row of the tables membership and invitation actions may touch, in a stable order. */
export async function snapshot(db: Db) {
  return {
    users: await db.select().from(users).orderBy(asc(users.id)),
    workspaces: await db.select().from(workspaces).orderBy(asc(workspaces.id)),
    memberships: await db.select().from(memberships).orderBy(asc(memberships.id)),
    invitations: await db.select().from(invitations).orderBy(asc(invitations.id)),
    apiTokens: await db.select().from(apiTokens).orderBy(asc(apiTokens.id)),
    activities: await db.select().from(activities).orderBy(asc(activities.id)),
  };
}
