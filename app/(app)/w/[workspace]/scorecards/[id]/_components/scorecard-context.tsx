'use client';

import * as React from 'react';
import { NewMeasureButton } from '../../../kpis/_components/measure-dialog';
import type { ScorecardContext } from './types';

// The page's editing context (pickers' choices, slug, rights) crosses to the client once, here, instead of being
// serialised again into every objective's controls (40 objectives made that megabytes of page).
const Ctx = React.createContext<ScorecardContext | null>(null);

export function ScorecardProvider({ value, children }: { value: ScorecardContext; children: React.ReactNode }) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useScorecard(): ScorecardContext {
  const ctx = React.useContext(Ctx);
  if (!ctx) throw new Error('useScorecard outside ScorecardProvider');
  return ctx;
}

/** Editors: "Add measure" for an objective, with the owners and stages of the page's context. */
export function AddMeasureButton({ objective }: { objective: { id: string; name: string } }) {
  const ctx = useScorecard();
  return <NewMeasureButton workspace={ctx.slug} scorecardId={ctx.scorecardId} objectiveId={objective.id} objectiveName={objective.name} members={ctx.members} stages={ctx.stages} />;
}
