import { apiHandler } from '@/lib/api/handler';
import { removeMemberRoute, updateMemberRoute } from '@/lib/api/specs/members';
import { removeMember, updateMemberRole } from '@/db/queries/members';

export const PATCH = apiHandler(updateMemberRoute, async ({ ctx, params, body }) => updateMemberRole(ctx.workspace.id, ctx, params.id, body));

export const DELETE = apiHandler(removeMemberRoute, async ({ ctx, params }) => {
  await removeMember(ctx.workspace.id, ctx, params.id);
});
