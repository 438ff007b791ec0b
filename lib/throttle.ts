import 'server-only';
import { and, count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { authAttempts, rateLimits } from '@/db/schema';
import { AppError } from './errors';

/** Number of events recorded under each key within the last `minutes`. */
export async function recentCounts(keys: string[], minutes: number): Promise<Record<string, number>> {
  const db = await getDb();
  const since = new Date(Date.now() - minutes * 60_000);
  const rows = await db
    .select({ key: authAttempts.key, n: count() })
    .from(authAttempts)
    .where(and(inArray(authAttempts.key, keys), gte(authAttempts.createdAt, since)))
    .groupBy(authAttempts.key);
  const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const r of rows) out[r.key] = Number(r.n);
  return out;
}

export async function recordAttempts(keys: string[]) {
  const db = await getDb();
  await db.insert(authAttempts).values(keys.map((key) => ({ key })));
  // Old rows are useless after a day; prune a little at each write so the table stays small.
  if (Math.random() < 0.02) {
    await db.delete(authAttempts).where(lt(authAttempts.createdAt, new Date(Date.now() - 86_400_000)));
  }
}

export async function clearAttempts(key: string) {
  const db = await getDb();
  await db.delete(authAttempts).where(eq(authAttempts.key, key));
}

/**
 * Fixed-window counter shared through the database: one upsert per call. Returns whether the call
 * is within `limit` for the current window of `windowSeconds`.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds = 60) {
  if (limit <= 0) return { ok: true, retryAfter: 0 };
  const db = await getDb();
  const now = Date.now();
  const windowStart = new Date(Math.floor(now / (windowSeconds * 1000)) * windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = ${windowStart.toISOString()}::timestamptz then ${rateLimits.count} + 1 else 1 end`,
        windowStart,
      },
    })
    .returning({ count: rateLimits.count });
  // One row per key ever seen (addresses, emails, invitation links): prune long-finished windows now and then.
  if (Math.random() < 0.01) await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now - 7 * 86_400_000)));
  const retryAfter = Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now) / 1000);
  return { ok: row.count <= limit, retryAfter };
}

/** When the oldest event under `key` within the last `minutes` happened (null when none): tells how long a block lasts. */
export async function oldestRecentAttempt(key: string, minutes: number): Promise<Date | null> {
  const db = await getDb();
  const since = new Date(Date.now() - minutes * 60_000);
  const [row] = await db
    .select({ at: sql<string | Date | null>`min(${authAttempts.createdAt})` })
    .from(authAttempts)
    .where(and(eq(authAttempts.key, key), gte(authAttempts.createdAt, since)));
  return row?.at ? new Date(row.at) : null;
}

/** Whether `count` events reach `limit` (a limit of 0 is switched off). */
export const reached = (count: number, limit: number) => limit > 0 && count >= limit;

/** "Try again in 3 minutes.": how long a refusal lasts, in words for the user. */
export function retryText(seconds: number) {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `Try again in ${s} second${s === 1 ? '' : 's'}.`;
  const m = Math.ceil(s / 60);
  return `Try again in ${m} minute${m === 1 ? '' : 's'}.`;
}

export type RateCheck = { key: string; limit: number; windowMinutes: number };

/**
 * Counts one event under each key (fixed windows shared through the database) and throws `rate_limited`
 * with `what` and when to retry if any of them is over its limit. Call it before writing anything.
 */
export async function enforceRateLimits(checks: RateCheck[], what: string) {
  let retryAfter = 0;
  for (const c of checks) {
    const r = await hitRateLimit(c.key, c.limit, Math.max(1, c.windowMinutes) * 60);
    if (!r.ok) retryAfter = Math.max(retryAfter, r.retryAfter, 1);
  }
  if (retryAfter > 0) throw new AppError('rate_limited', `${what} ${retryText(retryAfter)}`);
}
