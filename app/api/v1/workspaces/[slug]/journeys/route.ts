import { apiHandler } from '@/lib/api/handler';
import { createJourneyRoute, listJourneysRoute } from '@/lib/api/specs/journeys';
import { createJourney, listJourneysPage } from '@/db/queries/journeys';

export const GET = apiHandler(listJourneysRoute, async ({ ctx, query }) => listJourneysPage(ctx.workspace.id, query));

export const POST = apiHandler(createJourneyRoute, async ({ ctx, body }) => {
  const { workspaceId: _w, ...journey } = await createJourney(ctx.workspace.id, ctx.actor, { ...body, template: body.template ?? 'blank' });
  return journey;
});
