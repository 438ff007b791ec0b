'use server';

import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth';
import { publicAction, userAction } from '@/lib/actions';
import { acceptInvitation } from '@/db/queries/invitations';
import { invitationTokenSchema } from '@/lib/validations/members';

/** The signed-in invitee (same email as invited) joins with the invited role, then opens the workspace. */
export const acceptInvitationAction = userAction(invitationTokenSchema, async (user, { token }) => {
  const { workspace } = await acceptInvitation(user, token);
  redirect(`/w/${workspace.slug}`);
});

/** Anyone: signs out and comes back to the invitation, to accept it with the invited account. */
export const signOutToInvitationAction = publicAction(invitationTokenSchema, async ({ token }) => {
  await signOut({ redirectTo: `/invite/${token}` });
});
