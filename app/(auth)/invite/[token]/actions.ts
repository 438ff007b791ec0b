'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth';
import { publicAction, userAction } from '@/lib/actions';
import { acceptInvitation } from '@/db/queries/invitations';
import { invitationTokenSchema } from '@/lib/validations/members';
import { clientIp } from '@/lib/client-ip';
import { config } from '@/lib/config';
import { enforceRateLimits } from '@/lib/throttle';
import { hashToken } from '@/lib/tokens';

/**
 * The signed-in invitee (same email as invited) joins with the invited role, then opens the workspace.
 * Attempts are limited per client address and per invitation link, before the token is looked up.
 */
export const acceptInvitationAction = userAction(invitationTokenSchema, async (user, { token }) => {
  const { perIp, perInvitation, windowMinutes } = config.limits.inviteAccept;
  await enforceRateLimits(
    [
      { key: `invite:ip:${clientIp(await headers())}`, limit: perIp, windowMinutes },
      { key: `invite:token:${hashToken(token)}`, limit: perInvitation, windowMinutes },
    ],
    'Too many attempts to accept invitations.',
  );
  const { workspace } = await acceptInvitation(user, token);
  redirect(`/w/${workspace.slug}`);
});

/** Anyone: signs out and comes back to the invitation, to accept it with the invited account. */
export const signOutToInvitationAction = publicAction(invitationTokenSchema, async ({ token }) => {
  await signOut({ redirectTo: `/invite/${token}` });
});
