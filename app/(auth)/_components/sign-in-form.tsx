'use client';

import Link from 'next/link';
import { signInAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';

export function SignInForm({ next, email }: { next?: string; email?: string }) {
  const { formAction, errors, value, formError, state } = useActionForm(signInAction);
  const k = state && !state.ok ? 'r' + JSON.stringify(state.values) : 'init';
  return (
    <form action={formAction} className="space-y-4" noValidate key={k}>
      <FormMessage>{formError}</FormMessage>
      {next && <input type="hidden" name="next" value={next} />}
      <Field id="email" label="Email" errors={errors('email')}>
        {(a) => <Input {...a} name="email" type="email" autoComplete="email" required defaultValue={value('email', email ?? '')} />}
      </Field>
      <Field id="password" label="Password" errors={errors('password')}>
        {(a) => <Input {...a} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <div className="flex items-center justify-between gap-4">
        <Link href="/reset-password" className="text-sm text-brand-700 hover:underline">
          Forgot your password?
        </Link>
        <SubmitButton>Sign in</SubmitButton>
      </div>
    </form>
  );
}
