import { apiHandler } from '@/lib/api/handler';
import { deleteLinkRoute } from '@/lib/api/specs/objectives';
import { deleteObjectiveLink } from '@/db/queries/objective-links';

export const DELETE = apiHandler(deleteLinkRoute, async ({ ctx, params }) => {
  await deleteObjectiveLink(ctx.workspace.id, ctx.actor, params.id);
});
