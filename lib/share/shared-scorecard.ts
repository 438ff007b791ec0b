import 'server-only';
import { unstable_cache } from 'next/cache';
import { getScorecardView } from '@/db/queries/scorecard-view';
import { listLinkedJourneys } from '@/db/queries/share-journeys';
import { workspaceContentTag } from '@/lib/cache-tags';
import { localDate } from '@/lib/periods';

// Share pages are read far more often than the scorecard changes: their data is cached per scorecard and day (the
// scores depend on today's date) and expired by the workspace's tag on every write (lib/cache-tags.ts). The link
// itself is looked up on every request, so revoking or expiring it takes effect at once. Five minutes bound what
// no tag covers (a member renaming their own account).

/** The scored scorecard and, when shared, its linked journeys, for a share page; cached as described above. */
export function loadSharedScorecard(workspace: { id: string; timeZone: string }, scorecardId: string, includeJourneys: boolean) {
  const today = localDate(new Date(), workspace.timeZone);
  return unstable_cache(
    async () => {
      const [view, journeys] = await Promise.all([
        getScorecardView(workspace.id, scorecardId, { timeZone: workspace.timeZone }),
        includeJourneys ? listLinkedJourneys(workspace.id, scorecardId) : Promise.resolve(null),
      ]);
      return { view, journeys };
    },
    ['share-view', workspace.id, scorecardId, workspace.timeZone, today, includeJourneys ? 'journeys' : 'plain'],
    { tags: [workspaceContentTag(workspace.id)], revalidate: 300 },
  )();
}
