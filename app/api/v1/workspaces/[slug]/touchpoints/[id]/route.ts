import { apiHandler } from '@/lib/api/handler';
import { deleteTouchpointRoute, getTouchpointRoute, updateTouchpointRoute } from '@/lib/api/specs/touchpoints';
import { deleteTouchpoint, getTouchpoint, patchTouchpoint } from '@/db/queries/touchpoints';
import { invalid, notFound } from '@/lib/errors';

export const GET = apiHandler(getTouchpointRoute, async ({ ctx, params }) => {
  const t = await getTouchpoint(ctx.workspace.id, params.id);
  if (!t) throw notFound('This touchpoint is not in the workspace.');
  return t;
});

// Fields and a move in one transaction: fields from the version sent, then the move.
export const PATCH = apiHandler(updateTouchpointRoute, async ({ ctx, params, body }) => {
  const { stageId, position, ...fields } = body;
  if ((stageId === undefined) !== (position === undefined)) throw invalid('Send stageId and position together to move a touchpoint.', { position: ['Send stageId and position together.'] });
  if (Object.keys(fields).length === 1 && stageId === undefined) throw invalid('Send at least one field to change.', { _body: ['Nothing to change.'] });
  return patchTouchpoint(ctx.workspace.id, ctx.actor, params.id, { ...fields, move: stageId !== undefined && position !== undefined ? { stageId, position } : undefined });
});

export const DELETE = apiHandler(deleteTouchpointRoute, async ({ ctx, params }) => {
  await deleteTouchpoint(ctx.workspace.id, ctx.actor, params.id);
});
