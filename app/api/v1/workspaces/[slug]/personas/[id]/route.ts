import { apiHandler } from '@/lib/api/handler';
import { deletePersonaRoute, getPersonaRoute, updatePersonaRoute } from '@/lib/api/specs/personas';
import { deletePersona, getPersona, updatePersona } from '@/db/queries/personas';
import { notFound } from '@/lib/errors';

export const GET = apiHandler(getPersonaRoute, async ({ ctx, params }) => {
  const persona = await getPersona(ctx.workspace.id, params.id);
  if (!persona) throw notFound('This persona is not in the workspace.');
  return persona;
});

export const PATCH = apiHandler(updatePersonaRoute, async ({ ctx, params, body }) => updatePersona(ctx.workspace.id, ctx.actor, params.id, body));

export const DELETE = apiHandler(deletePersonaRoute, async ({ ctx, params }) => {
  await deletePersona(ctx.workspace.id, ctx.actor, params.id);
});
