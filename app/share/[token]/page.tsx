import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { ExecutiveScorecard } from '@/components/executive/executive-scorecard';
import { IconSprite } from '@/components/icon-sprite';
import { scorecardIcons } from '@/components/scorecard/icons';
import { findLiveShareLink } from '@/db/queries/share-links';
import { isUnlocked, SHARE_TOKEN_RE, UNLOCK_COOKIE } from '@/lib/share/unlock';
import { loadSharedScorecard } from '@/lib/share/shared-scorecard';
import { recordShareView } from '@/lib/share/views';
import { Shell } from './shell';

// Outside the app layout: no sidebar, no session. proxy.ts adds Referrer-Policy: no-referrer and X-Robots-Tag: noindex.
export const metadata: Metadata = { title: 'Shared scorecard', robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** Anyone holding a live token: the read-only executive view of one scorecard (after its password page, if it has one); otherwise 404. */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!SHARE_TOKEN_RE.test(token)) notFound();
  const found = await findLiveShareLink(token);
  if (!found) notFound();
  const { link, workspace } = found;
  // The password form lives on its own page, so this one ships no client components.
  if (!isUnlocked(link, (await cookies()).get(UNLOCK_COOKIE)?.value)) redirect(`/share/${token}/unlock`);
  const { view, journeys } = await loadSharedScorecard(workspace, link.scorecardId, link.includeJourneys);
  if (!view) notFound();
  recordShareView(workspace.id, link.id);
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
