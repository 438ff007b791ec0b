'use client';

import * as React from 'react';
import { updateProfileAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { toast } from '@/components/ui/toaster';

type Saved = { name: string; version: number };

export function ProfileForm({ name, email, version }: { name: string; email: string; version: number }) {
  const onSaved = React.useCallback(() => toast.success('Your name was saved.'), []);
  const { formAction, errors, value, formError, state } = useActionForm(updateProfileAction, onSaved);
  const current = state && !state.ok && state.code === 'conflict' ? (state.current as Saved | null) : null;
  // After a conflict the next save is a deliberate overwrite of the version the user has now seen.
  const baseVersion = state?.ok ? state.data.version : (current?.version ?? version);
  const shownName = state?.ok ? state.data.name : value('name', name);
  return (
    <form action={formAction} className="space-y-4" noValidate key={state ? JSON.stringify(state) : 'init'}>
      <FormMessage>
        {current ? (
          <>
            Your name was changed elsewhere (another tab or device) while you were editing. The saved name is now <strong>{current.name}</strong>.
            Save again to replace it with yours.
          </>
        ) : (
          formError
        )}
      </FormMessage>
      <input type="hidden" name="version" value={baseVersion} />
      <Field id="name" label="Name" errors={errors('name')}>
        {(a) => <Input {...a} name="name" autoComplete="name" required maxLength={100} defaultValue={shownName} />}
      </Field>
      <Field id="account-email" label="Email" hint="Your email is used to sign in and cannot be changed here.">
        {(a) => <Input {...a} type="email" value={email} readOnly className="bg-canvas text-muted" />}
      </Field>
      <SubmitButton>Save name</SubmitButton>
    </form>
  );
}
