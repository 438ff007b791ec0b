import 'server-only';
import { getUserByEmail, normalizeEmail } from '@/db/queries/users';
import { burnVerify, verifyPassword } from './passwords';
import { clearAttempts, reached, recentCounts, recordAttempts } from './throttle';
import { config } from './config';

export { clientIp } from './client-ip';

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks an email and password. The throttle is checked before any hashing; unknown emails get
 * the same answer and a comparable delay (a throwaway hash is verified).
 */
export async function checkCredentials(emailRaw: string, password: string, ip: string): Promise<CredentialsResult> {
  const email = normalizeEmail(emailRaw);
  const accountKey = accountKeyOf(email);
  const ipKey = `signin:ip:${ip}`;
  const { windowMinutes, perAccount, perIp } = config.limits.signIn;
  const counts = await recentCounts([accountKey, ipKey], windowMinutes);
  if (reached(counts[accountKey], perAccount) || reached(counts[ipKey], perIp)) return { ok: false, reason: 'throttled' };
  const user = await getUserByEmail(email);
  const good = user ? await verifyPassword(user.passwordHash, password) : (await burnVerify(password), false);
  if (!user || !good) {
    await recordAttempts([accountKey, ipKey]);
    return { ok: false, reason: 'invalid' };
  }
  await clearAttempts(accountKey);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

const accountKeyOf = (email: string) => `signin:email:${normalizeEmail(email)}`;

/**
 * A signed-in user re-enters their password (to change it or delete the account). Shares the
 * sign-in throttle, so a stolen session cannot be used to guess the password either.
 */
export async function verifyOwnPassword(user: { email: string; passwordHash: string }, password: string, ip: string): Promise<'ok' | 'invalid' | 'throttled'> {
  const accountKey = accountKeyOf(user.email);
  const ipKey = `signin:ip:${ip}`;
  const { windowMinutes, perAccount, perIp } = config.limits.signIn;
  const counts = await recentCounts([accountKey, ipKey], windowMinutes);
  if (reached(counts[accountKey], perAccount) || reached(counts[ipKey], perIp)) return 'throttled';
  if (await verifyPassword(user.passwordHash, password)) return 'ok';
  await recordAttempts([accountKey, ipKey]);
  return 'invalid';
}

/** Forgets an account's failed sign-ins (after its password was reset or changed). */
export async function clearSignInFailures(email: string) {
  await clearAttempts(accountKeyOf(email));
}
