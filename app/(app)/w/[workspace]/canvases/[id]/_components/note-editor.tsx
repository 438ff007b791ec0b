'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { KeepValuesForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { FormMessage } from '@/components/ui/field';
import { toast } from '@/components/ui/toaster';
import { noteColors, type NoteColor } from '@/lib/canvases/blocks';
import { updateNoteAction } from '../../actions';
import { NoteFields } from './note-fields';
import type { BoardContext, NoteView } from './types';

const colorLabel = (c: string) => noteColors[c as NoteColor]?.label ?? c;

/** Inline editing of one note; a stale save shows the other person's note and keeps this user's text. */
export function NoteEditor({ ctx, note, onSaved, onCancel }: { ctx: BoardContext; note: NoteView; onSaved: (n: NoteView) => void; onCancel: () => void }) {
  const router = useRouter();
  const [text, setText] = React.useState(note.text);
  const [color, setColor] = React.useState(note.color);
  const [version, setVersion] = React.useState(note.version);
  const [theirs, setTheirs] = React.useState<NoteView | null>(null);
  const [errors, setErrors] = React.useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = React.useState<string>();
  const [pending, setPending] = React.useState(false);

  async function save(fd: FormData) {
    setPending(true);
    const r = await updateNoteAction(null, fd);
    setPending(false);
    if (r.ok) {
      toast.success('Note saved.');
      onSaved(r.data);
      router.refresh();
      return;
    }
    setErrors(r.fieldErrors ?? {});
    if (r.code === 'conflict') {
      const cur = r.current as NoteView;
      setTheirs(cur);
      setVersion(cur.version);
      setFormError(undefined);
    } else setFormError(r.fieldErrors ? undefined : r.error);
  }

  return (
    <KeepValuesForm action={(fd) => void save(fd)} className="space-y-2">
      <FormMessage>{formError}</FormMessage>
      {theirs && (
        <ConflictPanel
          what="this note"
          rows={[
            { key: 'text', label: 'Text', theirs: theirs.text, differs: theirs.text !== text.trim() },
            { key: 'color', label: 'Colour', theirs: colorLabel(theirs.color), differs: theirs.color !== color },
          ]}
          onUseTheirs={() => {
            setText(theirs.text);
            setColor(theirs.color);
            setTheirs(null);
          }}
        />
      )}
      <input type="hidden" name="workspace" value={ctx.slug} />
      <input type="hidden" name="noteId" value={note.id} />
      <input type="hidden" name="version" value={version} />
      <NoteFields idPrefix={`edit-${note.id}`} text={text} color={color} onText={setText} onColor={setColor} errors={errors} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm" loading={pending}>
          Save note
        </Button>
      </div>
    </KeepValuesForm>
  );
}
