'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { SpriteIcon } from '@/components/icon-sprite';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { DropdownContent, DropdownItem, DropdownMenu, DropdownSeparator, DropdownTrigger } from '@/components/ui/dropdown';
import { toast } from '@/components/ui/toaster';
import type { StageView } from '@/lib/journeys/types';
import { deleteStageAction } from '../actions';
import { StageDialog } from './stage-dialog';
import type { MapContext } from './types';

type Props = {
  ctx: MapContext;
  stage: StageView;
  index: number;
  count: number;
  canEdit: boolean;
  /** Dragging is off while filters hide touchpoints or another kind of item is dragged. */
  dragDisabled: boolean;
  dropDisabled: boolean;
  onMove: (to: number) => void;
  onAddTouchpoint: () => void;
};

/** A stage column's header: its name and description; editors get a drag handle and a menu. */
export function StageHeader({ ctx, stage, index, count, canEdit, dragDisabled, dropDisabled, onMove, onAddTouchpoint }: Props) {
  const router = useRouter();
  const sortable = useSortable({ id: `stage:${stage.id}`, disabled: { draggable: !canEdit || dragDisabled, droppable: dropDisabled } });
  const [editing, setEditing] = React.useState(false);
  const [deleting, setDeleting] = React.useState(false);
  const [addingAfter, setAddingAfter] = React.useState(false);
  const [pending, start] = React.useTransition();
  const n = stage.touchpoints.length;
  const remove = () =>
    start(async () => {
      const r = await deleteStageAction(null, { workspace: ctx.slug, journeyId: ctx.journeyId, stageId: stage.id });
      if (!r.ok) return void toast.error(r.error);
      toast.success(`Deleted the stage “${r.data.name}”${r.data.touchpointCount ? ` and its ${r.data.touchpointCount} touchpoints` : ''}.`);
      setDeleting(false);
      router.refresh();
    });
  return (
    <div
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      className={`flex items-start gap-1 border-b border-line bg-surface p-3 ${sortable.isDragging ? 'z-10 shadow-lg ring-2 ring-brand-500' : ''}`}
    >
      {canEdit && !dragDisabled && (
        <button
          type="button"
          className="mt-0.5 cursor-grab rounded p-1 text-muted hover:bg-canvas focus-visible:ring-2 focus-visible:ring-brand-500"
          aria-label={`Drag stage ${stage.name}`}
          {...sortable.attributes}
          {...sortable.listeners}
        >
          <SpriteIcon name="grip" className="h-4 w-4" />
        </button>
      )}
      <div className="min-w-0 flex-1">
        <h2 className="break-words font-semibold">{stage.name}</h2>
        {stage.description && <p className="mt-0.5 text-xs text-muted">{stage.description}</p>}
        <p className="mt-0.5 text-xs text-muted">{n === 1 ? '1 touchpoint' : `${n} touchpoints`}</p>
      </div>
      {canEdit && (
        <DropdownMenu modal={false}>
          <DropdownTrigger asChild>
            <Button variant="ghost" size="icon" aria-label={`Stage actions for ${stage.name}`}>
              <SpriteIcon name="more" className="h-4 w-4" />
            </Button>
          </DropdownTrigger>
          <DropdownContent align="end">
            <DropdownItem onSelect={() => setEditing(true)}>Rename or describe…</DropdownItem>
            <DropdownItem onSelect={onAddTouchpoint}>Add touchpoint…</DropdownItem>
            <DropdownItem onSelect={() => setAddingAfter(true)}>Add stage after…</DropdownItem>
            <DropdownSeparator />
            <DropdownItem disabled={index === 0 || dragDisabled} onSelect={() => onMove(index - 1)}>
              Move left
            </DropdownItem>
            <DropdownItem disabled={index === count - 1 || dragDisabled} onSelect={() => onMove(index + 1)}>
              Move right
            </DropdownItem>
            <DropdownSeparator />
            <DropdownItem className="text-danger" onSelect={() => setDeleting(true)}>
              Delete stage…
            </DropdownItem>
          </DropdownContent>
        </DropdownMenu>
      )}
      {canEdit && <StageDialog ctx={ctx} open={editing} onOpenChange={setEditing} stage={stage} />}
      {canEdit && <StageDialog ctx={ctx} open={addingAfter} onOpenChange={setAddingAfter} position={index + 1} />}
      <Dialog open={deleting} onOpenChange={setDeleting}>
        <DialogContent
          title={`Delete the stage “${stage.name}”?`}
          description={
            n === 1
              ? 'Its 1 touchpoint, with its pain points and opportunities, will be deleted too. This cannot be undone.'
              : n
                ? `Its ${n} touchpoints, with their pain points and opportunities, will be deleted too. This cannot be undone.`
                : 'The stage has no touchpoints. This cannot be undone.'
          }
        >
          <DialogActions>
            <Button variant="danger" loading={pending} onClick={remove}>
              Delete stage
            </Button>
          </DialogActions>
        </DialogContent>
      </Dialog>
    </div>
  );
}
