import 'server-only';
import { unstable_cache } from 'next/cache';
import { getScorecardView, listScorecardViews } from '@/db/queries/scorecard-view';
import { workspaceContentTag } from '@/lib/cache-tags';
import { config } from '@/lib/config';
import { localDate } from '@/lib/periods';

// Scoring a scorecard (its whole structure, the recent values of every measure, targets, roll-ups) is most of a
// scorecard page's cost, and scorecards are read far more often than they change. Such reads are cached per
// workspace under the workspace's tag, which every content write (action or API) expires at once
// (lib/cache-tags.ts), so a save shows on the next read. VIEW_CACHE_SECONDS bounds what no tag reaches (a member
// renaming their own account) and other processes (README, "Caches are per process"); 0 turns the cache off.

/** `load()`, cached in this process under `key` and the workspace's tag (see above). Errors are not cached. */
export function cachedWorkspaceRead<T>(workspaceId: string, key: (string | number)[], load: () => Promise<T>): Promise<T> {
  const seconds = config.viewCacheSeconds;
  if (seconds === 0) return load();
  return unstable_cache(load, [...key.map(String), workspaceId], { tags: [workspaceContentTag(workspaceId)], revalidate: seconds })();
}

type Ws = { id: string; timeZone: string };
/** The cache key part of anything scored: scores depend on today's date in the workspace's time zone. */
export const scoredKey = (ws: Ws) => [ws.timeZone, localDate(new Date(), ws.timeZone)];

/** Members (content.read): one scored scorecard of this workspace, or null; cached as described above. */
export function cachedScorecardView(ws: Ws, scorecardId: string) {
  return cachedWorkspaceRead(ws.id, ['scorecard-view', scorecardId, ...scoredKey(ws)], () => getScorecardView(ws.id, scorecardId, { timeZone: ws.timeZone }));
}

/** Members (content.read): every scored scorecard of this workspace; cached as described above. */
export function cachedScorecardViews(ws: Ws) {
  return cachedWorkspaceRead(ws.id, ['scorecard-views', ...scoredKey(ws)], () => listScorecardViews(ws.id, { timeZone: ws.timeZone }));
}
