import 'server-only';
import { verifyPassword } from '@/lib/passwords';
import { oldestRecentAttempt, recentCounts, recordAttempts } from '@/lib/throttle';

// Wrong share passwords are counted per link and client address, in the database like sign-in failures.
export const SHARE_PASSWORD_LIMIT = 5;
export const SHARE_PASSWORD_WINDOW_MINUTES = 15;

export type SharePasswordResult = { ok: true } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; minutes: number };

/** Checks a share link's password; throttled before any hashing once the limit of failures in the window is reached. */
export async function checkSharePassword(link: { id: string; passwordHash: string }, password: string, ip: string): Promise<SharePasswordResult> {
  const key = `share:${link.id}:${ip}`;
  const counts = await recentCounts([key], SHARE_PASSWORD_WINDOW_MINUTES);
  if (counts[key] >= SHARE_PASSWORD_LIMIT) {
    const oldest = await oldestRecentAttempt(key, SHARE_PASSWORD_WINDOW_MINUTES);
    const freeAt = (oldest?.getTime() ?? Date.now()) + SHARE_PASSWORD_WINDOW_MINUTES * 60_000;
    return { ok: false, reason: 'throttled', minutes: Math.max(1, Math.ceil((freeAt - Date.now()) / 60_000)) };
  }
  if (await verifyPassword(link.passwordHash, password)) return { ok: true };
  await recordAttempts([key]);
  return { ok: false, reason: 'invalid' };
}
