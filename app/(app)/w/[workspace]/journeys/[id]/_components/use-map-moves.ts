'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/toaster';
import { moveBetween, moveId } from '@/lib/journeys/reorder';
import type { StageView, TouchpointView } from '@/lib/journeys/types';
import { moveTouchpointAction, reorderStagesAction } from '../actions';
import type { MapContext } from './types';

const listsOf = (stages: StageView[]) => Object.fromEntries(stages.map((s) => [s.id, s.touchpoints]));

/** The map's order held on the client: moves show at once, then the server confirms (or refuses and the map reloads). */
export function useMapMoves(ctx: MapContext, stages: StageView[], journeyVersion: number) {
  const router = useRouter();
  const [order, setOrder] = React.useState(() => stages.map((s) => s.id));
  const [lists, setLists] = React.useState<Record<string, TouchpointView[]>>(() => listsOf(stages));
  const [version, setVersion] = React.useState(journeyVersion);
  // Touchpoints being moved: not editable until the server answers (their version is about to change).
  const [busy, setBusy] = React.useState<ReadonlySet<string>>(new Set());
  // A fresh render from the server (after refresh) replaces the local state.
  React.useEffect(() => {
    setOrder(stages.map((s) => s.id));
    setLists(listsOf(stages));
    setVersion(journeyVersion);
  }, [stages, journeyVersion]);

  const moveStage = async (stageId: string, to: number) => {
    if (to < 0 || to >= order.length || order.indexOf(stageId) === to) return;
    const next = moveId(order, stageId, to);
    setOrder(next);
    const r = await reorderStagesAction(null, { workspace: ctx.slug, journeyId: ctx.journeyId, version, stageIds: next });
    if (r.ok) setVersion(r.data.version);
    else toast.error(r.error);
    router.refresh();
  };

  const moveTouchpoint = async (tp: TouchpointView, stageId: string, to: number) => {
    const next = moveBetween(lists, tp.id, stageId, to);
    if (next === lists) return;
    const position = next[stageId].findIndex((t) => t.id === tp.id);
    if (stageId === tp.stageId && lists[stageId].findIndex((t) => t.id === tp.id) === position) return;
    setLists(next);
    setBusy((b) => new Set(b).add(tp.id));
    const r = await moveTouchpointAction(null, { workspace: ctx.slug, journeyId: ctx.journeyId, touchpointId: tp.id, stageId, position, version: tp.version });
    if (r.ok) setLists((l) => ({ ...l, [stageId]: l[stageId].map((t) => (t.id === tp.id ? r.data : t)) }));
    else toast.error(r.error);
    setBusy((b) => {
      const n = new Set(b);
      n.delete(tp.id);
      return n;
    });
    router.refresh();
  };

  return { order, lists, busy, moveStage, moveTouchpoint };
}
