import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { memberships, users, workspaces, type Role, type Workspace } from '@/db/schema';
import { AppError, conflict } from '@/lib/errors';
import { logActivity, type Actor } from './activity';

/** The user's membership of the workspace with this slug, or null (non-members get 404 upstream). */
export async function findMembershipBySlug(userId: string, slug: string) {
  const db = await getDb();
  const [row] = await db
    .select({ workspace: workspaces, role: memberships.role, membershipId: memberships.id })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), eq(workspaces.slug, slug)))
    .limit(1);
  return row ?? null;
}

export async function findWorkspaceBySlug(slug: string) {
  const db = await getDb();
  const [w] = await db.select().from(workspaces).where(eq(workspaces.slug, slug)).limit(1);
  return w ?? null;
}

/** Every workspace the user belongs to, with their role, by name. */
export async function listUserWorkspaces(userId: string) {
  const db = await getDb();
  return db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

export function slugify(name: string) {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return s.length >= 2 ? s : `workspace-${s}`.replace(/-+$/, '');
}

async function freeSlug(tx: Tx, base: string) {
  for (let i = 0; i < 50; i++) {
    const candidate = i === 0 ? base : `${base}-${i + 1}`;
    const [taken] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, candidate)).limit(1);
    if (!taken) return candidate;
  }
  return `${base}-${Date.now().toString(36)}`;
}

type NewWorkspace = { name: string; slug?: string; settings?: Partial<Pick<Workspace, 'timeZone' | 'fiscalYearStart' | 'currency' | 'locale'>> };

/**
 * Inside the caller's transaction: the workspace row (a free slug from the name unless one is asked for) and the
 * user's owner membership. The caller writes the activity row.
 */
export async function insertWorkspace(tx: Tx, user: { id: string }, input: NewWorkspace) {
  let slug: string;
  if (input.slug) {
    const [taken] = await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, input.slug)).limit(1);
    if (taken) throw new AppError('invalid', 'This address is taken.', { slug: ['This address is taken. Choose another.'] });
    slug = input.slug;
  } else {
    slug = await freeSlug(tx, slugify(input.name));
  }
  const [w] = await tx.insert(workspaces).values({ ...input.settings, name: input.name.trim(), slug }).returning();
  await tx.insert(memberships).values({ workspaceId: w.id, userId: user.id, role: 'owner' });
  return w;
}

/** Any signed-in user: creates a workspace with them as its owner (one transaction, with the activity row). */
export async function createWorkspace(user: { id: string; name: string }, input: { name: string; slug?: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const w = await insertWorkspace(tx, user, input);
    await logActivity(tx, w.id, { userId: user.id, tokenId: null, name: user.name }, {
      action: 'workspace.created',
      targetType: 'workspace',
      targetId: w.id,
      targetLabel: w.name,
    });
    return w;
  });
}

export type WorkspaceSettings = Pick<Workspace, 'name' | 'slug' | 'timeZone' | 'fiscalYearStart' | 'currency' | 'locale'>;

const SETTINGS_FIELDS = ['name', 'slug', 'timeZone', 'fiscalYearStart', 'currency', 'locale'] as const;

const slugTaken = () => new AppError('invalid', 'This address is taken.', { slug: ['This address is taken. Choose another.'] });

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: unknown } | null;
  return !!err && (err.code === '23505' || (err.cause !== undefined && isUniqueViolation(err.cause)));
}

/**
 * Owners: updates the settings from the version they started from. A stale version is a conflict
 * carrying the current row; a taken slug is a field error; an unchanged form writes nothing. The
 * activity row records each changed field as { from, to }.
 */
export async function updateWorkspaceSettings(workspaceId: string, actor: Actor, input: WorkspaceSettings & { version: number }) {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [clash] = await tx
        .select({ id: workspaces.id })
        .from(workspaces)
        .where(and(eq(workspaces.slug, input.slug), sql`${workspaces.id} <> ${workspaceId}`))
        .limit(1);
      if (clash) throw slugTaken();
      const [before] = await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId)).for('update');
      if (!before) throw new AppError('not_found', 'Workspace not found.');
      if (before.version !== input.version) throw conflict(before);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const f of SETTINGS_FIELDS) if (before[f] !== input[f]) changes[f] = { from: before[f], to: input[f] };
      if (Object.keys(changes).length === 0) return before;
      const { version, ...values } = input;
      const [w] = await tx
        .update(workspaces)
        .set({ ...values, version: sql`${workspaces.version} + 1`, updatedAt: new Date() })
        .where(and(eq(workspaces.id, workspaceId), eq(workspaces.version, version)))
        .returning();
      if (!w) {
        const [current] = await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId));
        throw conflict(current);
      }
      await logActivity(tx, workspaceId, actor, {
        action: 'workspace.updated',
        targetType: 'workspace',
        targetId: w.id,
        targetLabel: w.name,
        data: { changes },
      });
      return w;
    });
  } catch (e) {
    // Two owners racing for the same free slug: the unique index decides, the loser gets the field error.
    if (isUniqueViolation(e)) throw slugTaken();
    throw e;
  }
}

/** Owners: deletes the workspace and everything in it (memberships, invitations, tokens, activity cascade). */
export async function deleteWorkspace(workspaceId: string) {
  const db = await getDb();
  const gone = await db.delete(workspaces).where(eq(workspaces.id, workspaceId)).returning({ id: workspaces.id });
  if (gone.length === 0) throw new AppError('not_found', 'Workspace not found.');
}

/** Members of a workspace with their names and emails (every role may read them). */
/** The columns a member is shown with (list, single look-ups, API pages). */
export const memberColumns = {
  id: memberships.id,
  userId: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  version: memberships.version,
  joinedAt: memberships.createdAt,
};

export async function listMembers(workspaceId: string) {
  const db = await getDb();
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name));
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number];

export async function countOwners(tx: Tx, workspaceId: string) {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')));
  return Number(n);
}

export type { Role };
