'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/toaster';
import { CANVAS_BLOCKS, type CanvasBlock } from '@/lib/canvases/blocks';
import { moveBetween } from '@/lib/journeys/reorder';
import { moveNoteAction } from '../../actions';
import type { BoardContext, NoteView } from './types';

export type BlockLists = Record<CanvasBlock, NoteView[]>;

export function listsOf(notes: NoteView[]): BlockLists {
  const out = Object.fromEntries(CANVAS_BLOCKS.map((b) => [b, [] as NoteView[]])) as BlockLists;
  for (const n of notes) out[n.block].push(n);
  for (const b of CANVAS_BLOCKS) out[b].sort((x, y) => x.position - y.position);
  return out;
}

/** The canvas's notes held on the client: moves show at once, then the server confirms (or refuses and the page reloads). */
export function useNoteMoves(ctx: BoardContext, notes: NoteView[]) {
  const router = useRouter();
  const [lists, setLists] = React.useState<BlockLists>(() => listsOf(notes));
  const [busy, setBusy] = React.useState<ReadonlySet<string>>(new Set());
  // A fresh render from the server (after refresh) replaces the local state.
  React.useEffect(() => setLists(listsOf(notes)), [notes]);

  const replace = (n: NoteView) =>
    setLists((l) => {
      const next = { ...l };
      for (const b of CANVAS_BLOCKS) next[b] = l[b].filter((x) => x.id !== n.id);
      const at = l[n.block].findIndex((x) => x.id === n.id);
      next[n.block] = at >= 0 ? l[n.block].map((x) => (x.id === n.id ? n : x)) : [...next[n.block], n];
      return next;
    });

  const moveNote = async (note: NoteView, block: CanvasBlock, to: number) => {
    const next = moveBetween(lists, note.id, block, to) as BlockLists;
    if (next === lists) return;
    const position = next[block].findIndex((n) => n.id === note.id);
    if (block === note.block && lists[block].findIndex((n) => n.id === note.id) === position) return;
    setLists({ ...next, [block]: next[block].map((n) => (n.id === note.id ? { ...n, block } : n)) });
    setBusy((b) => new Set(b).add(note.id));
    const r = await moveNoteAction(null, { workspace: ctx.slug, noteId: note.id, block, position, version: note.version });
    if (r.ok) replace(r.data);
    else toast.error(r.code === 'conflict' ? 'Someone else changed this note meanwhile; the canvas shows their version now.' : r.error);
    setBusy((b) => {
      const n = new Set(b);
      n.delete(note.id);
      return n;
    });
    router.refresh();
  };

  return { lists, busy, moveNote, replace };
}
