import { apiHandler } from '@/lib/api/handler';
import { deleteObjectiveRoute, getObjectiveRoute, updateObjectiveRoute } from '@/lib/api/specs/objectives';
import { deleteObjective, getObjective, updateObjective } from '@/db/queries/objectives';

export const GET = apiHandler(getObjectiveRoute, async ({ ctx, params }) => getObjective(ctx.workspace.id, params.id));

export const PATCH = apiHandler(updateObjectiveRoute, async ({ ctx, params, body }) => {
  const { workspaceId: _w, ...objective } = await updateObjective(ctx.workspace.id, ctx.actor, params.id, body);
  return objective;
});

export const DELETE = apiHandler(deleteObjectiveRoute, async ({ ctx, params }) => {
  await deleteObjective(ctx.workspace.id, ctx.actor, params.id);
});
