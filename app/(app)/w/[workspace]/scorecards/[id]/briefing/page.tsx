import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspace';
import { cachedScorecardView } from '@/lib/scorecards/cached-view';
import { BriefingBook } from '@/components/briefing/briefing-book';
import { PrintButton } from '../../../journeys/[id]/print/print-button';

export const metadata = { title: 'Briefing book' };

/** Readers: the scorecard as a briefing book to print or save as PDF (cover, overview, each perspective, each measure with its chart). */
export default async function BriefingPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  if (!z.uuid().safeParse(id).success) notFound();
  const { workspace } = ctx;
  const scorecard = await cachedScorecardView(workspace, id);
  if (!scorecard) notFound();
  const asOf = new Intl.DateTimeFormat(workspace.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${scorecard.today}T00:00:00Z`));
  return (
    <div className="mx-auto max-w-4xl">
      <style>{'@page { size: A4; margin: 14mm; }'}</style>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-2">
        <Link href={`/w/${workspace.slug}/scorecards/${scorecard.id}`} className="text-sm text-muted hover:underline">
          ← Back to the scorecard
        </Link>
        <PrintButton />
      </div>
      <BriefingBook scorecard={scorecard} workspaceName={workspace.name} style={{ locale: workspace.locale, currency: workspace.currency }} asOf={asOf} />
    </div>
  );
}
