import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspace';
import { cachedScorecardView } from '@/lib/scorecards/cached-view';
import { listLinkedJourneys } from '@/db/queries/share-journeys';
import { ExecutiveScorecard } from '@/components/executive/executive-scorecard';

export const metadata = { title: 'Executive view' };

/** Members: the same read-only executive view a share link shows, with the strategy map and the linked journeys. */
export default async function ExecutivePage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const { workspace } = await requireWorkspace(slug, 'content.read');
  if (!z.uuid().safeParse(id).success) notFound();
  const [view, journeys] = await Promise.all([
    cachedScorecardView(workspace, id),
    listLinkedJourneys(workspace.id, id),
  ]);
  if (!view) notFound();
  return (
    <div className="mx-auto max-w-5xl">
      <p className="mb-4 text-sm text-muted">
        <Link href={`/w/${workspace.slug}/scorecards/${view.id}`} className="hover:underline">
          ← Back to the scorecard
        </Link>
      </p>
      <ExecutiveScorecard scorecard={view} workspaceName={workspace.name} style={{ locale: workspace.locale, currency: workspace.currency }} strategyMap journeys={journeys} />
    </div>
  );
}
