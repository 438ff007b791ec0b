import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hash } from '@node-rs/argon2';
import { users } from '@/db/schema';
import { config } from '@/lib/config';
import { clientIp } from '@/lib/client-ip';
import { useTestDatabase } from './support/db';
import { apiRequest, makeToken, makeWorkspace, params } from './support/gate';

// The limits' settings (one naming scheme, older names still honoured), the one client-address helper, and
// the share-password, sign-in and API limits driven by those settings. Actions' limits: rate-limits-auth.test.ts.

vi.mock('@/lib/session', () => import('./support/session-mock'));

const { checkSharePassword } = await import('@/lib/share/password');
const { checkCredentials } = await import('@/lib/credentials');
const { GET } = await import('@/app/api/v1/workspaces/[slug]/route');

const t = useTestDatabase();
const base = Date.UTC(2030, 0, 1, 12, 0, 20);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(base);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('clientIp', () => {
  const h = (xff?: string, real?: string) => new Headers({ ...(xff ? { 'x-forwarded-for': xff } : {}), ...(real ? { 'x-real-ip': real } : {}) });
  it('takes the hop the nearest proxy appended (TRUSTED_PROXY_HOPS, default 1)', () => {
    expect(clientIp(h('6.6.6.6, 1.1.1.1, 2.2.2.2'))).toBe('2.2.2.2');
    vi.stubEnv('TRUSTED_PROXY_HOPS', '2');
    expect(clientIp(h('6.6.6.6, 1.1.1.1, 2.2.2.2'))).toBe('1.1.1.1');
    expect(clientIp(h('1.1.1.1'))).toBe('1.1.1.1');
  });
  it('falls back to x-real-ip, then to one shared "unknown" key', () => {
    expect(clientIp(h(undefined, ' 3.3.3.3 '))).toBe('3.3.3.3');
    expect(clientIp(h(' , '))).toBe('unknown');
    expect(clientIp(h())).toBe('unknown');
  });
});

describe('settings', () => {
  it('reads every limit from <AREA>_LIMIT_PER_<KEY> / <AREA>_LIMIT_WINDOW_MINUTES', () => {
    const env = {
      SIGNIN_LIMIT_PER_ACCOUNT: '1', SIGNIN_LIMIT_PER_IP: '2', SIGNIN_LIMIT_WINDOW_MINUTES: '3',
      SIGNUP_LIMIT_PER_IP: '4', SIGNUP_LIMIT_WINDOW_MINUTES: '5',
      RESET_LIMIT_PER_ACCOUNT: '6', RESET_LIMIT_PER_IP: '7', RESET_LIMIT_WINDOW_MINUTES: '8',
      INVITE_ACCEPT_LIMIT_PER_IP: '9', INVITE_ACCEPT_LIMIT_PER_INVITATION: '10', INVITE_ACCEPT_LIMIT_WINDOW_MINUTES: '11',
      SHARE_PASSWORD_LIMIT_PER_IP: '12', SHARE_PASSWORD_LIMIT_WINDOW_MINUTES: '13',
      API_LIMIT_PER_CLIENT: '14', API_LIMIT_WINDOW_MINUTES: '15',
      WORKSPACE_IMPORT_LIMIT_PER_USER: '16', WORKSPACE_IMPORT_LIMIT_WINDOW_MINUTES: '17',
    };
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    expect(JSON.parse(JSON.stringify(config.limits))).toEqual({
      signIn: { perAccount: 1, perIp: 2, windowMinutes: 3 },
      signUp: { perIp: 4, windowMinutes: 5 },
      reset: { perAccount: 6, perIp: 7, windowMinutes: 8 },
      inviteAccept: { perIp: 9, perInvitation: 10, windowMinutes: 11 },
      sharePassword: { perIp: 12, windowMinutes: 13 },
      api: { perClient: 14, windowMinutes: 15 },
      workspaceImport: { perUser: 16, windowMinutes: 17 },
    });
  });
  it('keeps the older names working and ignores nonsense', () => {
    vi.stubEnv('API_RATE_LIMIT_PER_MINUTE', '42');
    vi.stubEnv('SIGNIN_LIMIT_PER_IP', '77');
    vi.stubEnv('SIGNUP_LIMIT_PER_IP', 'lots');
    expect(config.limits.api.perClient).toBe(42);
    expect(config.limits.reset.perIp).toBe(77);
    expect(config.limits.signUp.perIp).toBe(10);
  });
});

// Failures are stamped by the database's clock (real time on PostgreSQL): these sliding windows run from now.
const fromNow = () => vi.setSystemTime(vi.getRealSystemTime());

describe('share-page passwords (SHARE_PASSWORD_LIMIT_*)', () => {
  beforeEach(fromNow);
  it('refuses past the setting without hashing, per link and address, until the window passes', async () => {
    vi.stubEnv('SHARE_PASSWORD_LIMIT_PER_IP', '2');
    vi.stubEnv('SHARE_PASSWORD_LIMIT_WINDOW_MINUTES', '3');
    const link = { id: crypto.randomUUID(), passwordHash: await hash('right password') };
    const other = { ...link, id: crypto.randomUUID() };
    for (let i = 0; i < 2; i++) expect(await checkSharePassword(link, 'wrong', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
    const refused = await checkSharePassword(link, 'right password', '10.0.0.1');
    expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
    // The database stamps failures with its own clock, a moment after our frozen one: 3 minutes, or just over.
    expect((refused as { minutes: number }).minutes).toBeOneOf([3, 4]);
    expect(await checkSharePassword(link, 'right password', '10.0.0.2')).toEqual({ ok: true });
    expect(await checkSharePassword(other, 'right password', '10.0.0.1')).toEqual({ ok: true });
    vi.setSystemTime(vi.getRealSystemTime() + 3 * 60_000 + 1000);
    expect(await checkSharePassword(link, 'right password', '10.0.0.1')).toEqual({ ok: true });
  });
  it('turns off with 0', async () => {
    vi.stubEnv('SHARE_PASSWORD_LIMIT_PER_IP', '0');
    const link = { id: crypto.randomUUID(), passwordHash: await hash('right password') };
    for (let i = 0; i < 6; i++) await checkSharePassword(link, 'wrong', '10.0.0.1');
    expect(await checkSharePassword(link, 'right password', '10.0.0.1')).toEqual({ ok: true });
  });
});

describe('sign-in (SIGNIN_LIMIT_*)', () => {
  beforeEach(fromNow);
  it('follows the configured per-account limit and window', async () => {
    vi.stubEnv('SIGNIN_LIMIT_PER_ACCOUNT', '2');
    vi.stubEnv('SIGNIN_LIMIT_WINDOW_MINUTES', '5');
    await t.db.insert(users).values({ name: 'Ann', email: 'ann@limits.test', passwordHash: await hash('the right one') });
    for (let i = 0; i < 2; i++) expect(await checkCredentials('ann@limits.test', 'wrong', `10.0.1.${i}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkCredentials('ann@limits.test', 'the right one', '10.0.1.9')).toEqual({ ok: false, reason: 'throttled' });
  });
});

describe('API (API_LIMIT_*)', () => {
  it('answers 429 with Retry-After in a configured window, per token', async () => {
    vi.stubEnv('API_LIMIT_PER_CLIENT', '2');
    vi.stubEnv('API_LIMIT_WINDOW_MINUTES', '5');
    const { owner, workspace } = await makeWorkspace();
    const [a, b] = [await makeToken(workspace.id, owner, 'viewer'), await makeToken(workspace.id, owner, 'viewer')];
    const get = (secret: string) => GET(apiRequest(`/api/v1/workspaces/${workspace.slug}`, { token: secret }), params({ slug: workspace.slug }));
    for (let i = 0; i < 2; i++) expect((await get(a.secret)).status).toBe(200);
    const res = await get(a.secret);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe(String(5 * 60 - 20));
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Try again in 5 minutes/);
    expect((await get(b.secret)).status).toBe(200);
    vi.setSystemTime(base + 5 * 60_000);
    expect((await get(a.secret)).status).toBe(200);
  });
});
