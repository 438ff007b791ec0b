import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { memberships, passwordResets, users, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { makeUser, makeWorkspace } from './support/factories';
import { snapshot } from './support/snapshot';

// Sign-up, password-reset and invitation-acceptance limits, through the real server actions: over the
// limit → refused with when to retry and nothing stored; another key unaffected; the window passes → allowed.

const net = vi.hoisted(() => ({ ip: '203.0.113.1' }));
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));
vi.mock('@/lib/auth', () => ({ signIn: async () => {}, signOut: async () => {} }));
vi.mock('next-auth', async () => {
  const { AuthError, CredentialsSignin } = await import('@auth/core/errors');
  return { AuthError, CredentialsSignin };
});
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': net.ip }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock('next/server', () => ({ after: () => {} }));

const { signUpAction, forgotPasswordAction } = await import('@/app/(auth)/actions');
const { acceptInvitationAction } = await import('@/app/(auth)/invite/[token]/actions');
const { createInvitation } = await import('@/db/queries/invitations');

const t = useTestDatabase();

// Fixed windows: pin the clock a little after the start of an hour (near now, so invitations stay valid).
const base = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 3_600_000 + 20_000;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(base);
  net.ip = '203.0.113.1';
  session.user = null;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

/** Every row except the limit counters themselves. */
async function rows() {
  const all = JSON.parse(await snapshot(t.db)) as Record<string, unknown>;
  delete all.rate_limits;
  delete all.auth_attempts;
  return JSON.stringify(all);
}
const userCount = async () => (await t.db.select({ n: count() }).from(users))[0].n;
const swallowRedirect = (p: Promise<unknown>) => p.catch((e: { digest?: string }) => ({ redirected: String(e.digest ?? e) }));

describe('sign-up, per client address (SIGNUP_LIMIT_PER_IP)', () => {
  const signUp = (i: number) => signUpAction(null, { name: `P ${i}`, email: `p${i}-${base}@limits.test`, password: 'a fine long passphrase' });

  it('refuses past the limit with when to retry, storing nothing; other addresses and a later window pass', async () => {
    vi.stubEnv('SIGNUP_LIMIT_PER_IP', '2');
    vi.stubEnv('SIGNUP_LIMIT_WINDOW_MINUTES', '30');
    expect(await signUp(1)).toMatchObject({ ok: true });
    expect(await signUp(2)).toMatchObject({ ok: true });
    const before = await rows();
    const r = await signUp(3);
    expect(r).toMatchObject({ ok: false, code: 'rate_limited' });
    expect(!r.ok && r.error).toMatch(/Too many sign-ups.*Try again in 30 minutes/);
    expect(await rows()).toBe(before);
    net.ip = '203.0.113.2';
    expect(await signUp(4)).toMatchObject({ ok: true });
    net.ip = '203.0.113.1';
    vi.setSystemTime(base + 30 * 60_000);
    expect(await signUp(5)).toMatchObject({ ok: true });
    expect(await userCount()).toBe(4);
  });

  it('has a default of 10 an hour', async () => {
    for (let i = 0; i < 10; i++) expect(await signUp(i)).toMatchObject({ ok: true });
    expect(await signUp(10)).toMatchObject({ ok: false, code: 'rate_limited' });
  });
});

describe('password reset requests (RESET_LIMIT_*)', () => {
  const resets = async () => (await t.db.select({ n: count() }).from(passwordResets))[0].n;

  it('limits per account and per address; the window passing lifts it', async () => {
    vi.stubEnv('RESET_LIMIT_PER_ACCOUNT', '2');
    vi.stubEnv('RESET_LIMIT_PER_IP', '4');
    vi.stubEnv('RESET_LIMIT_WINDOW_MINUTES', '10');
    const ann = await makeUser(t.db, { email: 'ann@limits.test' });
    await makeUser(t.db, { email: 'bob@limits.test' });
    await makeUser(t.db, { email: 'cy@limits.test' });
    for (let i = 0; i < 2; i++) expect(await forgotPasswordAction(null, { email: ann.email })).toMatchObject({ ok: true });
    const r = await forgotPasswordAction(null, { email: ann.email });
    expect(r).toMatchObject({ ok: false, code: 'rate_limited' });
    expect(!r.ok && r.error).toMatch(/Try again in 10 minutes/);
    expect(await resets()).toBe(2);
    // Refused requests count too: the address (4 allowed) has one left; bob gets it, then the address is refused.
    expect(await forgotPasswordAction(null, { email: 'bob@limits.test' })).toMatchObject({ ok: true });
    expect(await forgotPasswordAction(null, { email: 'bob@limits.test' })).toMatchObject({ ok: false, code: 'rate_limited' });
    net.ip = '203.0.113.9';
    expect(await forgotPasswordAction(null, { email: 'cy@limits.test' })).toMatchObject({ ok: true });
    expect(await resets()).toBe(4);
    net.ip = '203.0.113.1';
    vi.setSystemTime(base + 10 * 60_000);
    expect(await forgotPasswordAction(null, { email: ann.email })).toMatchObject({ ok: true });
  });

  it('still follows the SIGNIN_LIMIT_* settings when RESET_LIMIT_* are unset', async () => {
    vi.stubEnv('SIGNIN_LIMIT_PER_ACCOUNT', '1');
    const ann = await makeUser(t.db, { email: 'ann@limits.test' });
    expect(await forgotPasswordAction(null, { email: ann.email })).toMatchObject({ ok: true });
    expect(await forgotPasswordAction(null, { email: ann.email })).toMatchObject({ ok: false, code: 'rate_limited' });
  });
});

describe('invitation acceptance (INVITE_ACCEPT_LIMIT_*)', () => {
  async function invitation(email: string) {
    const ws = await makeWorkspace(t.db, ['owner']);
    const owner = ws.members[0].user;
    const { token } = await createInvitation(ws.workspace.id, { actor: { userId: owner.id, tokenId: null, name: owner.name }, role: 'owner' }, { email, role: 'editor' });
    return { ...ws, token };
  }
  const accept = (user: User, token: string) => {
    session.user = user;
    return swallowRedirect(acceptInvitationAction(null, { token }));
  };
  const joined = async (userId: string) => (await t.db.select().from(memberships).where(eq(memberships.userId, userId))).length;

  it('limits attempts per invitation: even its invitee waits, other invitations are unaffected', async () => {
    vi.stubEnv('INVITE_ACCEPT_LIMIT_PER_INVITATION', '2');
    const invitee = await makeUser(t.db, { email: 'invitee@limits.test' });
    const stranger = await makeUser(t.db, { email: 'stranger@limits.test' });
    const inv = await invitation(invitee.email);
    const other = await invitation(invitee.email);
    for (let i = 0; i < 2; i++) {
      net.ip = `198.51.100.${i}`;
      expect(await accept(stranger, inv.token)).toMatchObject({ ok: false });
    }
    net.ip = '198.51.100.50';
    const before = await rows();
    const r = await accept(invitee, inv.token);
    expect(r).toMatchObject({ ok: false, code: 'rate_limited' });
    expect((r as { error: string }).error).toMatch(/Try again in 15 minutes/);
    expect(await rows()).toBe(before);
    expect(await accept(invitee, other.token)).toMatchObject({ redirected: expect.stringContaining('NEXT_REDIRECT') });
    vi.setSystemTime(base + 15 * 60_000);
    expect(await accept(invitee, inv.token)).toMatchObject({ redirected: expect.stringContaining('NEXT_REDIRECT') });
    expect(await joined(invitee.id)).toBe(2);
  });

  it('limits attempts per client address across invitations', async () => {
    vi.stubEnv('INVITE_ACCEPT_LIMIT_PER_IP', '3');
    const invitee = await makeUser(t.db, { email: 'invitee@limits.test' });
    const inv = await invitation(invitee.email);
    for (let i = 0; i < 3; i++) expect(await accept(invitee, `guessed-token-${i}-${'x'.repeat(20)}`)).toMatchObject({ ok: false });
    expect(await accept(invitee, inv.token)).toMatchObject({ ok: false, code: 'rate_limited' });
    expect(await joined(invitee.id)).toBe(0);
    net.ip = '198.51.100.77';
    expect(await accept(invitee, inv.token)).toMatchObject({ redirected: expect.stringContaining('NEXT_REDIRECT') });
  });
});
