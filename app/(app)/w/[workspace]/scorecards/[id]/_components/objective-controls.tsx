'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { ArrowDown, ArrowUp, Pencil, Plus, Trash2 } from 'lucide-react';
import { SpriteIcon } from '@/components/icon-sprite';
import { Button } from '@/components/ui/button';
import { DropdownContent, DropdownItem, DropdownMenu, DropdownSeparator, DropdownTrigger } from '@/components/ui/dropdown';
import { toast } from '@/components/ui/toaster';
import { moveId } from '@/lib/journeys/reorder';
import { deleteObjectiveAction, reorderObjectivesAction } from '../actions';
import { ConfirmDelete } from './confirm-delete';
import { ObjectiveDialog } from './objective-dialog';
import { useScorecard } from './scorecard-context';

type ObjectiveRow = { id: string; name: string; description: string; ownerId: string | null; weight: number; stageId: string | null; perspectiveId: string; version: number };
type PerspectiveOrder = { id: string; version: number; objectiveIds: string[] };

/** Editors: "Add objective" for one perspective. */
export function AddObjectiveButton({ perspective }: { perspective: { id: string; label: string } }) {
  const ctx = useScorecard();
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)} aria-label={`Add objective to ${perspective.label}`}>
        <Plus className="h-4 w-4" aria-hidden /> Add objective
      </Button>
      <ObjectiveDialog ctx={ctx} open={open} onOpenChange={setOpen} perspectiveId={perspective.id} />
    </>
  );
}

/** Editors: the "…" menu of an objective: edit (or move to another perspective), move up/down within its perspective, delete. */
export function ObjectiveMenu({ objective, order }: { objective: ObjectiveRow; order: PerspectiveOrder }) {
  const ctx = useScorecard();
  const router = useRouter();
  const [dialog, setDialog] = React.useState<'edit' | 'delete' | null>(null);
  const index = order.objectiveIds.indexOf(objective.id);
  async function move(to: number) {
    const r = await reorderObjectivesAction(null, {
      workspace: ctx.slug,
      scorecardId: ctx.scorecardId,
      perspectiveId: order.id,
      version: order.version,
      objectiveIds: moveId(order.objectiveIds, objective.id, to),
    });
    if (r.ok) toast.success(`Moved “${objective.name}”.`);
    else toast.error(r.error);
    router.refresh();
  }
  return (
    <>
      <DropdownMenu>
        <DropdownTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={`Actions for ${objective.name}`}>
            <SpriteIcon name="more" className="h-4 w-4" />
          </Button>
        </DropdownTrigger>
        <DropdownContent align="end">
          <DropdownItem onSelect={() => setDialog('edit')}>
            <Pencil className="h-4 w-4" aria-hidden /> Edit objective
          </DropdownItem>
          {index > 0 && (
            <DropdownItem onSelect={() => void move(index - 1)}>
              <ArrowUp className="h-4 w-4" aria-hidden /> Move up
            </DropdownItem>
          )}
          {index < order.objectiveIds.length - 1 && (
            <DropdownItem onSelect={() => void move(index + 1)}>
              <ArrowDown className="h-4 w-4" aria-hidden /> Move down
            </DropdownItem>
          )}
          <DropdownSeparator />
          <DropdownItem onSelect={() => setDialog('delete')} className="text-danger">
            <Trash2 className="h-4 w-4" aria-hidden /> Delete objective
          </DropdownItem>
        </DropdownContent>
      </DropdownMenu>
      <ObjectiveDialog ctx={ctx} open={dialog === 'edit'} onOpenChange={(o) => setDialog(o ? 'edit' : null)} perspectiveId={objective.perspectiveId} objective={objective} />
      <ConfirmDelete
        open={dialog === 'delete'}
        onOpenChange={(o) => setDialog(o ? 'delete' : null)}
        title={`Delete “${objective.name}”?`}
        description="Its measures (with their measurements), initiatives and cause → effect links are deleted with it. This cannot be undone."
        confirmLabel="Delete objective"
        done={`Deleted “${objective.name}”.`}
        run={() => deleteObjectiveAction(null, { workspace: ctx.slug, scorecardId: ctx.scorecardId, objectiveId: objective.id })}
      />
    </>
  );
}
