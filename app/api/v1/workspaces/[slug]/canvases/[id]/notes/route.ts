import { apiHandler } from '@/lib/api/handler';
import { createNoteRoute } from '@/lib/api/specs/canvases';
import { createNote } from '@/db/queries/canvas-notes';

export const POST = apiHandler(createNoteRoute, async ({ ctx, params, body }) => createNote(ctx.workspace.id, ctx.actor, { canvasId: params.id, ...body }));
