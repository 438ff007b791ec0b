import { notFound } from 'next/navigation';
import { ExecutiveScorecard } from '@/components/executive/executive-scorecard';
import { IconSprite } from '@/components/icon-sprite';
import { scorecardIcons } from '@/components/scorecard/icons';
import type { findLiveShareLink } from '@/db/queries/share-links';
import { loadSharedScorecard } from '@/lib/share/shared-scorecard';
import { Shell } from './shell';

type Found = NonNullable<Awaited<ReturnType<typeof findLiveShareLink>>>;

/** The body of both share pages (cached ./page.tsx, per-request ./view/page.tsx): the executive view of the link's scorecard. */
export async function SharedView({ found: { link, workspace } }: { found: Pick<Found, 'workspace'> & { link: Pick<Found['link'], 'scorecardId' | 'includeJourneys' | 'includeStrategyMap'> } }) {
  const { view, journeys } = await loadSharedScorecard(workspace, link.scorecardId, link.includeJourneys);
  if (!view) notFound();
  return (
    <Shell>
      <IconSprite icons={scorecardIcons} />
      <ExecutiveScorecard
        scorecard={view}
        workspaceName={workspace.name}
        style={{ locale: workspace.locale, currency: workspace.currency }}
        strategyMap={link.includeStrategyMap}
        journeys={journeys}
      />
    </Shell>
  );
}
