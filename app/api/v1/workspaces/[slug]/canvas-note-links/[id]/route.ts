import { apiHandler } from '@/lib/api/handler';
import { deleteNoteLinkRoute } from '@/lib/api/specs/canvases';
import { removeNoteLink } from '@/db/queries/canvas-links';

export const DELETE = apiHandler(deleteNoteLinkRoute, async ({ ctx, params }) => {
  await removeNoteLink(ctx.workspace.id, ctx.actor, params.id);
});
