import 'server-only';
import { createInvitation, resendInvitation, type PendingInvitation } from '@/db/queries/invitations';
import type { ActingMember } from '@/db/queries/members';
import type { Role } from '@/db/schema';
import { roleLabels } from './authz';
import { config } from './config';
import { sendMail } from './mail';

export const invitationLink = (token: string) => `${config.appUrl}/invite/${token}`;

export type SentInvitation = { invitation: PendingInvitation; link: string; mailed: boolean };

async function mailInvitation(to: string, link: string, p: { inviter: string; workspace: string; role: Role; expiresAt: Date }) {
  const until = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(p.expiresAt);
  try {
    await sendMail({
      to,
      subject: `${p.inviter} invited you to ${p.workspace} on Wayfinder`,
      text: `Hello,\n\n${p.inviter} invited you to join the workspace “${p.workspace}” on Wayfinder as ${roleLabels[p.role]}.\n\nOpen this link to accept (it works once, until ${until} UTC):\n\n${link}\n\nIf you did not expect this invitation, ignore this email.\n`,
    });
    return true;
  } catch (e) {
    // The invitation stands; the admin still gets the link to pass on by hand.
    console.error('[mail] invitation could not be sent', e);
    return false;
  }
}

/** Creates the invitation (see createInvitation), mails the link after commit, and returns it once. */
export async function inviteByEmail(workspace: { id: string; name: string }, by: ActingMember, input: { email: string; role: Role }): Promise<SentInvitation> {
  const { invitation, token } = await createInvitation(workspace.id, by, input);
  const link = invitationLink(token);
  const mailed = await mailInvitation(invitation.email, link, { inviter: by.actor.name, workspace: workspace.name, role: invitation.role, expiresAt: invitation.expiresAt });
  return { invitation, link, mailed };
}

/** Re-issues the invitation's token (the old link stops working), mails the new link and returns it once. */
export async function resendInvitationEmail(workspace: { id: string; name: string }, by: ActingMember, id: string): Promise<SentInvitation> {
  const { invitation, token } = await resendInvitation(workspace.id, by, id);
  const link = invitationLink(token);
  const mailed = await mailInvitation(invitation.email, link, { inviter: by.actor.name, workspace: workspace.name, role: invitation.role, expiresAt: invitation.expiresAt });
  return { invitation, link, mailed };
}
