'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import { KeepValuesForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { toast } from '@/components/ui/toaster';
import { blockInfo, type CanvasBlock } from '@/lib/canvases/blocks';
import { createNoteAction } from '../../actions';
import { NoteFields } from './note-fields';
import type { BoardContext, NoteView } from './types';

/** Editors: "Add note" under a block; the form stays open after a save for the next note. */
export function AddNote({ ctx, block, onAdded }: { ctx: BoardContext; block: CanvasBlock; onAdded: (n: NoteView) => void }) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  const [color, setColor] = React.useState('yellow');
  const [errors, setErrors] = React.useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = React.useState<string>();
  const [pending, setPending] = React.useState(false);
  const label = blockInfo[block].label;

  async function save(fd: FormData) {
    setPending(true);
    const r = await createNoteAction(null, fd);
    setPending(false);
    if (!r.ok) {
      setErrors(r.fieldErrors ?? {});
      setFormError(r.fieldErrors ? undefined : r.error);
      return;
    }
    setErrors({});
    setFormError(undefined);
    setText('');
    onAdded(r.data);
    toast.success(`Added to ${label}.`);
    router.refresh();
  }

  if (!open)
    return (
      <Button type="button" variant="ghost" size="sm" className="mt-2 w-full justify-start" onClick={() => setOpen(true)}>
        <Plus className="h-4 w-4" aria-hidden /> Add note<span className="sr-only"> to {label}</span>
      </Button>
    );
  return (
    <KeepValuesForm action={(fd) => void save(fd)} className="mt-2 space-y-2 rounded-md border border-line bg-surface p-2">
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="workspace" value={ctx.slug} />
      <input type="hidden" name="canvasId" value={ctx.canvasId} />
      <input type="hidden" name="block" value={block} />
      <NoteFields idPrefix={`add-${block}`} text={text} color={color} onText={setText} onColor={setColor} errors={errors} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Close
        </Button>
        <Button type="submit" size="sm" loading={pending}>
          Add<span className="sr-only"> to {label}</span>
        </Button>
      </div>
    </KeepValuesForm>
  );
}
