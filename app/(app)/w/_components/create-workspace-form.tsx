'use client';

import { createWorkspaceAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';

export function CreateWorkspaceForm() {
  const { formAction, errors, value, formError } = useActionForm(createWorkspaceAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      <Field id="ws-name" label="Workspace name" hint="Usually your company or team. You can rename it later." errors={errors('name')}>
        {(a) => <Input {...a} name="name" required maxLength={80} defaultValue={value('name')} />}
      </Field>
      <SubmitButton>Create workspace</SubmitButton>
    </form>
  );
}
