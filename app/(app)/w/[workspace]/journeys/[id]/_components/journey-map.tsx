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
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import type { StageView, TouchpointView } from '@/lib/journeys/types';
import type { StageKpiItem } from '@/lib/scorecards/lane';
import { ActionsCell, EmotionCell, ItemsCell, KpisCell, MomentsCell } from './lanes';
import { StageHeader } from './stage-header';
import { CanvasNotesCell, type CanvasLaneItem } from './canvas-lane';
import { TouchpointCard } from './touchpoint-card';
import { TouchpointDialog } from './touchpoint-dialog';
import type { MapContext } from './types';
import { useMapMoves } from './use-map-moves';

export type MapFilters = { mot: boolean; negative: boolean; channel: string };

const visible = (f: MapFilters) => (t: TouchpointView) =>
  (!f.mot || t.isMomentOfTruth) && (!f.negative || (t.emotion !== null && t.emotion < 0)) && (!f.channel || t.channel === f.channel);

// Stages only land on stages and touchpoints only on touchpoints (or an empty stage), for the
// pointer and for the keyboard alike, from the first key press on.
const kindOf = (id: UniqueIdentifier) => (String(id).startsWith('stage:') ? 'stage' : 'tp');
const sameKind: CollisionDetection = (args) => closestCorners({ ...args, droppableContainers: args.droppableContainers.filter((c) => kindOf(c.id) === kindOf(args.active.id)) });
const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { context } = args;
  const all = context.droppableContainers;
  const kind = context.active ? kindOf(context.active.id) : null;
  const filtered = { getEnabled: () => all.getEnabled().filter((c) => kindOf(c.id) === kind), get: (id: UniqueIdentifier) => all.get(id) } as unknown as typeof all;
  return sortableKeyboardCoordinates(event, { ...args, context: { ...context, droppableContainers: filtered } });
};

// A drop target for the stage's touchpoints; only enabled while empty (cards are the targets otherwise,
// and keyboard moves would otherwise land on the cell instead of the neighbouring card).
function TouchpointCell({ stageId, empty, children }: { stageId: string; empty: boolean; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `cell:${stageId}`, disabled: !empty });
  return (
    <div ref={setNodeRef} className={`h-full space-y-2 ${isOver ? 'rounded-md bg-brand-50' : ''}`}>
      {children}
    </div>
  );
}

type Props = { ctx: MapContext; stages: StageView[]; journeyVersion: number; canEdit: boolean; filters: MapFilters; curve: React.ReactNode; kpis: Record<string, StageKpiItem[]>; canvasNotes?: Record<string, CanvasLaneItem[]> };

/** The map: stages as columns, lanes as rows; editors reorder by drag and drop (pointer or keyboard) or by menu. */
export function JourneyMap({ ctx, stages, journeyVersion, canEdit, filters, curve, kpis, canvasNotes = {} }: Props) {
  const { order, lists, busy, moveStage, moveTouchpoint } = useMapMoves(ctx, stages, journeyVersion);
  const [active, setActive] = React.useState<'stage' | 'tp' | null>(null);
  const [adding, setAdding] = React.useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }));
  const filtered = filters.mot || filters.negative || !!filters.channel;
  const byId = new Map(stages.map((s) => [s.id, s]));
  const cols = order.map((id) => byId.get(id)).filter((s): s is StageView => !!s);
  const show = visible(filters);
  // The dialog's notes follow the touchpoint, wherever a move has put it.
  const notesByTp = React.useMemo(() => {
    const out: Record<string, CanvasLaneItem[]> = {};
    for (const n of Object.values(canvasNotes).flat()) (out[n.touchpointId] ??= []).push(n);
    return out;
  }, [canvasNotes]);

  const stageOfTp = (id: string) => cols.find((s) => lists[s.id]?.some((t) => t.id === id));
  const label = (id: UniqueIdentifier) => {
    const [kind, key] = String(id).split(':');
    if (kind === 'stage') return `stage ${byId.get(key)?.name ?? ''}`;
    if (kind === 'cell') return `the end of stage ${byId.get(key)?.name ?? ''}`;
    const s = stageOfTp(key);
    const list = s ? lists[s.id] : [];
    return `touchpoint ${list.find((t) => t.id === key)?.name ?? ''}`;
  };
  const where = (id: UniqueIdentifier) => {
    const [kind, key] = String(id).split(':');
    if (kind === 'stage') return `position ${order.indexOf(key) + 1} of ${order.length}`;
    if (kind === 'cell') return `the end of stage ${byId.get(key)?.name ?? ''}`;
    const s = stageOfTp(key);
    return s ? `position ${lists[s.id].findIndex((t) => t.id === key) + 1} in stage ${s.name}` : 'nowhere';
  };
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => `Picked up ${label(a.id)}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
    onDragOver: ({ active: a, over }) => (over ? `${label(a.id)} is over ${where(over.id)}.` : `${label(a.id)} is no longer over a place to drop.`),
    onDragEnd: ({ active: a, over }) => (over ? `${label(a.id)} was dropped at ${where(over.id)}.` : `${label(a.id)} was dropped where it was.`),
    onDragCancel: ({ active: a }) => `Moving ${label(a.id)} was cancelled; it is back where it was.`,
  };

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    setActive(null);
    if (!over) return;
    const [kind, id] = String(a.id).split(':');
    const [overKind, overId] = String(over.id).split(':');
    if (kind === 'stage' && overKind === 'stage') return void moveStage(id, order.indexOf(overId));
    if (kind !== 'tp') return;
    const from = stageOfTp(id);
    const tp = from && lists[from.id].find((t) => t.id === id);
    if (!tp) return;
    if (overKind === 'cell') return void moveTouchpoint(tp, overId, lists[overId]?.length ?? 0);
    const to = stageOfTp(overId);
    if (overKind === 'tp' && to) moveTouchpoint(tp, to.id, lists[to.id].findIndex((t) => t.id === overId));
  };

  const lane = (title: string, cell: (s: StageView) => React.ReactNode, extra = '') => (
    <>
      <div className={`sticky left-0 z-[1] border-b border-r border-line bg-canvas p-3 text-xs font-semibold uppercase tracking-wide text-muted ${extra}`}>{title}</div>
      {cols.map((s) => (
        <div key={s.id} className={`border-b border-line p-3 ${extra}`}>
          {cell(s)}
        </div>
      ))}
    </>
  );
  const addingStage = adding ? byId.get(adding) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={sameKind}
      accessibility={{ announcements }}
      onDragStart={({ active: a }) => setActive(String(a.id).startsWith('stage:') ? 'stage' : 'tp')}
      onDragCancel={() => setActive(null)}
      onDragEnd={onDragEnd}
    >
      {filtered && canEdit && <p className="mb-2 text-xs text-muted">Reordering is off while filters hide touchpoints. Clear the filters to move things.</p>}
      <div role="region" aria-label="Journey map" tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-surface focus-visible:ring-2 focus-visible:ring-brand-500">
        <div className="grid" style={{ gridTemplateColumns: `7.5rem repeat(${cols.length}, minmax(15rem, 1fr))` }}>
          <div className="sticky left-0 z-[1] border-b border-r border-line bg-canvas p-3 text-xs font-semibold uppercase tracking-wide text-muted">Stages</div>
          <SortableContext items={cols.map((s) => `stage:${s.id}`)} strategy={horizontalListSortingStrategy}>
            {cols.map((s, i) => (
              <StageHeader
                key={s.id}
                ctx={ctx}
                stage={{ ...s, touchpoints: lists[s.id] ?? [] }}
                index={i}
                count={cols.length}
                canEdit={canEdit}
                dragDisabled={filtered}
                dropDisabled={active === 'tp'}
                onMove={(to) => moveStage(s.id, to)}
                onAddTouchpoint={() => setAdding(s.id)}
              />
            ))}
          </SortableContext>
          {lane('Customer actions', (s) => <ActionsCell tps={(lists[s.id] ?? []).filter(show)} />)}
          {lane('Touchpoints', (s) => {
            const all = lists[s.id] ?? [];
            const shown = all.filter(show);
            return (
              <TouchpointCell stageId={s.id} empty={all.length === 0}>
                <SortableContext items={shown.map((t) => `tp:${t.id}`)} strategy={verticalListSortingStrategy}>
                  <ul aria-label={`Touchpoints in ${s.name}`} className="space-y-2">
                    {shown.map((t, i) => (
                      <TouchpointCard
                        key={t.id}
                        ctx={ctx}
                        tp={t}
                        index={i}
                        count={shown.length}
                        stageName={s.name}
                        otherStages={cols.filter((o) => o.id !== s.id).map((o) => ({ id: o.id, name: o.name }))}
                        canEdit={canEdit}
                        dragDisabled={filtered}
                        busy={busy.has(t.id)}
                        dropDisabled={active === 'stage'}
                        onMove={(stageId, to) => moveTouchpoint(t, stageId, to)}
                        canvasNotes={notesByTp[t.id]}
                      />
                    ))}
                  </ul>
                </SortableContext>
                {shown.length === 0 && <p className="text-xs text-muted">{all.length ? 'No touchpoints match the filters.' : 'No touchpoints yet.'}</p>}
                {canEdit && (
                  <Button variant="ghost" size="sm" onClick={() => setAdding(s.id)} aria-label={`Add touchpoint to ${s.name}`}>
                    <Plus className="h-4 w-4" aria-hidden /> Add touchpoint
                  </Button>
                )}
              </TouchpointCell>
            );
          })}
          <div className="sticky left-0 z-[1] flex flex-col border-b border-r border-line bg-canvas p-3 text-xs font-semibold uppercase tracking-wide text-muted">
            Emotion
            <span className="mt-2 font-normal normal-case tracking-normal" aria-hidden>
              Top: +2 very positive
              <br />
              Middle line: 0
              <br />
              Bottom: −2 very negative
            </span>
          </div>
          <div className="border-b border-line px-0 py-3" style={{ gridColumn: `2 / span ${cols.length}` }}>
            {curve}
            <div className="grid" style={{ gridTemplateColumns: `repeat(${cols.length}, minmax(0, 1fr))` }}>
              {cols.map((s) => (
                <div key={s.id} className="px-3">
                  <EmotionCell all={lists[s.id] ?? []} />
                </div>
              ))}
            </div>
          </div>
          {lane('Pain points', (s) => <ItemsCell tps={(lists[s.id] ?? []).filter(show)} kind="painPoints" />)}
          {lane('Opportunities', (s) => <ItemsCell tps={(lists[s.id] ?? []).filter(show)} kind="opportunities" />)}
          {lane('Canvas', (s) => <CanvasNotesCell slug={ctx.slug} items={canvasNotes[s.id] ?? []} />)}
          {lane('Moments of truth', (s) => <MomentsCell tps={(lists[s.id] ?? []).filter(show)} />)}
          {lane('KPIs', (s) => <KpisCell items={kpis[s.id] ?? []} />, 'border-b-0')}
        </div>
      </div>
      {canEdit && addingStage && (
        <TouchpointDialog ctx={ctx} open onOpenChange={(o) => !o && setAdding(null)} stageId={addingStage.id} stageName={addingStage.name} />
      )}
    </DndContext>
  );
}
