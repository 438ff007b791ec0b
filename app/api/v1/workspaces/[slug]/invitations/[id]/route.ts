import { apiHandler } from '@/lib/api/handler';
import { revokeInvitationRoute } from '@/lib/api/specs/invitations';
import { revokeInvitation } from '@/db/queries/invitations';

export const DELETE = apiHandler(revokeInvitationRoute, async ({ ctx, params }) => {
  await revokeInvitation(ctx.workspace.id, ctx, params.id);
});
