import { apiHandler } from '@/lib/api/handler';
import { decodeCursor, paginate } from '@/lib/api/cursor';
import { createMeasureRoute, listMeasuresRoute } from '@/lib/api/specs/measures';
import { createMeasure, listMeasures } from '@/db/queries/measures';
import { cachedWorkspaceRead } from '@/lib/scorecards/cached-view';

// A scorecard holds a few hundred measures at most: paged by offset in the scorecard's order, in SQL (one more
// row than the page tells whether another page follows).
export const GET = apiHandler(listMeasuresRoute, async ({ ctx, params, query }) => {
  const after = decodeCursor(query.cursor, 1);
  const offset = after && Number.isInteger(after[0]) && Number(after[0]) > 0 ? Number(after[0]) : 0;
  // Cached like the scorecard pages (expired by every write to the workspace): a client paging a scorecard reads it
  // far more often than it changes.
  const page = { offset, limit: query.limit + 1 };
  const rows = await cachedWorkspaceRead(ctx.workspace.id, ['api-measures', params.id, page.offset, page.limit], () => listMeasures(ctx.workspace.id, params.id, page));
  return paginate(rows, query.limit, () => [offset + query.limit]);
});

export const POST = apiHandler(createMeasureRoute, async ({ ctx, params, body }) => {
  const { objectiveId, ...fields } = body;
  return createMeasure(ctx.workspace.id, ctx.actor, { scorecardId: params.id, objectiveId, fields });
});
