import 'server-only';
import { getScorecardView } from '@/db/queries/scorecard-view';
import { listLinkedJourneys } from '@/db/queries/share-journeys';
import { cachedWorkspaceRead, scoredKey } from '@/lib/scorecards/cached-view';

// Share pages are read far more often than the scorecard changes: their data is cached per scorecard and day (the
// scores depend on today's date) and expired by the workspace's tag on every write (lib/scorecards/cached-view.ts).
// The link itself is looked up on every request, so revoking or expiring it takes effect at once.

/** The scored scorecard and, when shared, its linked journeys, for a share page; cached as described above. */
export function loadSharedScorecard(workspace: { id: string; timeZone: string }, scorecardId: string, includeJourneys: boolean) {
  return cachedWorkspaceRead(workspace.id, ['share-view', scorecardId, ...scoredKey(workspace), includeJourneys ? 'journeys' : 'plain'], async () => {
    const [view, journeys] = await Promise.all([
      getScorecardView(workspace.id, scorecardId, { timeZone: workspace.timeZone }),
      includeJourneys ? listLinkedJourneys(workspace.id, scorecardId) : Promise.resolve(null),
    ]);
    return { view, journeys };
  });
}
