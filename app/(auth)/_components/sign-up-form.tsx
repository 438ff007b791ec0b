'use client';

import { signUpAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';

export function SignUpForm({ next, email }: { next?: string; email?: string }) {
  const { formAction, errors, value, formError, state } = useActionForm(signUpAction);
  const k = state ? 'r' + JSON.stringify(state && !state.ok ? state.values : {}) : 'init';
  return (
    <form action={formAction} className="space-y-4" noValidate key={k}>
      <FormMessage>{formError}</FormMessage>
      {next && <input type="hidden" name="next" value={next} />}
      <Field id="name" label="Your name" errors={errors('name')}>
        {(a) => <Input {...a} name="name" autoComplete="name" required defaultValue={value('name')} />}
      </Field>
      <Field id="email" label="Email" errors={errors('email')}>
        {(a) => <Input {...a} name="email" type="email" autoComplete="email" required defaultValue={value('email', email ?? '')} />}
      </Field>
      <Field id="password" label="Password" hint="8 to 128 characters. A passphrase of a few words works well." errors={errors('password')}>
        {(a) => <Input {...a} name="password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} />}
      </Field>
      <SubmitButton className="w-full">Create account</SubmitButton>
    </form>
  );
}
