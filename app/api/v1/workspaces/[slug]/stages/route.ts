import { apiHandler } from '@/lib/api/handler';
import { createStageRoute, listStagesRoute } from '@/lib/api/specs/stages';
import { createStage, listStagesPage } from '@/db/queries/stages';

export const GET = apiHandler(listStagesRoute, async ({ ctx, query }) => listStagesPage(ctx.workspace.id, query.journeyId, query));

export const POST = apiHandler(createStageRoute, async ({ ctx, body }) => createStage(ctx.workspace.id, ctx.actor, body));
