import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from './support/db';
import { makeUser, makeWorkspace, snapshot } from './support/factories';
import { activities, invitations, memberships, type Role, type User } from '@/db/schema';
import { hashToken } from '@/lib/tokens';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
  safeNext: (n: unknown, f = '/w') => (typeof n === 'string' && n.startsWith('/') && !n.startsWith('//') ? n : f),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/auth', () => ({ signOut: async () => {} }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.9' }) }));
vi.mock('@/db/queries/activity', async (importOriginal) => {
  const m = await importOriginal<typeof import('@/db/queries/activity')>();
  return { ...m, logActivity: vi.fn(m.logActivity) };
});

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-outbox-'));
process.env.OUTBOX_DIR = outbox;

const { inviteAction, resendInvitationAction, revokeInvitationAction } = await import('@/app/(app)/w/[workspace]/settings/members/actions');
const { acceptInvitationAction } = await import('@/app/(auth)/invite/[token]/actions');
const { findInvitationByToken, listPendingInvitations } = await import('@/db/queries/invitations');
const { logActivity } = await import('@/db/queries/activity');

const t = useTestDatabase();
const ROLES: Role[] = ['viewer', 'editor', 'admin', 'owner'];
const tokenOf = (link: string) => link.split('/invite/')[1];

beforeEach(() => {
  session.user = null;
});

/** An owner's workspace plus a fresh invitation for `email`; returns the token. */
async function invited(email = 'new.person@example.com', role: Role = 'editor') {
  const ws = await makeWorkspace(t.db, ['owner', 'admin']);
  session.user = ws.members[0].user;
  const res = await inviteAction(null, { workspace: ws.workspace.slug, email, role });
  if (!res.ok) throw new Error(res.error);
  return { ...ws, token: tokenOf(res.data.link), link: res.data.link };
}

/** Accepting must end in a redirect to the workspace (it propagates out of the action). */
async function acceptAs(user: User, token: string) {
  session.user = user;
  return acceptInvitationAction(null, { token }).catch((e: { digest?: string }) => ({ redirected: e.digest ?? String(e) }));
}

describe('creating invitations', () => {
  for (const actor of ROLES) {
    it(`${actor}: may invite exactly the roles the permission table allows`, async () => {
      for (const role of ROLES) {
        const { workspace, members } = await makeWorkspace(t.db, ['owner', actor]);
        session.user = members[1].user;
        const before = await snapshot(t.db);
        const res = await inviteAction(null, { workspace: workspace.slug, email: `p-${role}@example.com`, role });
        const allowed = (actor === 'admin' && role !== 'owner') || actor === 'owner';
        if (allowed) {
          expect(res.ok, `${actor} invites ${role}`).toBe(true);
          const rows = await t.db.select().from(invitations).where(eq(invitations.workspaceId, workspace.id));
          expect(rows.map((r) => [r.email, r.role, r.invitedBy])).toEqual([[`p-${role}@example.com`, role, members[1].user.id]]);
        } else {
          expect(res, `${actor} invites ${role}`).toMatchObject({ ok: false, code: 'forbidden' });
          expect(await snapshot(t.db)).toEqual(before);
        }
      }
    });
  }

  it('normalises the email, stores only the token hash, expires in 7 days, mails the link and logs it', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner']);
    session.user = members[0].user;
    const res = await inviteAction(null, { workspace: workspace.slug, email: '  Ada.Lovelace@Example.COM ', role: 'admin' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data).toMatchObject({ email: 'ada.lovelace@example.com', role: 'admin', mailed: true });
    const token = tokenOf(res.data.link);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    const [row] = await t.db.select().from(invitations);
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(await snapshot(t.db))).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 86400_000 - 60_000);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(7 * 86400_000);
    const mails = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'));
    expect(mails.some((m) => /^To: ada\.lovelace@example\.com/m.test(m) && m.replace(/=\r?\n/g, '').includes(`/invite/${token}`))).toBe(true);
    const [a] = await t.db.select().from(activities).where(eq(activities.action, 'invitation.created'));
    expect([a.targetId, a.targetLabel, a.actorUserId]).toEqual([row.id, 'ada.lovelace@example.com', members[0].user.id]);
  });

  it('refuses an email that is already a member, storing nothing', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner', 'viewer']);
    session.user = members[0].user;
    const before = await snapshot(t.db);
    const res = await inviteAction(null, { workspace: workspace.slug, email: members[1].user.email.toUpperCase(), role: 'editor' });
    expect(res).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { email: [expect.stringContaining('already a member')] } });
    expect(await snapshot(t.db)).toEqual(before);
    expect(await inviteAction(null, { workspace: workspace.slug, email: 'not an email', role: 'editor' })).toMatchObject({ ok: false, fieldErrors: { email: expect.any(Array) } });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('replaces a pending invitation for the same email: the first link stops working', async () => {
    const first = await invited('twice@example.com');
    const again = await inviteAction(null, { workspace: first.workspace.slug, email: 'twice@example.com', role: 'viewer' });
    expect(again.ok).toBe(true);
    const pending = await listPendingInvitations(first.workspace.id);
    expect(pending.map((p) => [p.email, p.role])).toEqual([['twice@example.com', 'viewer']]);
    expect((await findInvitationByToken(first.token)).state).toBe('revoked');
    expect(again.ok && (await findInvitationByToken(tokenOf(again.data.link))).state).toBe('valid');
  });

  it('leaves no invitation and no activity row when the transaction fails', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner']);
    session.user = members[0].user;
    const before = await snapshot(t.db);
    vi.mocked(logActivity).mockRejectedValueOnce(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(await inviteAction(null, { workspace: workspace.slug, email: 'x@example.com', role: 'viewer' })).toMatchObject({ ok: false, code: 'internal' });
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe('accepting invitations', () => {
  it('joins with the invited role once; the link is then used', async () => {
    const { workspace, token } = await invited('Join.Me@example.com', 'admin');
    const lookup = await findInvitationByToken(token);
    expect(lookup).toMatchObject({ state: 'valid', invitation: { email: 'join.me@example.com', role: 'admin' }, workspace: { slug: workspace.slug } });
    const user = await makeUser(t.db, { email: 'join.me@example.com' });
    expect(await acceptAs(user, token)).toEqual({ redirected: expect.stringContaining(`/w/${workspace.slug}`) });
    const [m] = await t.db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect([m.workspaceId, m.role]).toEqual([workspace.id, 'admin']);
    const [row] = await t.db.select().from(invitations);
    expect([row.acceptedBy, row.acceptedAt instanceof Date]).toEqual([user.id, true]);
    const [a] = await t.db.select().from(activities).where(eq(activities.action, 'member.joined'));
    expect([a.actorUserId, a.targetId]).toEqual([user.id, m.id]);
    expect((await findInvitationByToken(token)).state).toBe('used');
    // Reuse by anyone, even the same person, joins nobody.
    const other = await makeUser(t.db, { email: 'join.me2@example.com' });
    const before = await snapshot(t.db);
    expect(await acceptAs(user, token)).toMatchObject({ ok: false, error: expect.stringContaining('already used') });
    expect(await acceptAs(other, token)).toMatchObject({ ok: false, error: expect.stringContaining('already used') });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses a different email, leaving the invitation valid', async () => {
    const { token } = await invited('right@example.com');
    const wrong = await makeUser(t.db, { email: 'wrong@example.com' });
    const before = await snapshot(t.db);
    expect(await acceptAs(wrong, token)).toMatchObject({ ok: false, code: 'forbidden', error: expect.stringContaining('different email') });
    expect(await snapshot(t.db)).toEqual(before);
    expect((await findInvitationByToken(token)).state).toBe('valid');
  });

  it('refuses expired, revoked, unknown and malformed links, and signed-out callers', async () => {
    const exp = await invited('late@example.com');
    await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, 'late@example.com'));
    const rev = await invited('gone@example.com');
    session.user = rev.members[1].user; // an admin
    const [inv] = await t.db.select().from(invitations).where(eq(invitations.email, 'gone@example.com'));
    expect(await revokeInvitationAction(null, { workspace: rev.workspace.slug, invitationId: inv.id })).toMatchObject({ ok: true });
    expect((await findInvitationByToken(exp.token)).state).toBe('expired');
    expect((await findInvitationByToken(rev.token)).state).toBe('revoked');
    expect((await findInvitationByToken('A'.repeat(43))).state).toBe('invalid');
    expect((await findInvitationByToken('../../etc')).state).toBe('invalid');
    const late = await makeUser(t.db, { email: 'late@example.com' });
    const gone = await makeUser(t.db, { email: 'gone@example.com' });
    const before = await snapshot(t.db);
    expect(await acceptAs(late, exp.token)).toMatchObject({ ok: false, error: expect.stringContaining('expired') });
    expect(await acceptAs(gone, rev.token)).toMatchObject({ ok: false, error: expect.stringContaining('withdrawn') });
    expect(await acceptAs(gone, 'A'.repeat(43))).toMatchObject({ ok: false, error: expect.stringContaining('not valid') });
    session.user = null;
    expect(await acceptInvitationAction(null, { token: rev.token })).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('leaves no membership and no activity row when the transaction fails', async () => {
    const { token } = await invited('fails@example.com');
    const user = await makeUser(t.db, { email: 'fails@example.com' });
    const before = await snapshot(t.db);
    vi.mocked(logActivity).mockRejectedValueOnce(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(await acceptAs(user, token)).toMatchObject({ ok: false, code: 'internal' });
    expect(await snapshot(t.db)).toEqual(before);
    expect((await findInvitationByToken(token)).state).toBe('valid');
  });
});

describe('revoking and re-sending', () => {
  it('re-send issues a new token and a new expiry; the old link stops working', async () => {
    const { workspace, token } = await invited('again@example.com');
    const [inv] = await t.db.select().from(invitations);
    await t.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, inv.id));
    expect((await listPendingInvitations(workspace.id)).map((p) => p.status)).toEqual(['expired']);
    const res = await resendInvitationAction(null, { workspace: workspace.slug, invitationId: inv.id });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const fresh = tokenOf(res.data.link);
    expect(fresh).not.toBe(token);
    expect((await findInvitationByToken(token)).state).toBe('invalid');
    expect((await findInvitationByToken(fresh)).state).toBe('valid');
    const [row] = await t.db.select().from(invitations);
    expect([row.tokenHash, row.version, row.expiresAt.getTime() > Date.now() + 6 * 86400_000]).toEqual([hashToken(fresh), 2, true]);
    expect((await t.db.select().from(activities).where(eq(activities.action, 'invitation.resent'))).length).toBe(1);
  });

  it('viewers and editors cannot revoke or re-send; admins cannot touch owner invitations; ids of other workspaces are 404', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner', 'admin', 'editor', 'viewer']);
    session.user = members[0].user;
    const toOwner = await inviteAction(null, { workspace: workspace.slug, email: 'boss@example.com', role: 'owner' });
    expect(toOwner.ok).toBe(true);
    const other = await makeWorkspace(t.db, ['owner']);
    session.user = other.members[0].user;
    await inviteAction(null, { workspace: other.workspace.slug, email: 'elsewhere@example.com', role: 'viewer' });
    const [ownerInv] = await t.db.select().from(invitations).where(eq(invitations.email, 'boss@example.com'));
    const [foreign] = await t.db.select().from(invitations).where(eq(invitations.email, 'elsewhere@example.com'));
    const before = await snapshot(t.db);
    for (const [i, expected] of [[3, 'forbidden'], [2, 'forbidden'], [1, 'forbidden']] as const) {
      session.user = members[i].user;
      expect(await revokeInvitationAction(null, { workspace: workspace.slug, invitationId: ownerInv.id })).toMatchObject({ ok: false, code: expected });
      expect(await resendInvitationAction(null, { workspace: workspace.slug, invitationId: ownerInv.id })).toMatchObject({ ok: false, code: expected });
    }
    session.user = members[0].user;
    expect(await revokeInvitationAction(null, { workspace: workspace.slug, invitationId: foreign.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await resendInvitationAction(null, { workspace: workspace.slug, invitationId: foreign.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(t.db)).toEqual(before);
    expect(await revokeInvitationAction(null, { workspace: workspace.slug, invitationId: ownerInv.id })).toMatchObject({ ok: true });
    expect(await revokeInvitationAction(null, { workspace: workspace.slug, invitationId: ownerInv.id })).toMatchObject({ ok: false, code: 'not_found' });
  });
});
