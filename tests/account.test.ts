import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
// Renamed on import: it is a vitest setup helper, not a React hook (rules-of-hooks keys on the name).
import { useTestDatabase as setUpTestDatabase } from './support/db';
import { activities, memberships, passwordResets, users } from '@/db/schema';
import { createUser, deleteUser, getUserById, listSoleOwnedWorkspaces, updateUserName } from '@/db/queries/users';
import { createWorkspace } from '@/db/queries/workspaces';
import { checkCredentials } from '@/lib/credentials';
import { hashPassword } from '@/lib/passwords';
import { getCurrentUser } from '@/lib/session';
import { isRedirectError } from 'next/dist/client/components/redirect-error';

// Auth.js is replaced by a stand-in that keeps one "browser session" ({ user.id, sv }) and, like the
// real credentials provider, signs in through checkCredentials. lib/session's real getCurrentUser
// then compares that session's sv with the account, exactly as on a request.
const auth = vi.hoisted(() => ({ session: null as null | { user: { id: string }; sv: number }, signIns: [] as unknown[], signOuts: [] as unknown[] }));
vi.mock('@/lib/auth', async () => {
  const { redirect } = await vi.importActual<typeof import('next/navigation')>('next/navigation');
  const { checkCredentials: check } = await import('@/lib/credentials');
  const { CredentialsSignin } = await import('@auth/core/errors');
  return {
    auth: async () => auth.session,
    signIn: async (_provider: string, opts: { email: string; password: string; redirectTo: string }) => {
      auth.signIns.push(opts);
      const r = await check(opts.email, opts.password, '198.51.100.7');
      if (!r.ok) throw new CredentialsSignin();
      auth.session = { user: { id: r.user.id }, sv: r.user.sessionVersion };
      redirect(opts.redirectTo);
    },
    signOut: async (opts: { redirectTo: string }) => {
      auth.signOuts.push(opts);
      auth.session = null;
      redirect(opts.redirectTo);
    },
  };
});
// next-auth's entry imports 'next/server' without an extension, which Node's ESM resolver refuses
// outside Next; the actions only need its error classes, which live in @auth/core.
vi.mock('next-auth', async () => {
  const { AuthError, CredentialsSignin } = await import('@auth/core/errors');
  return { AuthError, CredentialsSignin };
});
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const later = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock('next/server', () => ({ after: (fn: () => unknown) => later.push(Promise.resolve(fn())) }));

const { changePasswordAction, deleteAccountAction, updateProfileAction } = await import('@/app/(app)/account/actions');
const { forgotPasswordAction, resetPasswordAction } = await import('@/app/(auth)/actions');

const state = setUpTestDatabase();
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-outbox-'));
process.env.OUTBOX_DIR = outbox;
afterAll(() => fs.rmSync(outbox, { recursive: true, force: true }));

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a brand new passphrase';

async function makeUser(email = `u${Math.random().toString(36).slice(2, 8)}@example.test`, name = 'Ada Lovelace') {
  const u = await createUser({ name, email, passwordHash: await hashPassword(PASSWORD) });
  auth.session = { user: { id: u.id }, sv: u.sessionVersion };
  return u;
}

/** Runs an action that should redirect; returns the redirect target. */
async function redirectOf(p: Promise<unknown>) {
  const e = await p.then(
    (r) => {
      throw new Error(`expected a redirect, got ${JSON.stringify(r)}`);
    },
    (err: unknown) => err,
  );
  if (!isRedirectError(e)) throw e;
  return e.digest.split(';')[2];
}

async function mailTo(email: string) {
  await Promise.all(later.splice(0));
  const texts = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'));
  return texts.filter((t) => t.includes(`To: ${email}`)).map((t) => t.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))));
}

const tokenIn = (mail: string) => /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail)![1];

beforeEach(() => {
  auth.session = null;
  auth.signIns = [];
  auth.signOuts = [];
  for (const f of fs.readdirSync(outbox)) fs.rmSync(path.join(outbox, f));
});

describe('password reset', () => {
  it('mails a one-hour link whose token is stored only as its hash, and answers the same for unknown emails', async () => {
    const u = await makeUser();
    const known = await forgotPasswordAction(null, { email: u.email.toUpperCase() });
    const unknown = await forgotPasswordAction(null, { email: 'nobody@example.test' });
    expect(known).toEqual({ ok: true, data: { email: u.email } });
    expect(unknown).toEqual({ ok: true, data: { email: 'nobody@example.test' } });
    expect(await mailTo('nobody@example.test')).toHaveLength(0);
    const [mail] = await mailTo(u.email);
    const token = tokenIn(mail);
    const rows = await state.db.select().from(passwordResets);
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    const minutes = (rows[0].expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);
  });

  it('sets the password once, revokes every session, lifts the sign-in throttle and kills the other links', async () => {
    const u = await makeUser();
    for (let i = 0; i < 5; i++) await checkCredentials(u.email, 'wrong ' + i, '203.0.113.1');
    expect(await checkCredentials(u.email, PASSWORD, '203.0.113.1')).toEqual({ ok: false, reason: 'throttled' });
    await forgotPasswordAction(null, { email: u.email });
    await forgotPasswordAction(null, { email: u.email });
    const [first, second] = (await mailTo(u.email)).map(tokenIn);
    expect(first).not.toBe(second);

    const to = await redirectOf(resetPasswordAction(null, { token: first, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(to).toBe('/sign-in?reset=1');
    expect(await getCurrentUser()).toBeNull(); // the session from before the reset is revoked
    expect((await getUserById(u.id))!.sessionVersion).toBe(u.sessionVersion + 1);
    expect((await checkCredentials(u.email, NEW_PASSWORD, '203.0.113.1')).ok).toBe(true);
    expect(await checkCredentials(u.email, PASSWORD, '203.0.113.1')).toEqual({ ok: false, reason: 'invalid' });

    const again = await resetPasswordAction(null, { token: first, password: 'yet another passphrase', confirm: 'yet another passphrase' });
    expect(again).toMatchObject({ ok: false, code: 'invalid', error: 'This reset link was already used. Ask for a new one.' });
    const other = await resetPasswordAction(null, { token: second, password: 'yet another passphrase', confirm: 'yet another passphrase' });
    expect(other).toMatchObject({ ok: false, code: 'invalid' });
    expect((await checkCredentials(u.email, NEW_PASSWORD, '203.0.113.1')).ok).toBe(true);
  });

  it('refuses an expired link, an unknown token and a weak or mismatched password, changing nothing', async () => {
    const u = await makeUser();
    await forgotPasswordAction(null, { email: u.email });
    const token = tokenIn((await mailTo(u.email))[0]);
    const weak = await resetPasswordAction(null, { token, password: 'password123', confirm: 'password123' });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining('too common')] } });
    const mismatch = await resetPasswordAction(null, { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD + '!' });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: ['The passwords do not match.'] } });

    await state.db.update(passwordResets).set({ expiresAt: new Date(Date.now() - 1000) });
    const expired = await resetPasswordAction(null, { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(expired).toMatchObject({ ok: false, error: 'This reset link has expired. Ask for a new one.' });
    const bogus = await resetPasswordAction(null, { token: 'x'.repeat(43), password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(bogus).toMatchObject({ ok: false, error: 'This reset link is not valid. Ask for a new one.' });
    const after = await getUserById(u.id);
    expect(after!.passwordHash).toBe(u.passwordHash);
    expect(after!.sessionVersion).toBe(u.sessionVersion);
  });
});

describe('change password', () => {
  it('refuses a wrong current password without changing anything', async () => {
    const u = await makeUser();
    const r = await changePasswordAction(null, { current: 'not my password', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(r).toMatchObject({ ok: false, fieldErrors: { current: ['This is not your current password.'] } });
    expect(await getUserById(u.id)).toEqual(u);
    expect(auth.signIns).toHaveLength(0);
  });

  it('revokes other sessions and signs this browser in again with the new password', async () => {
    const u = await makeUser();
    const otherBrowser = { ...auth.session! };
    const to = await redirectOf(changePasswordAction(null, { current: PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(to).toBe('/account?password=changed');
    expect(auth.signIns).toEqual([{ email: u.email, password: NEW_PASSWORD, redirectTo: '/account?password=changed' }]);
    const fresh = await getUserById(u.id);
    expect(fresh!.sessionVersion).toBe(u.sessionVersion + 1);
    expect(fresh!.version).toBe(u.version); // a password change is no profile edit: no false conflicts
    expect((await getCurrentUser())?.id).toBe(u.id); // this browser: re-issued session
    auth.session = otherBrowser;
    expect(await getCurrentUser()).toBeNull(); // any other browser: signed out on its next request
  });
});

describe('profile', () => {
  it('renames, and answers a stale version with a conflict that keeps the typed name', async () => {
    const u = await makeUser();
    const ok = await updateProfileAction(null, { name: '  Ada King ', version: String(u.version) });
    expect(ok).toEqual({ ok: true, data: { name: 'Ada King', version: u.version + 1 } });
    const stale = await updateProfileAction(null, { name: 'Countess Lovelace', version: String(u.version) });
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { name: 'Ada King', version: u.version + 1 }, values: { name: 'Countess Lovelace' } });
    expect((await getUserById(u.id))!.name).toBe('Ada King');
    await expect(updateUserName(u.id, 'X', u.version)).rejects.toMatchObject({ code: 'conflict' });
    const blank = await updateProfileAction(null, { name: '  ', version: String(u.version + 1) });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { name: ['Enter your name.'] } });
  });

  it('refuses a signed-out caller', async () => {
    await makeUser();
    auth.session = null;
    expect(await updateProfileAction(null, { name: 'Someone', version: '1' })).toMatchObject({ ok: false, code: 'unauthorized' });
  });
});

describe('delete account', () => {
  it('is refused for the sole owner of a workspace, naming each one, and changes nothing', async () => {
    const u = await makeUser();
    await createWorkspace(u, { name: 'Acme Journeys' });
    await createWorkspace(u, { name: 'Beta Maps' });
    expect((await listSoleOwnedWorkspaces(u.id)).map((w) => w.name)).toEqual(['Acme Journeys', 'Beta Maps']);
    const r = await deleteAccountAction(null, { password: PASSWORD });
    expect(r).toMatchObject({ ok: false, code: 'forbidden' });
    expect(r.ok ? '' : r.error).toMatch(/only owner of the workspaces “Acme Journeys”, “Beta Maps”/);
    expect(await getUserById(u.id)).toBeDefined();
    expect(await state.db.select().from(memberships).where(eq(memberships.userId, u.id))).toHaveLength(2);
    expect(await state.db.select().from(activities).where(eq(activities.action, 'member.account_deleted'))).toHaveLength(0);
    expect(auth.signOuts).toHaveLength(0);
  });

  it('refuses a wrong password', async () => {
    const u = await makeUser();
    const r = await deleteAccountAction(null, { password: 'wrong password' });
    expect(r).toMatchObject({ ok: false, fieldErrors: { password: ['This is not your password.'] } });
    expect(await getUserById(u.id)).toBeDefined();
  });

  it('removes the account and its memberships when another owner remains, logs it, and signs out', async () => {
    const other = await makeUser(undefined, 'Grace Hopper');
    const w = await createWorkspace(other, { name: 'Shared' });
    const u = await makeUser();
    await state.db.insert(memberships).values({ workspaceId: w.id, userId: u.id, role: 'owner' });
    expect(await listSoleOwnedWorkspaces(u.id)).toEqual([]);
    const to = await redirectOf(deleteAccountAction(null, { password: PASSWORD }));
    expect(to).toBe('/?deleted=1');
    expect(await getUserById(u.id)).toBeUndefined();
    expect(await state.db.select().from(memberships).where(eq(memberships.userId, u.id))).toHaveLength(0);
    const [log] = await state.db.select().from(activities).where(and(eq(activities.workspaceId, w.id), eq(activities.action, 'member.account_deleted')));
    expect(log).toMatchObject({ actorName: 'Ada Lovelace', targetLabel: 'Ada Lovelace', actorUserId: null });
    expect(await checkCredentials(u.email, PASSWORD, '203.0.113.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await listSoleOwnedWorkspaces(other.id)).toHaveLength(1);
  });

  it('removes an account with no workspace; the query refuses a sole owner on its own', async () => {
    const u = await makeUser();
    await forgotPasswordAction(null, { email: u.email });
    await redirectOf(deleteAccountAction(null, { password: PASSWORD }));
    expect(await state.db.select().from(users).where(eq(users.id, u.id))).toHaveLength(0);
    expect(await state.db.select().from(passwordResets)).toHaveLength(0);
    const owner = await makeUser();
    await createWorkspace(owner, { name: 'Solo' });
    await expect(deleteUser(owner.id)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
