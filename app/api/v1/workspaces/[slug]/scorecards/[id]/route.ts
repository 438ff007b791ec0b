import { apiHandler } from '@/lib/api/handler';
import { deleteScorecardRoute, getScorecardRoute, updateScorecardRoute } from '@/lib/api/specs/scorecards';
import { deleteScorecard, updateScorecard } from '@/db/queries/scorecards';
import { getScorecardDetail } from '@/db/queries/scorecard-detail';

export const GET = apiHandler(getScorecardRoute, async ({ ctx, params }) => getScorecardDetail(ctx.workspace.id, params.id));

export const PATCH = apiHandler(updateScorecardRoute, async ({ ctx, params, body }) => {
  const { workspaceId: _w, perspectives, ...scorecard } = await updateScorecard(ctx.workspace.id, ctx.actor, params.id, body);
  return { ...scorecard, perspectives: perspectives.map(({ workspaceId: _pw, scorecardId: _s, createdAt: _c, updatedAt: _u, ...p }) => p) };
});

export const DELETE = apiHandler(deleteScorecardRoute, async ({ ctx, params }) => {
  await deleteScorecard(ctx.workspace.id, ctx.actor, params.id);
});
