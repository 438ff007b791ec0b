import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { memberships, users, workspaces, type User } from '@/db/schema';
import type { Role } from '@/lib/authz';
import { seedContent, type WorldContent } from './world-content';

/** Two workspaces: A with one member of each role, B with an outsider (owner of B only). No argon2: fast. */
export async function seedWorld(db: Db) {
  const tag = randomBytes(3).toString('hex');
  const mk = async (name: string) =>
    (await db.insert(users).values({ name, email: `${name.toLowerCase()}-${tag}@test.local`, passwordHash: 'x' }).returning())[0];
  const [a] = await db.insert(workspaces).values({ name: 'Alpha', slug: `alpha-${tag}` }).returning();
  const [b] = await db.insert(workspaces).values({ name: 'Beta', slug: `beta-${tag}` }).returning();
  const byRole = {} as Record<Role, User>;
  const memberIds = {} as Record<Role, string>;
  for (const role of ['owner', 'admin', 'editor', 'viewer'] as const) {
    byRole[role] = await mk(role);
    const [m] = await db.insert(memberships).values({ workspaceId: a.id, userId: byRole[role].id, role }).returning();
    memberIds[role] = m.id;
  }
  const outsider = await mk('Outsider');
  await db.insert(memberships).values({ workspaceId: b.id, userId: outsider.id, role: 'owner' });
  return { a, b, byRole, memberIds, outsider };
}
export type World = Awaited<ReturnType<typeof seedWorld>>;

/**
 * seedWorld, plus an editor in B and one row of every kind in both workspaces (see seedContent), so a
 * test can pass ids of its own workspace, of the other one, or nonexistent ones.
 */
export async function seedFullWorld(db: Db) {
  const world = await seedWorld(db);
  const { a, b, byRole, memberIds, outsider } = world;
  const tag = randomBytes(3).toString('hex');
  const [bEditor] = await db.insert(users).values({ name: 'BEditor', email: `beditor-${tag}@test.local`, passwordHash: 'x' }).returning();
  const [bMember] = await db.insert(memberships).values({ workspaceId: b.id, userId: bEditor.id, role: 'editor' }).returning();
  const content: { a: WorldContent; b: WorldContent } = {
    a: await seedContent(db, a.id, byRole.owner, { id: memberIds.viewer }),
    b: await seedContent(db, b.id, outsider, bMember),
  };
  return { ...world, bEditor, content };
}
export type FullWorld = Awaited<ReturnType<typeof seedFullWorld>>;
export type { WorldContent };
