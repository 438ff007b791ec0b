import { apiHandler } from '@/lib/api/handler';
import { deleteInitiativeRoute, getInitiativeRoute, updateInitiativeRoute } from '@/lib/api/specs/objectives';
import { deleteInitiative, getInitiative, updateInitiative } from '@/db/queries/initiatives';

export const GET = apiHandler(getInitiativeRoute, async ({ ctx, params }) => getInitiative(ctx.workspace.id, params.id));

export const PATCH = apiHandler(updateInitiativeRoute, async ({ ctx, params, body }) => {
  const { workspaceId: _w, ...initiative } = await updateInitiative(ctx.workspace.id, ctx.actor, params.id, body);
  return initiative;
});

export const DELETE = apiHandler(deleteInitiativeRoute, async ({ ctx, params }) => {
  await deleteInitiative(ctx.workspace.id, ctx.actor, params.id);
});
