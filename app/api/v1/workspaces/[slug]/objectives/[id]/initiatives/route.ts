import { apiHandler } from '@/lib/api/handler';
import { createInitiativeRoute, listInitiativesRoute } from '@/lib/api/specs/objectives';
import { createInitiative, listInitiatives } from '@/db/queries/initiatives';

export const GET = apiHandler(listInitiativesRoute, async ({ ctx, params }) => ({ data: await listInitiatives(ctx.workspace.id, params.id) }));

export const POST = apiHandler(createInitiativeRoute, async ({ ctx, params, body }) => {
  const { workspaceId: _w, ...initiative } = await createInitiative(ctx.workspace.id, ctx.actor, { ...body, objectiveId: params.id });
  return initiative;
});
