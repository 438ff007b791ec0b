'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Copy, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { deleteCanvasAction, duplicateCanvasAction } from '../actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { DropdownContent, DropdownItem, DropdownMenu, DropdownTrigger } from '@/components/ui/dropdown';
import { toast } from '@/components/ui/toaster';
import { EditCanvasDialog } from './edit-canvas-dialog';
import type { CanvasSummary } from './types';

function DeleteDialog({ slug, canvas, open, onOpenChange, onDeleted }: { slug: string; canvas: CanvasSummary; open: boolean; onOpenChange: (o: boolean) => void; onDeleted: () => void }) {
  const [pending, startTransition] = React.useTransition();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={`Delete “${canvas.name}”?`} description="Its notes and their links to the journey are deleted with it. This cannot be undone.">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            startTransition(async () => {
              const res = await deleteCanvasAction(null, { workspace: slug, canvasId: canvas.id });
              if (!res.ok) return void toast.error(res.error);
              toast.success(`Deleted “${canvas.name}”.`);
              onOpenChange(false);
              onDeleted();
            });
          }}
        >
          <DialogActions>
            <Button type="submit" variant="danger" loading={pending}>
              Delete canvas
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** The "…" menu of one canvas: rename, duplicate as a scenario, delete. */
export function CanvasMenu({ slug, canvas, canEdit, onCanvasPage = false }: { slug: string; canvas: CanvasSummary; canEdit: boolean; onCanvasPage?: boolean }) {
  const router = useRouter();
  const [dialog, setDialog] = React.useState<'edit' | 'delete' | null>(null);

  async function duplicate() {
    const res = await duplicateCanvasAction(null, { workspace: slug, canvasId: canvas.id });
    if (!res.ok) return void toast.error(res.error);
    toast.success(`Created “${res.data.name}”.`);
    router.push(`/w/${slug}/canvases/${res.data.id}`);
  }

  return (
    <>
      <DropdownMenu>
        <DropdownTrigger asChild>
          <Button variant={onCanvasPage ? 'secondary' : 'ghost'} size={onCanvasPage ? 'md' : 'icon'} aria-label={`Actions for ${canvas.name}`}>
            <MoreHorizontal className="h-4 w-4" aria-hidden />
            {onCanvasPage && <span>Actions</span>}
          </Button>
        </DropdownTrigger>
        <DropdownContent align="end">
          {canEdit && (
            <>
              <DropdownItem onSelect={() => setDialog('edit')}>
                <Pencil className="h-4 w-4" aria-hidden /> Rename
              </DropdownItem>
              <DropdownItem onSelect={() => void duplicate()}>
                <Copy className="h-4 w-4" aria-hidden /> Duplicate as scenario
              </DropdownItem>
              <DropdownItem onSelect={() => setDialog('delete')} className="text-danger">
                <Trash2 className="h-4 w-4" aria-hidden /> Delete
              </DropdownItem>
            </>
          )}
        </DropdownContent>
      </DropdownMenu>
      {canEdit && (
        <>
          <EditCanvasDialog slug={slug} canvas={canvas} open={dialog === 'edit'} onOpenChange={(o) => setDialog(o ? 'edit' : null)} />
          <DeleteDialog
            slug={slug}
            canvas={canvas}
            open={dialog === 'delete'}
            onOpenChange={(o) => setDialog(o ? 'delete' : null)}
            onDeleted={() => (onCanvasPage ? router.push(`/w/${slug}/canvases`) : router.refresh())}
          />
        </>
      )}
    </>
  );
}
