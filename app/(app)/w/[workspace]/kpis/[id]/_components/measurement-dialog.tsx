'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { recordMeasurementAction, updateMeasurementAction } from '../actions';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { KeepValuesForm, useActionForm } from '@/components/ui/action-form';
import { toast } from '@/components/ui/toaster';
import type { MeasurementView } from '@/lib/measurements/view';

type Current = { value: number; note: string; version: number };
type Props = {
  workspace: string;
  measureId: string;
  measureName: string;
  /** Example label of the measure's frequency, e.g. 2026-W07. */
  periodHint: string;
  /** Add: the period to start from (the current one). Edit: the row being edited. */
  defaultPeriod: string;
  editing?: MeasurementView;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** Add a value for a period, or edit one (versioned: a stale save shows the other person's value, keeping yours). */
export function MeasurementDialog({ workspace, measureId, measureName, periodHint, defaultPeriod, editing, open, onOpenChange }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={editing ? `Edit ${editing.period}` : 'Add a value'}
        description={editing ? `${measureName}: the period stays; the old value is kept in the history.` : `${measureName}: a period that already has a value gets it replaced (the old one stays in the history).`}
      >
        {open && <MeasurementForm key={editing?.id ?? 'new'} {...{ workspace, measureId, periodHint, defaultPeriod, editing }} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function MeasurementForm({ workspace, measureId, periodHint, defaultPeriod, editing, onDone }: Omit<Props, 'open' | 'onOpenChange' | 'measureName'> & { onDone: () => void }) {
  const router = useRouter();
  const [period, setPeriod] = React.useState(editing?.period ?? defaultPeriod);
  const [value, setValue] = React.useState(editing ? String(editing.value) : '');
  const [note, setNote] = React.useState(editing?.note ?? '');
  const [version, setVersion] = React.useState(editing?.version ?? 0);
  const onSaved = React.useCallback(
    (d: { period?: string; unchanged?: number }) => {
      toast.success(d.unchanged ? `${d.period} already had this value: nothing changed.` : `Saved ${d.period ?? editing?.period}.`);
      router.refresh();
      onDone();
    },
    [router, onDone, editing?.period],
  );
  const action = editing ? updateMeasurementAction : recordMeasurementAction;
  const { state, formAction, pending, errors, formError } = useActionForm(action as typeof recordMeasurementAction, onSaved);
  const current = state && !state.ok && state.code === 'conflict' ? (state.current as Current | undefined) : undefined;
  const ids = { period: `m-period-${measureId}`, value: `m-value-${measureId}`, note: `m-note-${measureId}` };
  return (
    <KeepValuesForm action={formAction} className="space-y-4">
      <input type="hidden" name="workspace" value={workspace} />
      {editing ? <input type="hidden" name="id" value={editing.id} /> : <input type="hidden" name="measureId" value={measureId} />}
      {/* After a conflict the next save carries their version: saving again is a deliberate overwrite. */}
      {editing && <input type="hidden" name="version" value={current?.version ?? version} />}
      {current && (
        <ConflictPanel
          what="this value"
          rows={[
            { key: 'value', label: 'Value', theirs: String(current.value), differs: String(current.value) !== value },
            { key: 'note', label: 'Note', theirs: current.note, differs: current.note !== note },
          ]}
          onUseTheirs={() => {
            setValue(String(current.value));
            setNote(current.note);
            setVersion(current.version);
          }}
        />
      )}
      {formError && !current && <FormMessage>{formError}</FormMessage>}
      <Field id={ids.period} label="Period" hint={`e.g. ${periodHint}`} errors={errors('period')}>
        {(aria) => <Input {...aria} name={editing ? undefined : 'period'} value={period} onChange={(e) => setPeriod(e.target.value)} readOnly={!!editing} autoComplete="off" />}
      </Field>
      <Field id={ids.value} label="Value" hint="Use a point for decimals, e.g. 12.5" errors={errors('value')}>
        {(aria) => <Input {...aria} name="value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" />}
      </Field>
      <Field id={ids.note} label="Note (optional)" errors={errors('note')}>
        {(aria) => <Textarea {...aria} name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <DialogActions>
        <Button type="submit" loading={pending}>
          {current ? 'Save mine anyway' : editing ? 'Save value' : 'Add value'}
        </Button>
      </DialogActions>
    </KeepValuesForm>
  );
}
