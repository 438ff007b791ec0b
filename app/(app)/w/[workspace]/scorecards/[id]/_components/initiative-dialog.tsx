'use client';

import * as React from 'react';
import { Button } from '@/components/ui/button';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { initiativeStatusLabels } from '@/lib/scorecards/initiative-status';
import type { InitiativeStatus } from '@/lib/scorecards/view-types';
import { createInitiativeAction, updateInitiativeAction } from '../actions';
import { OwnerSelect } from '@/components/owner-stage-select';
import type { ScorecardContext } from './types';
import { useDialogForm } from './use-dialog-form';

type Row = { name: string; description: string; ownerId: string | null; status: InitiativeStatus; startDate: string | null; dueDate: string | null; progress: number; version: number };
type Values = { name: string; description: string; ownerId: string; status: string; startDate: string; dueDate: string; progress: string };
const valuesOf = (i: Omit<Row, 'version'>): Values => ({
  name: i.name,
  description: i.description,
  ownerId: i.ownerId ?? '',
  status: i.status,
  startDate: i.startDate ?? '',
  dueDate: i.dueDate ?? '',
  progress: String(i.progress),
});
const EMPTY: Omit<Row, 'version'> = { name: '', description: '', ownerId: null, status: 'planned', startDate: null, dueDate: null, progress: 0 };

/** Editors: adds an initiative to an objective or edits one; a stale save shows theirs and keeps the user's text. */
export function InitiativeDialog({
  ctx,
  open,
  onOpenChange,
  objective,
  initiative,
}: {
  ctx: ScorecardContext;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  objective: { id: string; name: string };
  initiative?: Row & { id: string };
}) {
  const f = useDialogForm<Values, Row>({ ...valuesOf(initiative ?? EMPTY), version: initiative?.version ?? 1 }, open);
  const theirs = f.theirs ? valuesOf(f.theirs) : null;
  const rows = theirs
    ? (['name', 'description', 'status', 'startDate', 'dueDate', 'progress'] as const).map((k) => ({
        key: k,
        label: { name: 'Name', description: 'Description', status: 'Status', startDate: 'Start', dueDate: 'Due', progress: 'Progress (%)' }[k],
        theirs: k === 'status' ? initiativeStatusLabels[theirs.status as InitiativeStatus] : theirs[k],
        differs: theirs[k] !== f.values[k],
      }))
    : [];
  const save = () =>
    f.submit(
      (v, version) => {
        const base = { workspace: ctx.slug, scorecardId: ctx.scorecardId, ...v };
        return initiative ? updateInitiativeAction(null, { ...base, initiativeId: initiative.id, version }) : createInitiativeAction(null, { ...base, objectiveId: objective.id });
      },
      (name) => (initiative ? `Saved the initiative “${name}”.` : `Added the initiative “${name}”.`),
      () => onOpenChange(false),
    );
  const id = initiative ? `ini-${initiative.id.slice(0, 8)}` : `ini-new-${objective.id.slice(0, 8)}`;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={initiative ? `Edit initiative “${initiative.name}”` : `Add an initiative to “${objective.name}”`}>
        <form
          className="space-y-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {theirs ? <ConflictPanel what="this initiative" rows={rows} onUseTheirs={() => f.setValues(theirs)} /> : <FormMessage>{f.formError}</FormMessage>}
          <Field id={`${id}-name`} label="Initiative" errors={f.errors.name} hint="A project that moves the objective, e.g. “Launch loyalty programme”.">
            {(a) => <Input {...a} value={f.values.name} onChange={f.set('name')} maxLength={120} autoComplete="off" autoFocus />}
          </Field>
          <Field id={`${id}-description`} label="Description" errors={f.errors.description} hint="Optional.">
            {(a) => <Textarea {...a} value={f.values.description} onChange={f.set('description')} rows={2} maxLength={2000} />}
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id={`${id}-owner`} label="Owner" errors={f.errors.ownerId}>
              {(a) => <OwnerSelect {...a} members={ctx.members} value={f.values.ownerId} onChange={f.set('ownerId')} />}
            </Field>
            <Field id={`${id}-status`} label="Status" errors={f.errors.status}>
              {(a) => (
                <Select {...a} value={f.values.status} onChange={f.set('status')}>
                  {Object.entries(initiativeStatusLabels).map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id={`${id}-start`} label="Start" errors={f.errors.startDate} hint="Optional.">
              {(a) => <Input {...a} type="date" value={f.values.startDate} onChange={f.set('startDate')} />}
            </Field>
            <Field id={`${id}-due`} label="Due" errors={f.errors.dueDate} hint="Optional.">
              {(a) => <Input {...a} type="date" value={f.values.dueDate} onChange={f.set('dueDate')} />}
            </Field>
          </div>
          <Field id={`${id}-progress`} label="Progress (%)" errors={f.errors.progress}>
            {(a) => <Input {...a} inputMode="numeric" value={f.values.progress} onChange={f.set('progress')} />}
          </Field>
          <DialogActions>
            <Button type="submit" loading={f.pending}>
              {initiative ? 'Save initiative' : 'Add initiative'}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
