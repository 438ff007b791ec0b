import { apiHandler } from '@/lib/api/handler';
import { createPersonaRoute, listPersonasRoute } from '@/lib/api/specs/personas';
import { createPersona, listPersonasPage } from '@/db/queries/personas';

export const GET = apiHandler(listPersonasRoute, async ({ ctx, query }) => listPersonasPage(ctx.workspace.id, query));

export const POST = apiHandler(createPersonaRoute, async ({ ctx, body }) => createPersona(ctx.workspace.id, ctx.actor, body));
