import { apiHandler } from '@/lib/api/handler';
import { createScorecardRoute, listScorecardsRoute } from '@/lib/api/specs/scorecards';
import { createScorecard, listScorecardsPage } from '@/db/queries/scorecards';

export const GET = apiHandler(listScorecardsRoute, async ({ ctx, query }) => listScorecardsPage(ctx.workspace.id, query));

export const POST = apiHandler(createScorecardRoute, async ({ ctx, body }) => {
  const { workspaceId: _w, ...scorecard } = await createScorecard(ctx.workspace.id, ctx.actor, body);
  return scorecard;
});
