'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { SpriteIcon } from '@/components/icon-sprite';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { DropdownContent, DropdownItem, DropdownLabel, DropdownMenu, DropdownSeparator, DropdownTrigger } from '@/components/ui/dropdown';
import { toast } from '@/components/ui/toaster';
import type { TouchpointView } from '@/lib/journeys/types';
import { deleteTouchpointAction } from '../actions';
import { ChannelTag, EmotionTag } from './icons';
import { PolarityBadge } from './lanes';
import type { CanvasLaneItem } from './canvas-lane';
import { TouchpointDialog } from './touchpoint-dialog';
import type { MapContext } from './types';

type Props = {
  ctx: MapContext;
  tp: TouchpointView;
  index: number;
  count: number;
  stageName: string;
  otherStages: { id: string; name: string }[];
  canEdit: boolean;
  dragDisabled: boolean;
  dropDisabled: boolean;
  /** Being moved: not editable until the server answers. */
  busy: boolean;
  onMove: (stageId: string, to: number) => void;
  canvasNotes?: CanvasLaneItem[];
};

/** One touchpoint card: channel, name, owner, emotion, moment of truth; editors get a handle, a menu and the edit dialog. */
export function TouchpointCard({ ctx, tp, index, count, stageName, otherStages, canEdit, dragDisabled, dropDisabled, busy, onMove, canvasNotes }: Props) {
  const router = useRouter();
  const sortable = useSortable({ id: `tp:${tp.id}`, disabled: { draggable: !canEdit || dragDisabled, droppable: dropDisabled } });
  const [editing, setEditing] = React.useState(false);
  const [deleting, setDeleting] = React.useState(false);
  const [pending, start] = React.useTransition();
  const remove = () =>
    start(async () => {
      const r = await deleteTouchpointAction(null, { workspace: ctx.slug, journeyId: ctx.journeyId, touchpointId: tp.id });
      if (!r.ok) return void toast.error(r.error);
      toast.success(`Deleted “${r.data.name}”.`);
      setDeleting(false);
      router.refresh();
    });
  return (
    <li
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      className={`rounded-md border border-line bg-surface p-2.5 shadow-sm ${sortable.isDragging ? 'relative z-10 ring-2 ring-brand-500' : ''}`}
      aria-label={tp.name}
      aria-busy={busy || undefined}
    >
      <div className="flex items-start gap-1">
        {canEdit && !dragDisabled && (
          <button
            type="button"
            className="cursor-grab rounded p-0.5 text-muted hover:bg-canvas focus-visible:ring-2 focus-visible:ring-brand-500"
            aria-label={`Drag touchpoint ${tp.name}`}
            {...sortable.attributes}
            {...sortable.listeners}
          >
            <SpriteIcon name="grip" className="h-4 w-4" />
          </button>
        )}
        <div className="min-w-0 flex-1 space-y-1">
          <ChannelTag channel={tp.channel} />
          {canEdit ? (
            <button type="button" disabled={busy} className="block text-left text-sm font-medium underline-offset-2 hover:underline disabled:opacity-60" onClick={() => setEditing(true)}>
              {tp.name}
            </button>
          ) : (
            <p className="text-sm font-medium">{tp.name}</p>
          )}
          {tp.ownerName && (
            <p className="flex items-center gap-1 text-xs text-muted">
              <SpriteIcon name="owner" className="h-3 w-3" /> <span className="sr-only">Owner:</span> {tp.ownerName}
            </p>
          )}
          <EmotionTag value={tp.emotion} />
          {tp.isMomentOfTruth && (
            <p className="flex flex-wrap items-center gap-1 text-xs font-medium">
              <SpriteIcon name="moment" className="h-3 w-3 text-brand-600" /> Moment of truth <PolarityBadge polarity={tp.momentPolarity} />
            </p>
          )}
        </div>
        {canEdit && (
          <DropdownMenu modal={false}>
            <DropdownTrigger asChild>
              <Button variant="ghost" size="icon" className="h-7 w-7" disabled={busy} aria-label={`Touchpoint actions for ${tp.name}`}>
                <SpriteIcon name="more" className="h-4 w-4" />
              </Button>
            </DropdownTrigger>
            <DropdownContent align="end">
              <DropdownItem onSelect={() => setEditing(true)}>Edit…</DropdownItem>
              <DropdownSeparator />
              <DropdownItem disabled={index === 0 || dragDisabled} onSelect={() => onMove(tp.stageId, index - 1)}>
                Move up
              </DropdownItem>
              <DropdownItem disabled={index === count - 1 || dragDisabled} onSelect={() => onMove(tp.stageId, index + 1)}>
                Move down
              </DropdownItem>
              {otherStages.length > 0 && !dragDisabled && (
                <>
                  <DropdownSeparator />
                  <DropdownLabel>Move to stage…</DropdownLabel>
                  {otherStages.map((s) => (
                    <DropdownItem key={s.id} onSelect={() => onMove(s.id, Number.MAX_SAFE_INTEGER)}>
                      Move to {s.name}
                    </DropdownItem>
                  ))}
                </>
              )}
              <DropdownSeparator />
              <DropdownItem className="text-danger" onSelect={() => setDeleting(true)}>
                Delete…
              </DropdownItem>
            </DropdownContent>
          </DropdownMenu>
        )}
      </div>
      {canEdit && <TouchpointDialog ctx={ctx} open={editing} onOpenChange={setEditing} touchpoint={tp} stageName={stageName} canvasNotes={canvasNotes} />}
      <Dialog open={deleting} onOpenChange={setDeleting}>
        <DialogContent title={`Delete “${tp.name}”?`} description="Its pain points and opportunities are deleted with it. This cannot be undone.">
          <DialogActions>
            <Button variant="danger" loading={pending} onClick={remove}>
              Delete touchpoint
            </Button>
          </DialogActions>
        </DialogContent>
      </Dialog>
    </li>
  );
}
