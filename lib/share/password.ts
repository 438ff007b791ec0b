import 'server-only';
import { verifyPassword } from '@/lib/passwords';
import { config } from '@/lib/config';
import { oldestRecentAttempt, reached, recentCounts, recordAttempts } from '@/lib/throttle';

// Wrong share passwords are counted per link and client address, in the database like sign-in failures
// (SHARE_PASSWORD_LIMIT_PER_IP within SHARE_PASSWORD_LIMIT_WINDOW_MINUTES).

export type SharePasswordResult = { ok: true } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; minutes: number };

/** Checks a share link's password; throttled before any hashing once the limit of failures in the window is reached. */
export async function checkSharePassword(link: { id: string; passwordHash: string }, password: string, ip: string): Promise<SharePasswordResult> {
  const key = `share:${link.id}:${ip}`;
  const { perIp, windowMinutes } = config.limits.sharePassword;
  const counts = await recentCounts([key], windowMinutes);
  if (reached(counts[key], perIp)) {
    const oldest = await oldestRecentAttempt(key, windowMinutes);
    const freeAt = (oldest?.getTime() ?? Date.now()) + windowMinutes * 60_000;
    return { ok: false, reason: 'throttled', minutes: Math.max(1, Math.ceil((freeAt - Date.now()) / 60_000)) };
  }
  if (await verifyPassword(link.passwordHash, password)) return { ok: true };
  await recordAttempts([key]);
  return { ok: false, reason: 'invalid' };
}
