import { randomBytes } from 'node:crypto';
import type { Db } from '@/db/client';
import { memberships, users, workspaces, type User } from '@/db/schema';
import type { Role } from '@/lib/authz';

/** Two workspaces: A with one member of each role, B with an outsider (owner of B only). No argon2: fast. */
export async function seedWorld(db: Db) {
  const tag = randomBytes(3).toString('hex');
  const mk = async (name: string) =>
    (await db.insert(users).values({ name, email: `${name.toLowerCase()}-${tag}@test.local`, passwordHash: 'x' }).returning())[0];
  const [a] = await db.insert(workspaces).values({ name: 'Alpha', slug: `alpha-${tag}` }).returning();
  const [b] = await db.insert(workspaces).values({ name: 'Beta', slug: `beta-${tag}` }).returning();
  const byRole = {} as Record<Role, User>;
  for (const role of ['owner', 'admin', 'editor', 'viewer'] as const) {
    byRole[role] = await mk(role);
    await db.insert(memberships).values({ workspaceId: a.id, userId: byRole[role].id, role });
  }
  const outsider = await mk('Outsider');
  await db.insert(memberships).values({ workspaceId: b.id, userId: outsider.id, role: 'owner' });
  return { a, b, byRole, outsider };
}
