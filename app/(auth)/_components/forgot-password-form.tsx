'use client';

import { MailCheck } from 'lucide-react';
import { forgotPasswordAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';

export function ForgotPasswordForm({ email }: { email?: string }) {
  const { formAction, errors, value, formError, state } = useActionForm(forgotPasswordAction);
  if (state?.ok) {
    return (
      <div role="status" className="space-y-3 rounded-md bg-success-bg px-4 py-3 text-sm text-success">
        <p className="flex items-center gap-2 font-medium">
          <MailCheck className="h-4 w-4" aria-hidden /> Check your inbox
        </p>
        <p className="text-ink">
          If an account exists for <strong>{state.data.email}</strong>, we sent it a link to choose a new password. The link works once, for one
          hour.
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage>{formError}</FormMessage>
      <Field id="email" label="Email" errors={errors('email')}>
        {(a) => <Input {...a} name="email" type="email" autoComplete="email" required defaultValue={value('email', email ?? '')} />}
      </Field>
      <SubmitButton className="w-full">Send reset link</SubmitButton>
    </form>
  );
}
