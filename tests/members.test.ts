import { beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from './support/db';
import { makeUser, makeWorkspace, snapshot } from './support/factories';
import { activities, memberships, type Role, type User } from '@/db/schema';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
  safeNext: (n: unknown, f = '/w') => (typeof n === 'string' && n.startsWith('/') && !n.startsWith('//') ? n : f),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/db/queries/activity', async (importOriginal) => {
  const m = await importOriginal<typeof import('@/db/queries/activity')>();
  return { ...m, logActivity: vi.fn(m.logActivity) };
});

const { changeMemberRoleAction, leaveWorkspaceAction, removeMemberAction } = await import('@/app/(app)/w/[workspace]/settings/members/actions');
const { logActivity } = await import('@/db/queries/activity');

const t = useTestDatabase();
const ROLES: Role[] = ['viewer', 'editor', 'admin', 'owner'];

// Written out from STYLE.md's table, independently of lib/authz.ts.
const mayChange = (actor: Role, target: Role, to: Role) =>
  (actor === 'admin' || actor === 'owner') && (target !== 'owner' || actor === 'owner') && (to !== 'owner' || actor === 'owner');
const mayRemove = (actor: Role, target: Role) => (actor === 'admin' || actor === 'owner') && (target !== 'owner' || actor === 'owner');

async function roleOf(membershipId: string) {
  const [m] = await t.db.select().from(memberships).where(eq(memberships.id, membershipId));
  return m;
}

beforeEach(() => {
  session.user = null;
});

describe('changing a member’s role', () => {
  for (const actor of ROLES) {
    it(`${actor}: allowed and refused changes follow the permission table`, async () => {
      for (const target of ROLES) {
        for (const to of ROLES.filter((r) => r !== target)) {
          // An extra owner first, so the last-owner rule never decides these cases.
          const { workspace, members } = await makeWorkspace(t.db, ['owner', actor, target]);
          const [, me, subject] = members;
          session.user = me.user;
          const before = await snapshot(t.db);
          const res = await changeMemberRoleAction(null, { workspace: workspace.slug, memberId: subject.membershipId, role: to, version: 1 });
          const label = `${actor} sets ${target} → ${to}`;
          if (mayChange(actor, target, to)) {
            expect(res.ok, label).toBe(true);
            const m = await roleOf(subject.membershipId);
            expect([m.role, m.version], label).toEqual([to, 2]);
            const logged = await t.db.select().from(activities).where(and(eq(activities.workspaceId, workspace.id), eq(activities.action, 'member.role_changed')));
            expect(logged.map((a) => [a.actorUserId, a.targetId, a.data]), label).toEqual([[me.user.id, subject.membershipId, { from: target, to }]]);
          } else {
            expect(res.ok, label).toBe(false);
            expect(!res.ok && res.code, label).toBe('forbidden');
            expect(await snapshot(t.db), label).toEqual(before);
          }
        }
      }
    });
  }

  it('refuses a stale version with the current member, changing nothing', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner', 'editor']);
    session.user = members[0].user;
    const first = await changeMemberRoleAction(null, { workspace: workspace.slug, memberId: members[1].membershipId, role: 'admin', version: 1 });
    expect(first.ok).toBe(true);
    const before = await snapshot(t.db);
    const stale = await changeMemberRoleAction(null, { workspace: workspace.slug, memberId: members[1].membershipId, role: 'viewer', version: 1 });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.code).toBe('conflict');
    expect(stale.current).toMatchObject({ id: members[1].membershipId, role: 'admin', version: 2 });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('never demotes the last owner, but demotes one of two', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner', 'owner']);
    const [a, b] = members;
    session.user = a.user;
    const ok = await changeMemberRoleAction(null, { workspace: workspace.slug, memberId: b.membershipId, role: 'admin', version: 1 });
    expect(ok.ok).toBe(true);
    const before = await snapshot(t.db);
    const self = await changeMemberRoleAction(null, { workspace: workspace.slug, memberId: a.membershipId, role: 'admin', version: 1 });
    expect(self).toMatchObject({ ok: false, code: 'forbidden', error: expect.stringContaining('at least one owner') });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('answers not_found for a membership of another workspace, and for outsiders', async () => {
    const mine = await makeWorkspace(t.db, ['owner']);
    const other = await makeWorkspace(t.db, ['owner', 'viewer']);
    session.user = mine.members[0].user;
    const before = await snapshot(t.db);
    const foreign = await changeMemberRoleAction(null, { workspace: mine.workspace.slug, memberId: other.members[1].membershipId, role: 'editor', version: 1 });
    expect(foreign).toMatchObject({ ok: false, code: 'not_found' });
    const outsider = await changeMemberRoleAction(null, { workspace: other.workspace.slug, memberId: other.members[1].membershipId, role: 'editor', version: 1 });
    expect(outsider).toMatchObject({ ok: false, code: 'not_found' });
    const removed = await removeMemberAction(null, { workspace: other.workspace.slug, memberId: other.members[1].membershipId });
    expect(removed).toMatchObject({ ok: false, code: 'not_found' });
    session.user = null;
    expect(await removeMemberAction(null, { workspace: other.workspace.slug, memberId: other.members[1].membershipId })).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('rejects bad input with field errors and stores nothing', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner', 'editor']);
    session.user = members[0].user;
    const before = await snapshot(t.db);
    const res = await changeMemberRoleAction(null, { workspace: workspace.slug, memberId: members[1].membershipId, role: 'emperor', version: 1 });
    expect(res).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { role: expect.any(Array) } });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('rolls back the change when its activity row cannot be written', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner', 'editor']);
    session.user = members[0].user;
    const before = await snapshot(t.db);
    vi.mocked(logActivity).mockRejectedValueOnce(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    const res = await changeMemberRoleAction(null, { workspace: workspace.slug, memberId: members[1].membershipId, role: 'viewer', version: 1 });
    expect(res).toMatchObject({ ok: false, code: 'internal' });
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe('removing members and leaving', () => {
  for (const actor of ROLES) {
    it(`${actor}: allowed and refused removals follow the permission table`, async () => {
      for (const target of ROLES) {
        const { workspace, members } = await makeWorkspace(t.db, ['owner', actor, target]);
        const [, me, subject] = members;
        session.user = me.user;
        const before = await snapshot(t.db);
        const res = await removeMemberAction(null, { workspace: workspace.slug, memberId: subject.membershipId });
        const label = `${actor} removes ${target}`;
        if (mayRemove(actor, target)) {
          expect(res.ok, label).toBe(true);
          expect(await roleOf(subject.membershipId), label).toBeUndefined();
          const [a] = await t.db.select().from(activities).where(and(eq(activities.workspaceId, workspace.id), eq(activities.action, 'member.removed')));
          expect(a?.targetId, label).toBe(subject.membershipId);
          // Removal takes effect on the removed member's next request.
          session.user = subject.user;
          const next = await changeMemberRoleAction(null, { workspace: workspace.slug, memberId: subject.membershipId, role: 'viewer', version: 1 });
          expect(next, label).toMatchObject({ ok: false, code: 'not_found' });
        } else {
          expect(res, label).toMatchObject({ ok: false, code: 'forbidden' });
          expect(await snapshot(t.db), label).toEqual(before);
        }
      }
    });
  }

  it('never removes the last owner, not even by themself', async () => {
    const { workspace, members } = await makeWorkspace(t.db, ['owner', 'admin']);
    session.user = members[0].user;
    const before = await snapshot(t.db);
    expect(await removeMemberAction(null, { workspace: workspace.slug, memberId: members[0].membershipId })).toMatchObject({ ok: false, code: 'forbidden' });
    await expect(leaveWorkspaceAction(null, { workspace: workspace.slug })).resolves.toMatchObject({ ok: false, code: 'forbidden', error: expect.stringContaining('only owner') });
    expect(await snapshot(t.db)).toEqual(before);
  });

  for (const role of ROLES) {
    it(`${role}: can leave (an owner only while another owner remains)`, async () => {
      const { workspace, members } = await makeWorkspace(t.db, ['owner', role]);
      const me = members[1];
      session.user = me.user;
      // Leaving redirects to /w: the redirect propagates out of the action.
      await expect(leaveWorkspaceAction(null, { workspace: workspace.slug })).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });
      expect(await roleOf(me.membershipId)).toBeUndefined();
      const [a] = await t.db.select().from(activities).where(eq(activities.action, 'member.left'));
      expect([a.actorUserId, a.data]).toEqual([me.user.id, { role }]);
    });
  }

  it('an outsider cannot leave a workspace they are not in', async () => {
    const { workspace } = await makeWorkspace(t.db, ['owner']);
    session.user = await makeUser(t.db);
    const before = await snapshot(t.db);
    expect(await leaveWorkspaceAction(null, { workspace: workspace.slug })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshot(t.db)).toEqual(before);
  });
});
