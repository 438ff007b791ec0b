import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { memberships, passwordResets, shareLinks, users, workspaces, type User } from '@/db/schema';
import { createPasswordReset } from '@/db/queries/users';
import { hashPassword } from '@/lib/passwords';
import { hashToken, newToken } from '@/lib/tokens';
import type { ActionResult } from '@/lib/actions';
import { useTestDatabase } from './support/db';
import { seedFullWorld, type FullWorld } from './support/world';
import { dumpTables, fingerprint, restoreTables, type Dump } from './support/db-state';
import { actionMatrix } from './support/action-matrix';
import { callAction, loadActions } from './support/action-files';

// The public and user rows of the access matrix (tests/support/action-matrix.ts). They take no workspace: what they
// guard is the caller's own account, a token (reset, invitation, share link) or nothing at all. Auth.js is replaced
// by a stand-in that signs in through checkCredentials and redirects like the real one.
const mocks = vi.hoisted(() => ({ user: null as User | null, signIns: [] as unknown[], signOuts: [] as unknown[], cookiesSet: [] as string[] }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => mocks.user }));
vi.mock('@/lib/auth', async () => {
  const { redirect } = await vi.importActual<typeof import('next/navigation')>('next/navigation');
  const { checkCredentials } = await import('@/lib/credentials');
  const { CredentialsSignin } = await import('@auth/core/errors');
  return {
    auth: async () => null,
    signIn: async (_p: string, opts: { email: string; password: string; redirectTo: string }) => {
      mocks.signIns.push(opts.email);
      if (!(await checkCredentials(opts.email, opts.password, '198.51.100.9')).ok) throw new CredentialsSignin();
      redirect(opts.redirectTo);
    },
    signOut: async (opts: { redirectTo: string }) => {
      mocks.signOuts.push(opts.redirectTo);
      redirect(opts.redirectTo);
    },
  };
});
vi.mock('next-auth', async () => {
  const { AuthError, CredentialsSignin } = await import('@auth/core/errors');
  return { AuthError, CredentialsSignin };
});
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.9' }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: (name: string) => mocks.cookiesSet.push(name), delete: () => {} }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock('next/server', () => ({ after: () => {} }));

const state = useTestDatabase();
const found = new Map((await loadActions()).map((a) => [a.name, a.fn]));
const act = (name: string, input: Record<string, unknown> = {}) => {
  if (!actionMatrix[name] || actionMatrix[name].kind === 'workspace') throw new Error(`${name} is not a public/user row of the matrix`);
  return callAction(found.get(name)!, input);
};
const code = (r: ActionResult) => (r.ok ? 'ok' : r.code);
const PASSWORD = 'correct horse battery';
const tally = async (t: typeof users | typeof workspaces | typeof memberships | typeof passwordResets) => (await state.db.select({ n: count() }).from(t))[0].n;

let w: FullWorld;
let seeded: Dump;
let before: string;
beforeAll(async () => {
  w = await seedFullWorld(state.db);
  const hash = await hashPassword(PASSWORD);
  for (const u of Object.values(w.byRole)) await state.db.update(users).set({ passwordHash: hash }).where(eq(users.id, u.id));
  w.byRole = Object.fromEntries(await Promise.all(Object.entries(w.byRole).map(async ([r, u]) => [r, (await state.db.select().from(users).where(eq(users.id, u.id)))[0]]))) as FullWorld['byRole'];
  seeded = await dumpTables(state.db);
  before = await fingerprint(state.db);
});
beforeEach(async () => {
  if ((await fingerprint(state.db)) !== before) await restoreTables(state.db, seeded);
  mocks.user = null;
  mocks.signIns = [];
  mocks.signOuts = [];
  mocks.cookiesSet = [];
});
/** Expects `expected` and no row changed. */
async function refused(name: string, input: Record<string, unknown>, expected: string, why: string) {
  const r = await act(name, input);
  expect(code(r), `${why}: ${JSON.stringify(r)}`).toBe(expected);
  expect(await fingerprint(state.db), `${why} changed rows`).toBe(before);
}

describe('public actions (anyone)', () => {
  it('signUpAction: a new email signs up and is signed in; a taken one is refused with nothing added', async () => {
    await refused('(auth)/actions.ts#signUpAction', { name: 'Taken', email: w.byRole.viewer.email, password: PASSWORD }, 'invalid', 'taken email');
    const r = await act('(auth)/actions.ts#signUpAction', { name: 'New', email: 'brand-new@test.local', password: PASSWORD });
    expect(r).toMatchObject({ ok: true });
    expect(mocks.signIns).toEqual(['brand-new@test.local']);
    expect(await tally(users)).toBe(7);
  });

  it('signInAction: the right password signs in; a wrong one or an unknown email is invalid', async () => {
    expect(code(await act('(auth)/actions.ts#signInAction', { email: w.byRole.editor.email, password: 'wrong password!' }))).toBe('invalid');
    expect(code(await act('(auth)/actions.ts#signInAction', { email: 'nobody@test.local', password: PASSWORD }))).toBe('invalid');
    expect(code(await act('(auth)/actions.ts#signInAction', { email: w.byRole.editor.email, password: PASSWORD }))).toBe('ok');
  });

  it('signOutAction (unwrapped, no input): signs out whoever calls, changing no row', async () => {
    const r = await callAction(found.get('(auth)/actions.ts#signOutAction')!, {});
    expect(r).toMatchObject({ ok: true });
    expect(mocks.signOuts).toEqual(['/sign-in']);
    expect(await fingerprint(state.db)).toBe(before);
  });

  it('forgotPasswordAction: the same answer for a known and an unknown email; a reset only for the known one', async () => {
    const unknown = await act('(auth)/actions.ts#forgotPasswordAction', { email: 'nobody@test.local' });
    expect(await tally(passwordResets)).toBe(0);
    const known = await act('(auth)/actions.ts#forgotPasswordAction', { email: w.byRole.viewer.email });
    expect(known.ok && unknown.ok).toBe(true);
    expect(await tally(passwordResets)).toBe(1);
  });

  it('resetPasswordAction: a valid token sets the password once; an unknown one is invalid and changes nothing', async () => {
    await refused('(auth)/actions.ts#resetPasswordAction', { token: newToken(), password: 'a new password 1', confirm: 'a new password 1' }, 'invalid', 'unknown token');
    const token = newToken();
    await createPasswordReset(w.byRole.viewer.id, hashToken(token));
    expect(await act('(auth)/actions.ts#resetPasswordAction', { token, password: 'a new password 1', confirm: 'a new password 1' })).toMatchObject({ ok: true });
    const [u] = await state.db.select().from(users).where(eq(users.id, w.byRole.viewer.id));
    expect(u.passwordHash).not.toBe(w.byRole.viewer.passwordHash);
  });

  it('signOutToInvitationAction: signs out and comes back to the invitation', async () => {
    expect(await act('(auth)/invite/[token]/actions.ts#signOutToInvitationAction', { token: w.content.a.invitationToken })).toMatchObject({ ok: true });
    expect(mocks.signOuts).toEqual([`/invite/${w.content.a.invitationToken}`]);
  });

  it('unlockShareAction: a live link opens; an unknown or revoked token is not_found and changes nothing', async () => {
    await refused('share/[token]/actions.ts#unlockShareAction', { token: newToken(), password: 'whatever' }, 'not_found', 'unknown token');
    expect(await act('share/[token]/actions.ts#unlockShareAction', { token: w.content.a.shareToken, password: '' })).toMatchObject({ ok: true });
    await state.db.update(shareLinks).set({ revokedAt: new Date() }).where(eq(shareLinks.id, w.content.a.shareLinkId));
    const revoked = await fingerprint(state.db);
    expect(code(await act('share/[token]/actions.ts#unlockShareAction', { token: w.content.a.shareToken, password: '' }))).toBe('not_found');
    expect(await fingerprint(state.db)).toBe(revoked);
  });
});

describe('user actions (signed in, on their own account)', () => {
  it('acceptInvitationAction: signed out → unauthorized; another account → forbidden; unknown token → invalid; the invitee joins', async () => {
    const input = { token: w.content.a.invitationToken };
    await refused('(auth)/invite/[token]/actions.ts#acceptInvitationAction', input, 'unauthorized', 'signed out');
    mocks.user = w.outsider;
    await refused('(auth)/invite/[token]/actions.ts#acceptInvitationAction', input, 'forbidden', 'another account');
    const [invitee] = await state.db.insert(users).values({ name: 'Invitee', email: w.content.a.invitee, passwordHash: 'x' }).returning();
    const withInvitee = await fingerprint(state.db);
    mocks.user = invitee;
    expect(code(await act('(auth)/invite/[token]/actions.ts#acceptInvitationAction', { token: newToken() }))).toBe('invalid');
    expect(await fingerprint(state.db)).toBe(withInvitee);
    expect(await act('(auth)/invite/[token]/actions.ts#acceptInvitationAction', input)).toMatchObject({ ok: true });
    const joined = await state.db.select().from(memberships).where(eq(memberships.userId, invitee.id));
    expect(joined.map((m) => [m.workspaceId, m.role])).toEqual([[w.a.id, 'viewer']]);
  });

  it('createWorkspaceAction: signed out → unauthorized; any user gets a workspace they own', async () => {
    await refused('(app)/w/actions.ts#createWorkspaceAction', { name: 'Gamma' }, 'unauthorized', 'signed out');
    mocks.user = w.outsider;
    expect(await act('(app)/w/actions.ts#createWorkspaceAction', { name: 'Gamma' })).toMatchObject({ ok: true });
    expect(await tally(workspaces)).toBe(3);
  });

  it('updateProfileAction: signed out → unauthorized; a stale version → conflict; smuggled ids refused; renames only the caller', async () => {
    await refused('(app)/account/actions.ts#updateProfileAction', { name: 'Mallory', version: 1 }, 'unauthorized', 'signed out');
    mocks.user = w.byRole.editor;
    await refused('(app)/account/actions.ts#updateProfileAction', { name: 'Mallory', version: 7 }, 'conflict', 'stale version');
    // Another user's id smuggled in is an unknown key: refused, nothing changed (lib/input-keys.ts).
    await refused('(app)/account/actions.ts#updateProfileAction', { name: 'Eddie', version: 1, id: w.byRole.owner.id, userId: w.byRole.owner.id }, 'invalid', 'smuggled ids');
    expect(await act('(app)/account/actions.ts#updateProfileAction', { name: 'Eddie', version: 1 })).toMatchObject({ ok: true });
    const names = Object.fromEntries((await state.db.select().from(users)).map((u) => [u.id, u.name]));
    expect(names[w.byRole.editor.id]).toBe('Eddie');
    expect(names[w.byRole.owner.id]).toBe(w.byRole.owner.name);
  });

  it('changePasswordAction: signed out → unauthorized; a wrong current password → invalid; the right one changes only the caller', async () => {
    await refused('(app)/account/actions.ts#changePasswordAction', { current: PASSWORD, password: 'another pass 22', confirm: 'another pass 22' }, 'unauthorized', 'signed out');
    mocks.user = w.byRole.editor;
    expect(code(await act('(app)/account/actions.ts#changePasswordAction', { current: 'not my password', password: 'another pass 22', confirm: 'another pass 22' }))).toBe('invalid');
    expect(await act('(app)/account/actions.ts#changePasswordAction', { current: PASSWORD, password: 'another pass 22', confirm: 'another pass 22' })).toMatchObject({ ok: true });
    const rows = Object.fromEntries((await state.db.select().from(users)).map((u) => [u.id, u.passwordHash]));
    expect(rows[w.byRole.editor.id]).not.toBe(w.byRole.editor.passwordHash);
    expect(rows[w.byRole.viewer.id]).toBe(w.byRole.viewer.passwordHash);
  });

  it('deleteAccountAction: signed out → unauthorized; the sole owner → forbidden; otherwise deletes only the caller', async () => {
    await refused('(app)/account/actions.ts#deleteAccountAction', { password: PASSWORD }, 'unauthorized', 'signed out');
    mocks.user = w.byRole.owner;
    await refused('(app)/account/actions.ts#deleteAccountAction', { password: PASSWORD }, 'forbidden', 'sole owner of A');
    mocks.user = w.byRole.viewer;
    expect(await act('(app)/account/actions.ts#deleteAccountAction', { password: PASSWORD })).toMatchObject({ ok: true });
    expect((await state.db.select().from(users)).map((u) => u.id)).not.toContain(w.byRole.viewer.id);
    expect(await tally(users)).toBe(5);
  });
});

it('covers every public, user and unwrapped row of the matrix', async () => {
  const source = (await import('node:fs')).readFileSync('tests/action-matrix-account.test.ts', 'utf8');
  const rows = Object.entries(actionMatrix).filter(([, r]) => r.kind !== 'workspace').map(([n]) => n);
  const untested = rows.filter((n) => !source.includes(`'${n}'`));
  expect(untested, `public/user rows without a test here: ${untested.join(', ')}`).toEqual([]);
});
