import { apiHandler } from '@/lib/api/handler';
import { createLinkRoute } from '@/lib/api/specs/objectives';
import { createObjectiveLink } from '@/db/queries/objective-links';

export const POST = apiHandler(createLinkRoute, async ({ ctx, params, body }) => createObjectiveLink(ctx.workspace.id, ctx.actor, { causeId: params.id, effectId: body.effectId }));
