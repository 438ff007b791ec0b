'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowRight, ArrowUp, GripVertical, Link2, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { DropdownContent, DropdownItem, DropdownLabel, DropdownMenu, DropdownSeparator, DropdownTrigger } from '@/components/ui/dropdown';
import { toast } from '@/components/ui/toaster';
import { blockInfo, CANVAS_BLOCKS, linkKindLabel, linkKindOf, noteColors, type CanvasBlock, type NoteColor } from '@/lib/canvases/blocks';
import { deleteNoteAction } from '../../actions';
import { NoteEditor } from './note-editor';
import { LinkDialog, NoteLinks } from './note-links';
import type { BoardContext, LinkView, NoteView } from './types';

type Props = {
  ctx: BoardContext;
  note: NoteView;
  links: LinkView[];
  index: number;
  count: number;
  busy: boolean;
  onMove: (block: CanvasBlock, to: number) => void;
  onChanged: (n: NoteView) => void;
};

const short = (t: string) => (t.length > 40 ? `${t.slice(0, 39)}…` : t);

/** One sticky note: its text; editors get a drag handle, inline editing and a menu (move up/down/to another block, delete). */
export function NoteCard({ ctx, note, links, index, count, busy, onMove, onChanged }: Props) {
  const router = useRouter();
  const sortable = useSortable({ id: `note:${note.id}`, disabled: !ctx.canEdit });
  const [editing, setEditing] = React.useState(false);
  const [deleting, setDeleting] = React.useState(false);
  const [linking, setLinking] = React.useState(false);
  const linkKind = linkKindOf(note.block);
  const [pending, start] = React.useTransition();
  const tint = noteColors[note.color as NoteColor]?.className ?? noteColors.yellow.className;
  const remove = () =>
    start(async () => {
      const r = await deleteNoteAction(null, { workspace: ctx.slug, noteId: note.id });
      if (!r.ok) return void toast.error(r.error);
      toast.success('Note deleted.');
      setDeleting(false);
      router.refresh();
    });

  return (
    <li
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      className={`rounded-md border p-2 text-sm text-ink shadow-sm ${tint} ${sortable.isDragging ? 'relative z-10 ring-2 ring-brand-500' : ''}`}
      aria-label={`Note: ${short(note.text)}`}
      aria-busy={busy || undefined}
    >
      {editing ? (
        <NoteEditor
          ctx={ctx}
          note={note}
          onCancel={() => setEditing(false)}
          onSaved={(n) => {
            setEditing(false);
            onChanged(n);
          }}
        />
      ) : (
        <div className="flex items-start gap-1">
          {ctx.canEdit && (
            <button
              type="button"
              className="cursor-grab rounded p-0.5 text-muted hover:bg-white/60 focus-visible:ring-2 focus-visible:ring-brand-500"
              aria-label={`Drag note ${short(note.text)}`}
              {...sortable.attributes}
              {...sortable.listeners}
            >
              <GripVertical className="h-4 w-4" aria-hidden />
            </button>
          )}
          <p className="min-w-0 flex-1 whitespace-pre-line break-words">{note.text}</p>
          {ctx.canEdit && (
            <DropdownMenu>
              <DropdownTrigger asChild>
                <Button variant="ghost" size="icon" className="h-7 w-7 shrink-0" aria-label={`Actions for note ${short(note.text)}`} disabled={busy}>
                  <MoreHorizontal className="h-4 w-4" aria-hidden />
                </Button>
              </DropdownTrigger>
              <DropdownContent align="end">
                <DropdownItem onSelect={() => setEditing(true)}>
                  <Pencil className="h-4 w-4" aria-hidden /> Edit
                </DropdownItem>
                {linkKind && (
                  <DropdownItem onSelect={() => setLinking(true)}>
                    <Link2 className="h-4 w-4" aria-hidden /> Link to a {linkKindLabel[linkKind]}…
                  </DropdownItem>
                )}
                {index > 0 && (
                  <DropdownItem onSelect={() => onMove(note.block, index - 1)}>
                    <ArrowUp className="h-4 w-4" aria-hidden /> Move up
                  </DropdownItem>
                )}
                {index < count - 1 && (
                  <DropdownItem onSelect={() => onMove(note.block, index + 1)}>
                    <ArrowDown className="h-4 w-4" aria-hidden /> Move down
                  </DropdownItem>
                )}
                <DropdownSeparator />
                <DropdownLabel>Move to</DropdownLabel>
                {CANVAS_BLOCKS.filter((b) => b !== note.block).map((b) => (
                  <DropdownItem key={b} onSelect={() => onMove(b, Number.MAX_SAFE_INTEGER)}>
                    <ArrowRight className="h-4 w-4" aria-hidden /> {blockInfo[b].label}
                  </DropdownItem>
                ))}
                <DropdownSeparator />
                <DropdownItem onSelect={() => setDeleting(true)} className="text-danger">
                  <Trash2 className="h-4 w-4" aria-hidden /> Delete
                </DropdownItem>
              </DropdownContent>
            </DropdownMenu>
          )}
        </div>
      )}
      {!editing && <NoteLinks ctx={ctx} links={links} />}
      {ctx.canEdit && linkKind && linking && <LinkDialog ctx={ctx} noteId={note.id} kind={linkKind} open={linking} onOpenChange={setLinking} />}
      {ctx.canEdit && (
        <Dialog open={deleting} onOpenChange={setDeleting}>
          <DialogContent title="Delete this note?" description={`“${short(note.text)}” in ${blockInfo[note.block].label}, with its links. This cannot be undone.`}>
            <DialogActions>
              <Button type="button" variant="danger" loading={pending} onClick={remove}>
                Delete note
              </Button>
            </DialogActions>
          </DialogContent>
        </Dialog>
      )}
    </li>
  );
}
