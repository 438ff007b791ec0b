'use client';

import { acceptInvitationAction, signOutToInvitationAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';

/** "Join <workspace>": accepts the invitation as the signed-in user, then opens the workspace. */
export function JoinForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const { formAction, formError } = useActionForm(acceptInvitationAction);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full">Join {workspaceName}</SubmitButton>
    </form>
  );
}

/** Signs out and comes back to this invitation, to accept it with the invited account. */
export function SignOutToInviteForm({ token }: { token: string }) {
  const { formAction, formError } = useActionForm(signOutToInvitationAction);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant="secondary" className="w-full">
        Sign out and use another account
      </SubmitButton>
    </form>
  );
}
