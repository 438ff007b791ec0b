import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExecutiveScorecard } from '@/components/executive/executive-scorecard';
import { IconSprite } from '@/components/icon-sprite';
import { scorecardIcons } from '@/components/scorecard/icons';
import { findLiveShareLink } from '@/db/queries/share-links';
import { SHARE_TOKEN_RE } from '@/lib/share/unlock';
import { loadSharedScorecard } from '@/lib/share/shared-scorecard';
import { Shell } from './shell';

// Outside the app layout: no sidebar, no session. proxy.ts adds Referrer-Policy: no-referrer and X-Robots-Tag: noindex.
export const metadata: Metadata = { title: 'Shared scorecard', robots: { index: false, follow: false }, referrer: 'no-referrer' };

// Served from Next's page cache (rendered on the first request, kept per token): rendering 200 measures is most of
// this page's cost, and it is read far more often than the scorecard changes. Every content write expires the
// workspace's tag, which this page carries through loadSharedScorecard; five minutes bound the rest (today's date
// moving on). The gate runs on EVERY request before the cache, in proxy.ts (lib/share/gate.ts): revoke, expiry and
// the password act at once, and views are counted there. This render checks the link again for the first request.
export const revalidate = 300;
export const generateStaticParams = async () => [];

/** Anyone holding a live token: the read-only executive view of one scorecard (after its password page, if it has one); otherwise 404. */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!SHARE_TOKEN_RE.test(token)) notFound();
  const found = await findLiveShareLink(token);
  if (!found) notFound();
  const { link, workspace } = found;
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
