import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { getCanvasWithNotes } from '@/db/queries/canvases';
import { listCanvasLinks, listLinkTargets } from '@/db/queries/canvas-links';
import { PageHeader } from '@/components/ui/page-header';
import { CanvasMenu } from '../_components/canvas-menu';
import { CanvasBoard } from './_components/canvas-board';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  const canvas = UUID.test(id) ? await getCanvasWithNotes(ctx.workspace.id, id) : null;
  return { title: canvas ? canvas.name : 'Canvas' };
}

export default async function CanvasPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  if (!UUID.test(id)) notFound();
  const canEdit = can(ctx.role, 'content.write');
  const [canvas, links, targets] = await Promise.all([
    getCanvasWithNotes(ctx.workspace.id, id),
    listCanvasLinks(ctx.workspace.id, id),
    canEdit ? listLinkTargets(ctx.workspace.id) : Promise.resolve(undefined),
  ]);
  if (!canvas) notFound();
  const { notes, ...summary } = canvas;
  return (
    <div>
      <p className="mb-1 text-sm">
        <Link href={`/w/${ctx.workspace.slug}/canvases`} className="text-muted hover:underline">
          Canvases
        </Link>
      </p>
      <PageHeader
        title={canvas.name}
        description={canvas.description || 'Business Model Canvas'}
        action={canEdit ? <CanvasMenu slug={ctx.workspace.slug} canvas={summary} canEdit={canEdit} onCanvasPage /> : undefined}
      />
      <nav aria-label="Canvas tools" className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/w/${ctx.workspace.slug}/canvases/${canvas.id}/compare`} className="text-brand-700 hover:underline">
          Compare with another canvas
        </Link>
        <Link href={`/w/${ctx.workspace.slug}/canvases/${canvas.id}/print`} className="text-brand-700 hover:underline">
          Print view
        </Link>
        <a href={`/w/${ctx.workspace.slug}/canvases/${canvas.id}/export.json`} download className="text-brand-700 hover:underline">
          Export JSON
        </a>
      </nav>
      <CanvasBoard ctx={{ slug: ctx.workspace.slug, canvasId: canvas.id, canEdit, targets }} links={links} notes={notes.map(({ createdAt: _c, updatedAt: _u, ...n }) => n)} />
    </div>
  );
}
