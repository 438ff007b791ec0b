import { apiHandler } from '@/lib/api/handler';
import { deleteNoteRoute, updateNoteRoute } from '@/lib/api/specs/canvases';
import { deleteNote, getNote, moveNote, updateNote } from '@/db/queries/canvas-notes';
import { notFound } from '@/lib/errors';
import type { NoteInput } from '@/lib/validations/canvases';

// Text/colour first, then the move (which carries the version the edit produced). A body with
// neither only checks the version (stale → 409) and answers the note.
export const PATCH = apiHandler(updateNoteRoute, async ({ ctx, params, body }) => {
  const before = await getNote(ctx.workspace.id, params.id);
  if (!before) throw notFound('This note is not on a canvas of this workspace.');
  const moving = body.block !== undefined || body.position !== undefined;
  let note = before;
  if (body.text !== undefined || body.color !== undefined || !moving) {
    const color = (body.color ?? before.color) as NoteInput['color'];
    note = await updateNote(ctx.workspace.id, ctx.actor, params.id, { version: body.version, text: body.text ?? before.text, color });
  }
  if (moving) {
    note = await moveNote(ctx.workspace.id, ctx.actor, params.id, { block: body.block ?? note.block, position: body.position ?? Number.MAX_SAFE_INTEGER, version: note.version === before.version ? body.version : note.version });
  }
  return note;
});

export const DELETE = apiHandler(deleteNoteRoute, async ({ ctx, params }) => {
  await deleteNote(ctx.workspace.id, ctx.actor, params.id);
});
