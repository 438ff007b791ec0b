import { apiHandler } from '@/lib/api/handler';
import { createInvitationRoute, listInvitationsRoute } from '@/lib/api/specs/invitations';
import { listInvitationsPage } from '@/db/queries/invitations';
import { inviteByEmail } from '@/lib/invitations';

export const GET = apiHandler(listInvitationsRoute, async ({ ctx, query }) => listInvitationsPage(ctx.workspace.id, query));

export const POST = apiHandler(createInvitationRoute, async ({ ctx, body }) => {
  const { invitation, link, mailed } = await inviteByEmail(ctx.workspace, ctx, body);
  return { ...invitation, link, mailed };
});
