'use client';

import Link from 'next/link';
import { resetPasswordAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';

export function ResetPasswordForm({ token }: { token: string }) {
  const { formAction, errors, formError, state } = useActionForm(resetPasswordAction);
  // Without field errors, a refusal means the link itself no longer works.
  const linkDead = state && !state.ok && !state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage>
        {formError}
        {linkDead && (
          <>
            {' '}
            <Link href="/reset-password" className="font-medium underline">
              Ask for a new link
            </Link>
          </>
        )}
      </FormMessage>
      <input type="hidden" name="token" value={token} />
      <Field id="password" label="New password" hint="8 to 128 characters. A passphrase of a few words works well." errors={errors('password')}>
        {(a) => <Input {...a} name="password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} />}
      </Field>
      <Field id="confirm" label="Confirm new password" errors={errors('confirm')}>
        {(a) => <Input {...a} name="confirm" type="password" autoComplete="new-password" required />}
      </Field>
      <SubmitButton className="w-full">Set new password</SubmitButton>
    </form>
  );
}
