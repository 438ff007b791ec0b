'use client';

import { useActionForm } from '@/components/ui/action-form';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { unlockShareAction } from '../actions';

/** Asks for a share link's password; a right one reloads the page with the scorecard. */
export function PasswordForm({ token }: { token: string }) {
  const { formAction, errors, formError } = useActionForm(unlockShareAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="token" value={token} />
      <Field id="share-password" label="Password" hint="The person who sent you this link can tell you the password." errors={errors('password')}>
        {(a) => <Input {...a} name="password" type="password" required autoComplete="current-password" autoFocus />}
      </Field>
      <SubmitButton>Open</SubmitButton>
    </form>
  );
}
