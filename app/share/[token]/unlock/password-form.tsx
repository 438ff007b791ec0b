import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { unlockShareAction } from '../actions';

const messages: Record<string, string> = {
  empty: 'Enter the password.',
  wrong: 'That password is not right. Check it with the person who sent you the link.',
};

/** What the ?error= of the action's redirect means, in words; unknown values say nothing. */
export function passwordError(error: unknown, minutes: unknown): string | null {
  if (error === 'throttled') {
    const n = Math.min(15, Math.max(1, Number.parseInt(String(minutes), 10) || 15));
    return `Too many attempts, try again in ${n} ${n === 1 ? 'minute' : 'minutes'}.`;
  }
  return typeof error === 'string' ? (messages[error] ?? null) : null;
}

/**
 * Asks for a share link's password. A server component posting to the server action: it works without JavaScript and
 * ships none but the submit button's pending state. The action redirects back, with ?error= when it was refused.
 */
export function PasswordForm({ token, error }: { token: string; error: string | null }) {
  const action = async (fd: FormData) => {
    'use server';
    await unlockShareAction(null, fd);
  };
  const fieldError = error && !error.startsWith('Too many') ? [error] : undefined;
  return (
    <form action={action} className="space-y-4">
      {error?.startsWith('Too many') && <FormMessage>{error}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <Field id="share-password" label="Password" hint="The person who sent you this link can tell you the password." errors={fieldError}>
        {(a) => <Input {...a} name="password" type="password" required autoComplete="current-password" autoFocus />}
      </Field>
      <SubmitButton>Open</SubmitButton>
    </form>
  );
}
