import { apiHandler } from '@/lib/api/handler';
import { createTouchpointRoute, listTouchpointsRoute } from '@/lib/api/specs/touchpoints';
import { createTouchpoint, listTouchpointsPage } from '@/db/queries/touchpoints';

export const GET = apiHandler(listTouchpointsRoute, async ({ ctx, query }) =>
  listTouchpointsPage(ctx.workspace.id, { journeyId: query.journeyId, stageId: query.stageId }, query),
);

export const POST = apiHandler(createTouchpointRoute, async ({ ctx, body }) => createTouchpoint(ctx.workspace.id, ctx.actor, body));
