// Factories for the workspace settings and activity tests: users, a workspace with one member per
// role, and a snapshot of every row that belongs to a workspace (to prove refused actions change nothing).
import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { activities, apiTokens, invitations, memberships, users, workspaces, type Role, type User } from '@/db/schema';
import { createWorkspace } from '@/db/queries/workspaces';

export async function makeUser(name: string): Promise<User> {
  const db = await getDb();
  const [u] = await db
    .insert(users)
    .values({ name, email: `${name.toLowerCase().replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}@test.local`, passwordHash: 'not-a-real-hash' })
    .returning();
  return u;
}

export type RoleTeam = { workspace: Awaited<ReturnType<typeof createWorkspace>> } & Record<Role, User>;

/** A workspace created by its owner (through the real query) plus one member for each other role. */
export async function makeTeam(name = 'Acme'): Promise<RoleTeam> {
  const db = await getDb();
  const owner = await makeUser(`${name} Owner`);
  const workspace = await createWorkspace(owner, { name });
  const team = { workspace, owner } as RoleTeam;
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    const u = await makeUser(`${name} ${role}`);
    await db.insert(memberships).values({ workspaceId: workspace.id, userId: u.id, role });
    team[role] = u;
  }
  return team;
}

export async function membershipOf(workspaceId: string, userId: string) {
  const db = await getDb();
  const rows = await db.select().from(memberships).where(eq(memberships.workspaceId, workspaceId));
  return rows.find((m) => m.userId === userId);
}

/** Every row of the workspace (the workspace itself, memberships, invitations, tokens, activity), ordered. */
export async function snapshot(workspaceId: string) {
  const db = await getDb();
  return {
    workspace: await db.select().from(workspaces).where(eq(workspaces.id, workspaceId)),
    memberships: await db.select().from(memberships).where(eq(memberships.workspaceId, workspaceId)).orderBy(asc(memberships.id)),
    invitations: await db.select().from(invitations).where(eq(invitations.workspaceId, workspaceId)).orderBy(asc(invitations.id)),
    apiTokens: await db.select().from(apiTokens).where(eq(apiTokens.workspaceId, workspaceId)).orderBy(asc(apiTokens.id)),
    activities: await db.select().from(activities).where(eq(activities.workspaceId, workspaceId)).orderBy(asc(activities.id)),
  };
}
