import Link from 'next/link';
import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { listCanvases } from '@/db/queries/canvases';
import { Card } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { RelativeTime } from '@/components/ui/relative-time';
import { CanvasMenu } from './_components/canvas-menu';
import { NewCanvasDialog } from './_components/new-canvas-dialog';

export const metadata = { title: 'Canvases' };

export default async function CanvasesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  const canEdit = can(ctx.role, 'content.write');
  const canvases = await listCanvases(ctx.workspace.id);
  const newButton = canEdit ? <NewCanvasDialog slug={ctx.workspace.slug} /> : undefined;
  return (
    <div>
      <PageHeader title="Canvases" description="Business Model Canvases: nine blocks, linked to your journeys. Keep one per scenario." action={newButton} />
      {canvases.length === 0 ? (
        <EmptyState title="No canvases yet" action={newButton}>
          {canEdit
            ? 'Create a canvas (“Today”, for example) and add notes to its nine blocks; duplicate it later to sketch a scenario.'
            : 'Editors of this workspace can create canvases; they will show up here.'}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Canvases">
          {canvases.map((c) => (
            <li key={c.id}>
              <Card className="flex h-full flex-col p-5">
                <div className="flex items-start justify-between gap-2">
                  <h2 className="min-w-0 text-base font-semibold">
                    <Link href={`/w/${ctx.workspace.slug}/canvases/${c.id}`} className="break-words hover:underline">
                      {c.name}
                    </Link>
                  </h2>
                  {canEdit && <CanvasMenu slug={ctx.workspace.slug} canvas={c} canEdit={canEdit} />}
                </div>
                {c.description && <p className="mt-1 line-clamp-2 text-sm text-muted">{c.description}</p>}
                <p className="mt-3 text-sm text-muted">{c.noteCount === 1 ? '1 note' : `${c.noteCount} notes`}</p>
                <p className="mt-auto pt-4 text-xs text-muted">
                  Changed <RelativeTime date={c.updatedAt} locale={ctx.workspace.locale} timeZone={ctx.workspace.timeZone} />
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
