import { apiHandler } from '@/lib/api/handler';
import { deleteCanvasRoute, getCanvasRoute, updateCanvasRoute } from '@/lib/api/specs/canvases';
import { deleteCanvas, getCanvasWithNotes, updateCanvas } from '@/db/queries/canvases';
import { listCanvasLinks } from '@/db/queries/canvas-links';
import { notFound } from '@/lib/errors';

export const GET = apiHandler(getCanvasRoute, async ({ ctx, params }) => {
  const [canvas, links] = await Promise.all([getCanvasWithNotes(ctx.workspace.id, params.id), listCanvasLinks(ctx.workspace.id, params.id)]);
  if (!canvas) throw notFound('This canvas is not in the workspace.');
  return { ...canvas, links };
});

export const PATCH = apiHandler(updateCanvasRoute, async ({ ctx, params, body }) => updateCanvas(ctx.workspace.id, ctx.actor, params.id, body));

export const DELETE = apiHandler(deleteCanvasRoute, async ({ ctx, params }) => {
  await deleteCanvas(ctx.workspace.id, ctx.actor, params.id);
});
