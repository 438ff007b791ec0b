'use client';

import * as React from 'react';
import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { blockArea, blockInfo, CANVAS_BLOCKS, type CanvasBlock } from '@/lib/canvases/blocks';
import { AddNote } from './add-note';
import { NoteCard } from './note-card';
import type { BoardContext, LinkView, NoteView } from './types';
import { useNoteMoves } from './use-note-moves';

// An empty block is a drop target of its own (otherwise the notes are the targets).
function BlockDrop({ block, empty, children }: { block: CanvasBlock; empty: boolean; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `block:${block}`, disabled: !empty });
  return (
    <div ref={setNodeRef} className={`min-h-10 ${isOver ? 'rounded-md bg-brand-50' : ''}`}>
      {children}
    </div>
  );
}

/** The canvas: nine blocks in the classic layout (stacked on a phone); editors add, edit, move and delete notes. */
export function CanvasBoard({ ctx, notes, links }: { ctx: BoardContext; notes: NoteView[]; links: LinkView[] }) {
  const { lists, busy, moveNote, replace } = useNoteMoves(ctx, notes);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const linksOf = new Map<string, LinkView[]>();
  for (const l of links) linksOf.set(l.noteId, [...(linksOf.get(l.noteId) ?? []), l]);
  const blockOf = (id: string) => CANVAS_BLOCKS.find((b) => lists[b].some((n) => n.id === id));
  const text = (id: UniqueIdentifier) => {
    const [kind, key] = String(id).split(':');
    if (kind === 'block') return `the empty block ${blockInfo[key as CanvasBlock]?.label ?? ''}`;
    const b = blockOf(key);
    return b ? `note ${lists[b].findIndex((n) => n.id === key) + 1} of ${lists[b].length} in ${blockInfo[b].label}` : 'nowhere';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${text(active.id)}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `The note is over ${text(over.id)}.` : `${text(active.id)} is no longer over a place to drop.`),
    onDragEnd: ({ over }) => (over ? `The note was dropped at ${text(over.id)}.` : 'The note was dropped where it was.'),
    onDragCancel: () => 'Moving the note was cancelled; it is back where it was.',
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const id = String(active.id).split(':')[1];
    const from = blockOf(id);
    const note = from && lists[from].find((n) => n.id === id);
    if (!note) return;
    const [overKind, overId] = String(over.id).split(':');
    if (overKind === 'block') return void moveNote(note, overId as CanvasBlock, 0);
    const to = blockOf(overId);
    if (to) void moveNote(note, to, lists[to].findIndex((n) => n.id === overId));
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCorners} accessibility={{ announcements }} onDragEnd={onDragEnd}>
      <div className="grid gap-2 lg:grid-cols-10 lg:grid-rows-[minmax(14rem,auto)_minmax(14rem,auto)_minmax(10rem,auto)]">
        {CANVAS_BLOCKS.map((b) => {
          const list = lists[b];
          const headingId = `block-${b}`;
          return (
            <section key={b} aria-labelledby={headingId} className={`flex flex-col rounded-lg border border-line bg-surface p-3 ${blockArea[b]}`}>
              <h2 id={headingId} className="text-sm font-semibold">
                {blockInfo[b].label}
              </h2>
              <p className="mb-2 text-xs text-muted">{blockInfo[b].prompt}</p>
              <BlockDrop block={b} empty={list.length === 0}>
                <SortableContext items={list.map((n) => `note:${n.id}`)} strategy={verticalListSortingStrategy}>
                  <ul aria-label={`Notes in ${blockInfo[b].label}`} className="space-y-2">
                    {list.map((n, i) => (
                      <NoteCard key={n.id} ctx={ctx} note={n} links={linksOf.get(n.id) ?? []} index={i} count={list.length} busy={busy.has(n.id)} onMove={(to, at) => void moveNote(n, to, at)} onChanged={replace} />
                    ))}
                  </ul>
                </SortableContext>
                {list.length === 0 && <p className="text-xs text-muted">No notes yet.</p>}
              </BlockDrop>
              {ctx.canEdit && <AddNote ctx={ctx} block={b} onAdded={replace} />}
            </section>
          );
        })}
      </div>
    </DndContext>
  );
}
