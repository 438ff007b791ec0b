import 'server-only';
import { getUserByEmail, normalizeEmail } from '@/db/queries/users';
import { burnVerify, verifyPassword } from './passwords';
import { clearAttempts, recentCounts, recordAttempts } from './throttle';
import { config } from './config';

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks an email and password. The throttle is checked before any hashing; unknown emails get
 * the same answer and a comparable delay (a throwaway hash is verified).
 */
export async function checkCredentials(emailRaw: string, password: string, ip: string): Promise<CredentialsResult> {
  const email = normalizeEmail(emailRaw);
  const accountKey = `signin:email:${email}`;
  const ipKey = `signin:ip:${ip}`;
  const { windowMinutes, perAccount, perIp } = config.signInLimits;
  const counts = await recentCounts([accountKey, ipKey], windowMinutes);
  if (counts[accountKey] >= perAccount || counts[ipKey] >= perIp) return { ok: false, reason: 'throttled' };
  const user = await getUserByEmail(email);
  const good = user ? await verifyPassword(user.passwordHash, password) : (await burnVerify(password), false);
  if (!user || !good) {
    await recordAttempts([accountKey, ipKey]);
    return { ok: false, reason: 'invalid' };
  }
  await clearAttempts(accountKey);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

/** The client address as the Next server saw it (its last x-forwarded-for hop). */
export function clientIp(headers: Headers) {
  const xff = headers.get('x-forwarded-for');
  if (xff) {
    const parts = xff.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length) return parts[parts.length - 1];
  }
  return headers.get('x-real-ip') ?? 'unknown';
}
