'use client';

import * as React from 'react';
import { Button } from '@/components/ui/button';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { createObjectiveAction, updateObjectiveAction } from '../actions';
import { OwnerSelect, StageSelect } from '@/components/owner-stage-select';
import type { ScorecardContext } from './types';
import { useDialogForm } from './use-dialog-form';

type Row = { name: string; description: string; ownerId: string | null; weight: number; stageId: string | null; perspectiveId: string; version: number };
type Values = { name: string; description: string; ownerId: string; weight: string; stageId: string; perspectiveId: string };
const valuesOf = (o: Omit<Row, 'version'>): Values => ({
  name: o.name,
  description: o.description,
  ownerId: o.ownerId ?? '',
  weight: String(o.weight),
  stageId: o.stageId ?? '',
  perspectiveId: o.perspectiveId,
});

/** Editors: adds an objective to a perspective, or edits one (and may move it to another perspective); a stale save shows theirs and keeps the user's text. */
export function ObjectiveDialog({
  ctx,
  open,
  onOpenChange,
  perspectiveId,
  objective,
}: {
  ctx: ScorecardContext;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  perspectiveId: string;
  objective?: Row & { id: string };
}) {
  const initial = objective ? valuesOf(objective) : valuesOf({ name: '', description: '', ownerId: null, weight: 1, stageId: null, perspectiveId });
  const f = useDialogForm<Values, Row>({ ...initial, version: objective?.version ?? 1 }, open);
  const theirs = f.theirs ? valuesOf(f.theirs) : null;
  const nameOf = (list: { id?: string; userId?: string; name?: string; label?: string }[], id: string) => {
    const hit = list.find((x) => (x.id ?? x.userId) === id);
    return hit ? (hit.name ?? hit.label ?? '') : '';
  };
  const rows = theirs
    ? [
        { key: 'name', label: 'Name', theirs: theirs.name, differs: theirs.name !== f.values.name },
        { key: 'description', label: 'Description', theirs: theirs.description, differs: theirs.description !== f.values.description },
        { key: 'owner', label: 'Owner', theirs: nameOf(ctx.members, theirs.ownerId) || 'No owner', differs: theirs.ownerId !== f.values.ownerId },
        { key: 'weight', label: 'Weight', theirs: theirs.weight, differs: theirs.weight !== f.values.weight },
        { key: 'stage', label: 'Aligned stage', theirs: nameOf(ctx.stages, theirs.stageId) || 'Not aligned', differs: theirs.stageId !== f.values.stageId },
        { key: 'perspective', label: 'Perspective', theirs: nameOf(ctx.perspectives, theirs.perspectiveId), differs: theirs.perspectiveId !== f.values.perspectiveId },
      ]
    : [];
  const save = () =>
    f.submit(
      (v, version) => {
        const base = { workspace: ctx.slug, scorecardId: ctx.scorecardId, ...v };
        return objective ? updateObjectiveAction(null, { ...base, objectiveId: objective.id, version }) : createObjectiveAction(null, base);
      },
      (name) => (objective ? `Saved the objective “${name}”.` : `Added the objective “${name}”.`),
      () => onOpenChange(false),
    );
  const id = objective ? `obj-${objective.id.slice(0, 8)}` : `obj-new-${perspectiveId.slice(0, 8)}`;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={objective ? `Edit objective “${objective.name}”` : `Add an objective to ${nameOf(ctx.perspectives, perspectiveId)}`}>
        <form
          className="space-y-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {theirs ? <ConflictPanel what="this objective" rows={rows} onUseTheirs={() => f.setValues(theirs)} /> : <FormMessage>{f.formError}</FormMessage>}
          <Field id={`${id}-name`} label="Objective" errors={f.errors.name} hint="What you want to achieve, e.g. “Grow recurring revenue”.">
            {(a) => <Input {...a} value={f.values.name} onChange={f.set('name')} maxLength={120} autoComplete="off" autoFocus />}
          </Field>
          <Field id={`${id}-description`} label="Description" errors={f.errors.description} hint="Optional.">
            {(a) => <Textarea {...a} value={f.values.description} onChange={f.set('description')} rows={2} maxLength={2000} />}
          </Field>
          <div className="grid gap-4 sm:grid-cols-[1fr_7rem]">
            <Field id={`${id}-owner`} label="Owner" errors={f.errors.ownerId}>
              {(a) => <OwnerSelect {...a} members={ctx.members} value={f.values.ownerId} onChange={f.set('ownerId')} />}
            </Field>
            <Field id={`${id}-weight`} label="Weight" errors={f.errors.weight}>
              {(a) => <Input {...a} inputMode="decimal" value={f.values.weight} onChange={f.set('weight')} />}
            </Field>
          </div>
          <Field id={`${id}-stage`} label="Aligned journey stage" errors={f.errors.stageId} hint={ctx.stages.length ? 'Optional.' : 'No journey stages yet.'}>
            {(a) => <StageSelect {...a} stages={ctx.stages} value={f.values.stageId} onChange={f.set('stageId')} />}
          </Field>
          {objective && (
            <Field id={`${id}-perspective`} label="Perspective" errors={f.errors.perspectiveId} hint="Moving puts it at the end of that perspective.">
              {(a) => (
                <Select {...a} value={f.values.perspectiveId} onChange={f.set('perspectiveId')}>
                  {ctx.perspectives.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
          <DialogActions>
            <Button type="submit" loading={f.pending}>
              {objective ? 'Save objective' : 'Add objective'}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
