'use client';

import { KeepValuesForm } from '@/components/ui/action-form';
import * as React from 'react';
import { createPersonaAction, updatePersonaAction } from '../actions';
import { FormMessage } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { PersonaFields } from './persona-fields';
import { PersonaConflict } from './persona-conflict';
import { toValues, type PersonaValues } from './types';

type Saved = { id: string; name: string; version?: number };
type Current = Parameters<typeof toValues>[0] & { version: number };

type Props = {
  slug: string;
  initial: PersonaValues;
  /** Editing an existing persona: its id and the version the form started from. */
  edit?: { personaId: string; version: number };
  submitLabel: string;
  onSaved: (saved: Saved) => void;
  onCancel?: () => void;
};

/** Creates or edits a persona; a stale save shows the other person's version and keeps the user's text. */
export function PersonaForm({ slug, initial, edit, submitLabel, onSaved, onCancel }: Props) {
  const [values, setValues] = React.useState(initial);
  const [state, formAction, pending] = React.useActionState(edit ? updatePersonaAction : createPersonaAction, null);
  const [dismissed, setDismissed] = React.useState<unknown>(null);
  const failed = state && !state.ok ? state : null;
  const theirs = failed?.code === 'conflict' && failed.current ? (failed.current as Current) : null;
  // After a conflict the next save carries their version: saving again is a deliberate overwrite.
  const version = state?.ok ? (state.data as Saved).version : theirs ? theirs.version : (failed?.values?.version ?? edit?.version);

  const handled = React.useRef<unknown>(null);
  React.useEffect(() => {
    if (!state?.ok || handled.current === state) return;
    handled.current = state;
    onSaved(state.data as Saved);
  }, [state, onSaved]);

  const onChange = React.useCallback((k: keyof PersonaValues, v: string) => setValues((old) => ({ ...old, [k]: v })), []);

  return (
    <div className="space-y-4">
      {theirs && dismissed !== state && (
        <PersonaConflict
          mine={values}
          theirs={toValues(theirs)}
          onUseTheirs={() => {
            setValues(toValues(theirs));
            setDismissed(state);
          }}
        />
      )}
      <KeepValuesForm action={formAction} className="space-y-5">
        {failed && !theirs && <FormMessage>{failed.error}</FormMessage>}
        <input type="hidden" name="workspace" value={slug} />
        {edit && <input type="hidden" name="personaId" value={edit.personaId} />}
        {edit && <input type="hidden" name="version" value={String(version)} />}
        <PersonaFields idPrefix={edit ? 'persona-edit' : 'persona-new'} values={values} onChange={onChange} fieldErrors={failed?.fieldErrors} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      </KeepValuesForm>
    </div>
  );
}
