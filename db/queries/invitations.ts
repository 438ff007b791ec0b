import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { invitations, memberships, users, workspaces, type Invitation, type Role } from '@/db/schema';
import { canActOn, canGrant, roleLabels } from '@/lib/authz';
import { AppError, forbidden, notFound } from '@/lib/errors';
import { hashToken, newToken } from '@/lib/tokens';
import { paginate } from '@/lib/api/cursor';
import { logActivity } from './activity';
import { decodeKeysetCursor, lockWorkspace, type ActingMember } from './members';
import { normalizeEmail } from './users';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export type InvitationState = 'valid' | 'invalid' | 'expired' | 'revoked' | 'used';

export function invitationState(inv: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = Date.now()): Exclude<InvitationState, 'invalid'> {
  if (inv.acceptedAt) return 'used';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt.getTime() <= now) return 'expired';
  return 'valid';
}

const publicColumns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  expiresAt: invitations.expiresAt,
  createdAt: invitations.createdAt,
  invitedByName: users.name,
};

type Row = { id: string; email: string; role: Role; expiresAt: Date; createdAt: Date; invitedByName: string | null };
const withStatus = <R extends Row>(r: R) => ({ ...r, status: (r.expiresAt.getTime() <= Date.now() ? 'expired' : 'pending') as 'pending' | 'expired' });
export type PendingInvitation = ReturnType<typeof withStatus<Row>>;

const pending = (workspaceId: string) => and(eq(invitations.workspaceId, workspaceId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

/** Admins: invitations not yet accepted or revoked (expired ones included, marked expired), newest first. */
export async function listPendingInvitations(workspaceId: string): Promise<PendingInvitation[]> {
  const db = await getDb();
  const rows = await db
    .select(publicColumns)
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(pending(workspaceId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
  return rows.map(withStatus);
}

const createdKey = sql<string>`to_char(${invitations.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Admins (API): one page of not-yet-accepted, not-revoked invitations, oldest first. */
export async function listInvitationsPage(workspaceId: string, opts: { limit: number; cursor?: string }) {
  const db = await getDb();
  const after = decodeKeysetCursor(opts.cursor);
  const rows = await db
    .select({ ...publicColumns, key: createdKey })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(pending(workspaceId), after ? sql`(${invitations.createdAt}, ${invitations.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined))
    .orderBy(asc(invitations.createdAt), asc(invitations.id))
    .limit(opts.limit + 1);
  const page = paginate(rows, opts.limit, (r) => [r.key, r.id]);
  return { data: page.data.map(({ key: _key, ...r }) => withStatus(r)), nextCursor: page.nextCursor };
}

/**
 * Admins: invites an email with a role no higher than their own; refuses existing members; replaces
 * a pending invitation for the same email. Returns the secret token once (stored only hashed).
 */
export async function createInvitation(workspaceId: string, by: ActingMember, input: { email: string; role: Role }) {
  const email = normalizeEmail(input.email);
  if (!canGrant(by.role, input.role)) {
    const msg = `You cannot invite with a role above your own (${roleLabels[by.role]}).`;
    throw new AppError('forbidden', msg, { role: [msg] });
  }
  const db = await getDb();
  const token = newToken();
  const invitation = await db.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId);
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, workspaceId), eq(users.email, email)))
      .limit(1);
    if (member) throw new AppError('invalid', `${email} is already a member of this workspace.`, { email: [`${email} is already a member of this workspace.`] });
    const replaced = await tx
      .update(invitations)
      .set({ revokedAt: new Date(), version: sql`${invitations.version} + 1` })
      .where(and(pending(workspaceId), eq(invitations.email, email)))
      .returning({ id: invitations.id });
    const [inv] = await tx
      .insert(invitations)
      .values({ workspaceId, email, role: input.role, tokenHash: hashToken(token), invitedBy: by.actor.userId, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) })
      .returning();
    await logActivity(tx, workspaceId, by.actor, {
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: inv.id,
      targetLabel: email,
      data: { role: input.role, replaced: replaced.map((r) => r.id) },
    });
    return inv;
  });
  return { invitation: withStatus({ ...pick(invitation), invitedByName: by.actor.userId ? by.actor.name : null }), token };
}

const pick = (i: Invitation) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt, createdAt: i.createdAt });

/** Admins: withdraws a pending invitation; its link stops working at once. */
export async function revokeInvitation(workspaceId: string, by: ActingMember, id: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [inv] = await tx.select().from(invitations).where(and(pending(workspaceId), eq(invitations.id, id))).limit(1).for('update');
    if (!inv) throw notFound('This invitation is no longer pending (accepted, revoked or replaced).');
    if (!canActOn(by.role, inv.role)) throw forbidden('Only owners can revoke an invitation to become an owner.');
    await tx
      .update(invitations)
      .set({ revokedAt: new Date(), version: sql`${invitations.version} + 1` })
      .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id)));
    await logActivity(tx, workspaceId, by.actor, { action: 'invitation.revoked', targetType: 'invitation', targetId: inv.id, targetLabel: inv.email, data: { role: inv.role } });
  });
}

/** Admins: issues a fresh token and a new 7-day expiry for a pending invitation; the old link stops working. */
export async function resendInvitation(workspaceId: string, by: ActingMember, id: string) {
  const db = await getDb();
  const token = newToken();
  const inv = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(invitations).where(and(pending(workspaceId), eq(invitations.id, id))).limit(1).for('update');
    if (!current) throw notFound('This invitation is no longer pending (accepted, revoked or replaced).');
    if (!canActOn(by.role, current.role)) throw forbidden('Only owners can re-send an invitation to become an owner.');
    const [updated] = await tx
      .update(invitations)
      .set({ tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITATION_TTL_MS), version: sql`${invitations.version} + 1` })
      .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id)))
      .returning();
    await logActivity(tx, workspaceId, by.actor, { action: 'invitation.resent', targetType: 'invitation', targetId: updated.id, targetLabel: updated.email, data: { role: updated.role } });
    return updated;
  });
  return { invitation: withStatus({ ...pick(inv), invitedByName: null }), token };
}

const TOKEN_RE = /^[A-Za-z0-9_-]{20,128}$/;

/** Anyone holding a link: what the token names and in which state (valid / invalid / expired / revoked / used). */
export async function findInvitationByToken(token: string) {
  if (!TOKEN_RE.test(token)) return { state: 'invalid' as const };
  const db = await getDb();
  const [row] = await db
    .select({ invitation: invitations, workspace: { id: workspaces.id, name: workspaces.name, slug: workspaces.slug }, inviterName: users.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return { state: 'invalid' as const };
  const { invitation: inv } = row;
  return {
    state: invitationState(inv),
    invitation: { id: inv.id, email: inv.email, role: inv.role, expiresAt: inv.expiresAt },
    workspace: row.workspace,
    inviterName: row.inviterName,
  };
}

export const invitationStateText: Record<Exclude<InvitationState, 'valid'>, string> = {
  invalid: 'This invitation link is not valid. Check that you copied the whole link.',
  expired: 'This invitation has expired. Ask the person who invited you to send a new one.',
  revoked: 'This invitation was withdrawn (or replaced by a newer one). Ask the person who invited you for a new link.',
  used: 'This invitation was already used. Each link works once.',
};

/**
 * The signed-in user accepts: in one transaction re-checks the state, requires their email to be
 * the invited one, creates the membership with the invited role and marks the invitation used.
 */
export async function acceptInvitation(user: { id: string; name: string; email: string }, token: string) {
  if (!TOKEN_RE.test(token)) throw new AppError('invalid', invitationStateText.invalid);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [inv] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).limit(1).for('update');
    if (!inv) throw new AppError('invalid', invitationStateText.invalid);
    const state = invitationState(inv);
    if (state !== 'valid') throw new AppError('invalid', invitationStateText[state]);
    if (normalizeEmail(user.email) !== inv.email) throw forbidden('This invitation is for a different email address.');
    const [w] = await tx.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).where(eq(workspaces.id, inv.workspaceId));
    const [m] = await tx
      .insert(memberships)
      .values({ workspaceId: inv.workspaceId, userId: user.id, role: inv.role })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    if (!m) throw new AppError('invalid', `You are already a member of ${w.name}.`);
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: user.id, version: sql`${invitations.version} + 1` })
      .where(and(eq(invitations.workspaceId, inv.workspaceId), eq(invitations.id, inv.id)));
    await logActivity(tx, inv.workspaceId, { userId: user.id, tokenId: null, name: user.name }, {
      action: 'member.joined',
      targetType: 'member',
      targetId: m.id,
      targetLabel: user.name,
      data: { role: inv.role, invitationId: inv.id },
    });
    return { workspace: w, role: inv.role };
  });
}
