import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hash } from '@node-rs/argon2';
import { authAttempts, users } from '@/db/schema';
import { useTestDatabase } from './support/db';

const calls = vi.hoisted(() => ({ verify: 0 }));
vi.mock('@/lib/passwords', async (orig) => {
  const real = await orig<typeof import('@/lib/passwords')>();
  return {
    ...real,
    verifyPassword: async (h: string, p: string) => {
      calls.verify++;
      return real.verifyPassword(h, p);
    },
    burnVerify: async (p: string) => {
      calls.verify++;
      return real.burnVerify(p);
    },
  };
});

const { checkCredentials, clientIp } = await import('@/lib/credentials');

describe('sign-in throttling (stored in the database)', () => {
  const state = useTestDatabase();
  const PASSWORD = 'a perfectly fine passphrase';
  beforeEach(async () => {
    calls.verify = 0;
    await state.db.insert(users).values({ name: 'Ann', email: 'ann@test.local', passwordHash: await hash(PASSWORD) });
  });

  it('accepts the right password, case-insensitively by email', async () => {
    const r = await checkCredentials('  ANN@test.local ', PASSWORD, '10.0.0.1');
    expect(r).toMatchObject({ ok: true, user: { email: 'ann@test.local' } });
  });

  it('refuses the 6th attempt for an account, even with the right password, without hashing', async () => {
    for (let i = 0; i < 5; i++) expect(await checkCredentials('ann@test.local', 'wrong ' + i, `10.0.0.${i}`)).toEqual({ ok: false, reason: 'invalid' });
    calls.verify = 0;
    expect(await checkCredentials('ann@test.local', PASSWORD, '10.9.9.9')).toEqual({ ok: false, reason: 'throttled' });
    expect(calls.verify).toBe(0);
  });

  it('refuses an IP after 20 failures across accounts, and unknown emails count the same', async () => {
    for (let i = 0; i < 20; i++) expect(await checkCredentials(`nobody${i}@test.local`, 'x', '10.1.1.1')).toEqual({ ok: false, reason: 'invalid' });
    expect(calls.verify).toBe(20); // unknown emails still pay for a hash: similar timing
    expect(await checkCredentials('ann@test.local', PASSWORD, '10.1.1.1')).toEqual({ ok: false, reason: 'throttled' });
    expect(await checkCredentials('ann@test.local', PASSWORD, '10.1.1.2')).toMatchObject({ ok: true });
  });

  it('forgets failures older than the window', async () => {
    const old = new Date(Date.now() - 16 * 60_000);
    await state.db.insert(authAttempts).values(Array.from({ length: 5 }, () => ({ key: 'signin:email:ann@test.local', createdAt: old })));
    expect(await checkCredentials('ann@test.local', PASSWORD, '10.0.0.1')).toMatchObject({ ok: true });
  });

  it('clears the account failures after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await checkCredentials('ann@test.local', 'wrong', '10.0.0.1');
    expect(await checkCredentials('ann@test.local', PASSWORD, '10.0.0.1')).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await checkCredentials('ann@test.local', 'wrong', '10.0.0.1');
    expect(await checkCredentials('ann@test.local', PASSWORD, '10.0.0.1')).toMatchObject({ ok: true });
  });

  it('reads the client address from the last x-forwarded-for hop', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2' }))).toBe('2.2.2.2');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});
