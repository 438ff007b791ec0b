import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { ExecutiveScorecard } from '@/components/executive/executive-scorecard';
import { IconSprite } from '@/components/icon-sprite';
import { scorecardIcons } from '@/components/scorecard/icons';
import { findLiveShareLink } from '@/db/queries/share-links';
import { isUnlocked, UNLOCK_COOKIE } from '@/lib/share/unlock';
import { loadSharedScorecard } from '@/lib/share/shared-scorecard';
import { recordShareView } from '@/lib/share/views';
import { PasswordForm } from './_components/password-form';

// Outside the app layout: no sidebar, no session. proxy.ts adds Referrer-Policy: no-referrer and X-Robots-Tag: noindex.
export const metadata: Metadata = { title: 'Shared scorecard', robots: { index: false, follow: false }, referrer: 'no-referrer' };

const TOKEN_RE = /^[A-Za-z0-9_-]{22,100}$/;

/** Anyone holding a live token: the read-only executive view of one scorecard (after its password, if it has one); otherwise 404. */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!TOKEN_RE.test(token)) notFound();
  const found = await findLiveShareLink(token);
  if (!found) notFound();
  const { link, workspace } = found;
  if (!isUnlocked(link, (await cookies()).get(UNLOCK_COOKIE)?.value)) {
    return (
      <Shell>
        <div className="mx-auto max-w-sm space-y-4 rounded-lg border border-line bg-surface p-6">
          <h1 className="text-xl font-semibold">This link is protected</h1>
          <p className="text-sm text-muted">Enter the password to open the shared scorecard.</p>
          <PasswordForm token={token} />
        </div>
      </Shell>
    );
  }
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

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-canvas">
      <div className="border-b border-line bg-surface">
        <p className="mx-auto max-w-5xl px-4 py-3 text-sm text-muted">
          <strong className="text-ink">Wayfinder</strong> · read-only shared view
        </p>
      </div>
      <main className="mx-auto max-w-5xl px-4 py-6 sm:py-8">{children}</main>
    </div>
  );
}
