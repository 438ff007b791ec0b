import { apiHandler } from '@/lib/api/handler';
import { deleteTouchpointRoute, getTouchpointRoute, updateTouchpointRoute } from '@/lib/api/specs/touchpoints';
import { deleteTouchpoint, getTouchpoint, moveTouchpoint, updateTouchpoint } from '@/db/queries/touchpoints';
import { invalid, notFound } from '@/lib/errors';

export const GET = apiHandler(getTouchpointRoute, async ({ ctx, params }) => {
  const t = await getTouchpoint(ctx.workspace.id, params.id);
  if (!t) throw notFound('This touchpoint is not in the workspace.');
  return t;
});

// Fields first (from the version sent), then the move (from the version the update produced).
export const PATCH = apiHandler(updateTouchpointRoute, async ({ ctx, params, body }) => {
  const { stageId, position, version, ...fields } = body;
  if ((stageId === undefined) !== (position === undefined)) throw invalid('Send stageId and position together to move a touchpoint.', { position: ['Send stageId and position together.'] });
  if (!Object.keys(fields).length && stageId === undefined) throw invalid('Send at least one field to change.', { _body: ['Nothing to change.'] });
  let current = Object.keys(fields).length ? await updateTouchpoint(ctx.workspace.id, ctx.actor, params.id, { ...fields, version }) : null;
  if (stageId !== undefined && position !== undefined) {
    current = await moveTouchpoint(ctx.workspace.id, ctx.actor, params.id, { stageId, position, version: current?.version ?? version });
  }
  return current;
});

export const DELETE = apiHandler(deleteTouchpointRoute, async ({ ctx, params }) => {
  await deleteTouchpoint(ctx.workspace.id, ctx.actor, params.id);
});
