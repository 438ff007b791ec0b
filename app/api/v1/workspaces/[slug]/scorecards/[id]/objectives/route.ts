import { apiHandler } from '@/lib/api/handler';
import { createObjectiveRoute, listObjectivesRoute } from '@/lib/api/specs/objectives';
import { createObjective, listObjectives } from '@/db/queries/objectives';
import { getScorecard } from '@/db/queries/scorecards';

export const GET = apiHandler(listObjectivesRoute, async ({ ctx, params }) => {
  await getScorecard(ctx.workspace.id, params.id);
  return { data: await listObjectives(ctx.workspace.id, params.id) };
});

export const POST = apiHandler(createObjectiveRoute, async ({ ctx, params, body }) => {
  const { workspaceId: _w, ...objective } = await createObjective(ctx.workspace.id, ctx.actor, { ...body, scorecardId: params.id });
  return objective;
});
