import { apiHandler } from '@/lib/api/handler';
import { deleteStageRoute, getStageRoute, updateStageRoute } from '@/lib/api/specs/stages';
import { deleteStage, getStage, updateStage } from '@/db/queries/stages';
import { notFound } from '@/lib/errors';

export const GET = apiHandler(getStageRoute, async ({ ctx, params }) => {
  const s = await getStage(ctx.workspace.id, params.id);
  if (!s) throw notFound('This stage is not in the workspace.');
  return s;
});

export const PATCH = apiHandler(updateStageRoute, async ({ ctx, params, body }) => updateStage(ctx.workspace.id, ctx.actor, params.id, body));

export const DELETE = apiHandler(deleteStageRoute, async ({ ctx, params }) => {
  await deleteStage(ctx.workspace.id, ctx.actor, params.id);
});
