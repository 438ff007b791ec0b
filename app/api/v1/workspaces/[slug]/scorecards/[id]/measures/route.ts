import { apiHandler } from '@/lib/api/handler';
import { decodeCursor, paginate } from '@/lib/api/cursor';
import { createMeasureRoute, listMeasuresRoute } from '@/lib/api/specs/measures';
import { createMeasure, listMeasures } from '@/db/queries/measures';

// A scorecard holds a few hundred measures at most: one load, paged by offset in the scorecard's order.
export const GET = apiHandler(listMeasuresRoute, async ({ ctx, params, query }) => {
  const all = await listMeasures(ctx.workspace.id, params.id);
  const after = decodeCursor(query.cursor, 1);
  const offset = after && Number.isInteger(after[0]) && Number(after[0]) > 0 ? Number(after[0]) : 0;
  return paginate(all.slice(offset, offset + query.limit + 1), query.limit, () => [offset + query.limit]);
});

export const POST = apiHandler(createMeasureRoute, async ({ ctx, params, body }) => {
  const { objectiveId, ...fields } = body;
  return createMeasure(ctx.workspace.id, ctx.actor, { scorecardId: params.id, objectiveId, fields });
});
