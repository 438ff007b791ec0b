import { notFound } from 'next/navigation';
import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { getJourneyMap } from '@/db/queries/journey-map';
import { listPersonaOptions } from '@/db/queries/journeys';
import { channelLabels, emotionLabels } from '@/lib/journeys/templates';
import { EmptyState } from '@/components/ui/page-header';
import { JourneyHeader } from './_components/journey-header';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const metadata = { title: 'Journey' };

// A read-only outline of the map until the map view replaces this page's body.
export default async function JourneyPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  if (!UUID_RE.test(id)) notFound();
  const [map, personas] = await Promise.all([getJourneyMap(ctx.workspace.id, id), listPersonaOptions(ctx.workspace.id)]);
  if (!map) notFound();
  return (
    <div>
      <JourneyHeader slug={ctx.workspace.slug} journey={map.journey} personas={personas} canEdit={can(ctx.role, 'content.write')} />
      {map.stages.length === 0 ? (
        <EmptyState title="No stages yet">Add the stages your customers go through, then the touchpoints in each.</EmptyState>
      ) : (
        <ol aria-label="Stages" className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          {map.stages.map((s) => (
            <li key={s.id} className="rounded-lg border border-line bg-surface p-4">
              <h2 className="font-semibold">{s.name}</h2>
              {s.description && <p className="mt-1 text-sm text-muted">{s.description}</p>}
              {s.touchpoints.length === 0 ? (
                <p className="mt-2 text-sm text-muted">No touchpoints yet.</p>
              ) : (
                <ul className="mt-2 space-y-1 text-sm">
                  {s.touchpoints.map((t) => (
                    <li key={t.id}>
                      <span className="font-medium">{t.name}</span>{' '}
                      <span className="text-muted">
                        ({channelLabels[t.channel]}
                        {t.emotion !== null ? `, ${emotionLabels[String(t.emotion)]}` : ''})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
