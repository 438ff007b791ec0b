import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { listJourneys, listPersonaOptions } from '@/db/queries/journeys';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { JourneysTable } from './_components/journeys-table';
import { NewJourneyDialog } from './_components/new-journey-dialog';

export const metadata = { title: 'Journeys' };

export default async function JourneysPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  const canEdit = can(ctx.role, 'content.write');
  const [journeys, personas] = await Promise.all([listJourneys(ctx.workspace.id), listPersonaOptions(ctx.workspace.id)]);
  const newButton = canEdit ? <NewJourneyDialog slug={ctx.workspace.slug} personas={personas} /> : undefined;
  return (
    <div>
      <PageHeader title="Journeys" description="How your customers move from first contact to loyalty, stage by stage." action={newButton} />
      {journeys.length === 0 ? (
        <EmptyState title="No journeys yet" action={newButton}>
          {canEdit
            ? 'Create a journey from a template of stages (awareness to retention, for example), then add touchpoints to each stage.'
            : 'Editors of this workspace can create journeys; they will show up here.'}
        </EmptyState>
      ) : (
        <JourneysTable
          journeys={journeys}
          personas={personas}
          viewer={{ slug: ctx.workspace.slug, canEdit, locale: ctx.workspace.locale, timeZone: ctx.workspace.timeZone }}
        />
      )}
    </div>
  );
}
