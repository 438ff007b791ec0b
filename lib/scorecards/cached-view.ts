import 'server-only';
import { unstable_cache } from 'next/cache';
import { getScorecardView, listScorecardViews } from '@/db/queries/scorecard-view';
import { workspaceContentTag } from '@/lib/cache-tags';
import { config } from '@/lib/config';
import { localDate } from '@/lib/periods';

// Scoring a scorecard (its whole structure, the recent values of every measure, targets, roll-ups) is most of a
// scorecard page's cost, and the pages are read far more often than they change. The scored model is cached per
// workspace, scorecard, time zone and day (scores depend on today's date) under the workspace's tag, which every
// content write (action or API) expires at once (lib/cache-tags.ts), so a save shows on the next render. The time
// bound covers what no tag reaches (a member renaming their own account) and other processes (README).

type Ws = { id: string; timeZone: string };

function cached<T>(key: string[], ws: Ws, load: () => Promise<T>): Promise<T> {
  const seconds = config.viewCacheSeconds;
  if (seconds === 0) return load();
  const today = localDate(new Date(), ws.timeZone);
  return unstable_cache(load, [...key, ws.id, ws.timeZone, today], { tags: [workspaceContentTag(ws.id)], revalidate: seconds })();
}

/** Members (content.read): one scored scorecard of this workspace, or null; cached as described above. */
export function cachedScorecardView(ws: Ws, scorecardId: string) {
  return cached(['scorecard-view', scorecardId], ws, () => getScorecardView(ws.id, scorecardId, { timeZone: ws.timeZone }));
}

/** Members (content.read): every scored scorecard of this workspace; cached as described above. */
export function cachedScorecardViews(ws: Ws) {
  return cached(['scorecard-views'], ws, () => listScorecardViews(ws.id, { timeZone: ws.timeZone }));
}
