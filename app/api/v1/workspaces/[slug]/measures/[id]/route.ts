import { apiHandler } from '@/lib/api/handler';
import { deleteMeasureRoute, getMeasureRoute, updateMeasureRoute } from '@/lib/api/specs/measures';
import { deleteMeasure, getMeasure, updateMeasure } from '@/db/queries/measures';
import { notFound } from '@/lib/errors';

export const GET = apiHandler(getMeasureRoute, async ({ ctx, params }) => {
  const m = await getMeasure(ctx.workspace.id, params.id);
  if (!m) throw notFound('This measure is not in the workspace.');
  return m;
});

export const PATCH = apiHandler(updateMeasureRoute, async ({ ctx, params, body }) => updateMeasure(ctx.workspace.id, ctx.actor, params.id, body));

export const DELETE = apiHandler(deleteMeasureRoute, async ({ ctx, params }) => {
  await deleteMeasure(ctx.workspace.id, ctx.actor, params.id);
});
