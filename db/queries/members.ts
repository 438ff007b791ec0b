import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { memberships, users, workspaces, type Role } from '@/db/schema';
import { canActOn, canGrant, roleLabels } from '@/lib/authz';
import { AppError, conflict, forbidden, notFound } from '@/lib/errors';
import { decodeCursor, paginate } from '@/lib/api/cursor';
import { logActivity, type Actor } from './activity';
import { countOwners, memberColumns } from './workspaces';
import { clearOwnerships } from './references';

/** Who is acting and with which role (a WorkspaceContext fits). */
export type ActingMember = { actor: Actor; role: Role };

/**
 * Serialises membership changes of one workspace (row lock on the workspace), so two owners
 * demoting each other at once cannot leave it without an owner.
 */
export async function lockWorkspace(tx: Tx, workspaceId: string) {
  await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId)).for('update');
}


async function getMemberForUpdate(tx: Tx, workspaceId: string, memberId: string) {
  const [m] = await tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.id, memberId)))
    .limit(1);
  if (!m) throw notFound('This member is not in the workspace (any more).');
  return m;
}

const LAST_OWNER = 'A workspace needs at least one owner. Make someone else an owner first.';

/**
 * Admins and owners: sets a member's role from the version they saw. Refuses roles above the
 * actor's, acting on owners unless the actor is one, and demoting the last owner.
 */
export async function updateMemberRole(workspaceId: string, by: ActingMember, memberId: string, input: { role: Role; version: number }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const m = await getMemberForUpdate(tx, workspaceId, memberId);
    if (!canActOn(by.role, m.role)) throw forbidden('Only owners can change the role of an owner.');
    if (!canGrant(by.role, input.role)) {
      const msg = `You cannot grant a role above your own (${roleLabels[by.role]}).`;
      throw new AppError('forbidden', msg, { role: [msg] });
    }
    if (m.version !== input.version) throw conflict(m, `${m.name}’s role was changed by someone else in the meantime (now ${roleLabels[m.role]}). Choose again.`);
    if (m.role === input.role) return m;
    if (m.role === 'owner' && (await countOwners(tx, workspaceId)) <= 1) throw forbidden(LAST_OWNER);
    const [updated] = await tx
      .update(memberships)
      .set({ role: input.role, version: sql`${memberships.version} + 1` })
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.id, memberId), eq(memberships.version, input.version)))
      .returning({ role: memberships.role, version: memberships.version });
    if (!updated) throw conflict(await getMemberForUpdate(tx, workspaceId, memberId));
    await logActivity(tx, workspaceId, by.actor, {
      action: 'member.role_changed',
      targetType: 'member',
      targetId: m.id,
      targetLabel: m.name,
      data: { from: m.role, to: input.role },
    });
    return { ...m, ...updated };
  });
}

/** Admins remove non-owners, only owners remove owners; the last owner is never removed. */
export async function removeMember(workspaceId: string, by: ActingMember, memberId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const m = await getMemberForUpdate(tx, workspaceId, memberId);
    if (!canActOn(by.role, m.role)) throw forbidden('Only owners can remove an owner.');
    if (m.role === 'owner' && (await countOwners(tx, workspaceId)) <= 1) throw forbidden(LAST_OWNER);
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.id, memberId)));
    await clearOwnerships(tx, workspaceId, m.userId);
    await logActivity(tx, workspaceId, by.actor, { action: 'member.removed', targetType: 'member', targetId: m.id, targetLabel: m.name, data: { email: m.email, role: m.role } });
    return m;
  });
}

/** Any member leaves the workspace themself, except its last owner. */
export async function leaveWorkspace(workspaceId: string, user: { id: string; name: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const [m] = await tx
      .select({ id: memberships.id, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, user.id)))
      .limit(1);
    if (!m) throw notFound('You are not a member of this workspace.');
    if (m.role === 'owner' && (await countOwners(tx, workspaceId)) <= 1) {
      throw forbidden('You are the only owner. Make someone else an owner before leaving.');
    }
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.id, m.id)));
    await clearOwnerships(tx, workspaceId, user.id);
    await logActivity(tx, workspaceId, { userId: user.id, tokenId: null, name: user.name }, {
      action: 'member.left',
      targetType: 'member',
      targetId: m.id,
      targetLabel: user.name,
      data: { role: m.role },
    });
  });
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A (timestamp, uuid) keyset cursor, checked before it reaches SQL. */
export function decodeKeysetCursor(cursor: string | undefined) {
  const v = decodeCursor(cursor, 2);
  if (!v) return undefined;
  if (typeof v[0] !== 'string' || typeof v[1] !== 'string' || !ISO_RE.test(v[0]) || !UUID_RE.test(v[1])) {
    throw new AppError('invalid', 'The cursor is not valid.', { cursor: ['Not a cursor from this API.'] });
  }
  return v as [string, string];
}

// Full-precision timestamp text for keyset cursors (a JS Date drops the microseconds).
const joinedKey = sql<string>`to_char(${memberships.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Any member (and API tokens): one page of members, oldest first, keyset-paged by (joined, id). */
export async function listMembersPage(workspaceId: string, opts: { limit: number; cursor?: string }) {
  const db = await getDb();
  const after = decodeKeysetCursor(opts.cursor);
  const rows = await db
    .select({ ...memberColumns, key: joinedKey })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        after ? sql`(${memberships.createdAt}, ${memberships.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(opts.limit + 1);
  const page = paginate(rows, opts.limit, (r) => [r.key, r.id]);
  return { data: page.data.map(({ key: _key, ...m }) => m), nextCursor: page.nextCursor };
}
