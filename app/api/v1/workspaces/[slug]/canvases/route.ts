import { apiHandler } from '@/lib/api/handler';
import { createCanvasRoute, listCanvasesRoute } from '@/lib/api/specs/canvases';
import { createCanvas, listCanvasesPage } from '@/db/queries/canvases';

export const GET = apiHandler(listCanvasesRoute, async ({ ctx, query }) => listCanvasesPage(ctx.workspace.id, query));

export const POST = apiHandler(createCanvasRoute, async ({ ctx, body }) => createCanvas(ctx.workspace.id, ctx.actor, body));
