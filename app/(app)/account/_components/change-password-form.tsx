'use client';

import { changePasswordAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';

// Success redirects (the session is re-issued), so only failures come back here. Passwords are
// never echoed back: a failed submission empties the password fields on purpose.
export function ChangePasswordForm({ email }: { email: string }) {
  const { formAction, errors, formError } = useActionForm(changePasswordAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" autoComplete="username" value={email} readOnly hidden />
      <Field id="current-password" label="Current password" errors={errors('current')}>
        {(a) => <Input {...a} name="current" type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="new-password" label="New password" hint="8 to 128 characters. A passphrase of a few words works well." errors={errors('password')}>
        {(a) => <Input {...a} name="password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} />}
      </Field>
      <Field id="confirm-password" label="Confirm new password" errors={errors('confirm')}>
        {(a) => <Input {...a} name="confirm" type="password" autoComplete="new-password" required />}
      </Field>
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
