'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { workspaceAction } from '@/lib/actions';
import { inviteByEmail, resendInvitationEmail } from '@/lib/invitations';
import { leaveWorkspace, removeMember, updateMemberRole } from '@/db/queries/members';
import { revokeInvitation } from '@/db/queries/invitations';
import { changeMemberRoleSchema, invitationIdSchema, inviteSchema, leaveWorkspaceSchema, removeMemberSchema } from '@/lib/validations/members';

const MEMBERS_PAGE = '/w/[workspace]/settings/members';

/** Admins/owners: changes a member's role (versioned; never above the actor's; owners only on owners; never the last owner). */
export const changeMemberRoleAction = workspaceAction(changeMemberRoleSchema, { permission: 'members.manage' }, async (ctx, input) => {
  const m = await updateMemberRole(ctx.workspace.id, ctx, input.memberId, { role: input.role, version: input.version });
  revalidatePath(MEMBERS_PAGE, 'page');
  return { id: m.id, name: m.name, role: m.role, version: m.version };
});

/** Admins remove non-owners, owners remove anyone but the last owner; takes effect on the member's next request. */
export const removeMemberAction = workspaceAction(removeMemberSchema, { permission: 'members.manage' }, async (ctx, input) => {
  const m = await removeMember(ctx.workspace.id, ctx, input.memberId);
  revalidatePath(MEMBERS_PAGE, 'page');
  return { id: m.id, name: m.name };
});

/** Any member leaves (except the last owner), then goes to their workspace list. */
export const leaveWorkspaceAction = workspaceAction(leaveWorkspaceSchema, { permission: 'content.read' }, async (ctx) => {
  await leaveWorkspace(ctx.workspace.id, ctx.user!);
  redirect('/w');
});

/** Admins/owners: invites an email with a role ≤ their own, mails the link and returns it once. */
export const inviteAction = workspaceAction(inviteSchema, { permission: 'invitations.manage' }, async (ctx, input) => {
  const sent = await inviteByEmail(ctx.workspace, ctx, input);
  revalidatePath(MEMBERS_PAGE, 'page');
  return { email: sent.invitation.email, role: sent.invitation.role, link: sent.link, mailed: sent.mailed };
});

/** Admins/owners: withdraws a pending invitation. */
export const revokeInvitationAction = workspaceAction(invitationIdSchema, { permission: 'invitations.manage' }, async (ctx, input) => {
  await revokeInvitation(ctx.workspace.id, ctx, input.invitationId);
  revalidatePath(MEMBERS_PAGE, 'page');
  return { id: input.invitationId };
});

/** Admins/owners: re-sends with a fresh token and expiry (the old link stops working); returns the new link once. */
export const resendInvitationAction = workspaceAction(invitationIdSchema, { permission: 'invitations.manage' }, async (ctx, input) => {
  const sent = await resendInvitationEmail(ctx.workspace, ctx, input.invitationId);
  revalidatePath(MEMBERS_PAGE, 'page');
  return { email: sent.invitation.email, link: sent.link, mailed: sent.mailed };
});
