import { apiHandler } from '@/lib/api/handler';
import { deleteJourneyRoute, getJourneyRoute, updateJourneyRoute } from '@/lib/api/specs/journeys';
import { deleteJourney, updateJourney } from '@/db/queries/journeys';
import { getJourneyMap } from '@/db/queries/journey-map';
import { notFound } from '@/lib/errors';

export const GET = apiHandler(getJourneyRoute, async ({ ctx, params }) => {
  const map = await getJourneyMap(ctx.workspace.id, params.id);
  if (!map) throw notFound('Journey not found.');
  return map;
});

export const PATCH = apiHandler(updateJourneyRoute, async ({ ctx, params, body }) => {
  const { workspaceId: _w, ...journey } = await updateJourney(ctx.workspace.id, ctx.actor, params.id, body);
  return journey;
});

export const DELETE = apiHandler(deleteJourneyRoute, async ({ ctx, params }) => {
  await deleteJourney(ctx.workspace.id, ctx.actor, params.id);
});
