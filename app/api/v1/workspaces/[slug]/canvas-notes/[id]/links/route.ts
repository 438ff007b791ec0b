import { NextResponse } from 'next/server';
import { apiHandler } from '@/lib/api/handler';
import { createNoteLinkRoute, listNoteLinksRoute } from '@/lib/api/specs/canvases';
import { addNoteLink, listNoteLinks } from '@/db/queries/canvas-links';
import { getNote } from '@/db/queries/canvas-notes';
import { notFound } from '@/lib/errors';

const missing = () => notFound('This note is not on a canvas of this workspace.');

export const GET = apiHandler(listNoteLinksRoute, async ({ ctx, params }) => {
  const [note, data] = await Promise.all([getNote(ctx.workspace.id, params.id), listNoteLinks(ctx.workspace.id, params.id)]);
  if (!note) throw missing();
  return { data };
});

// The body names the kind; addNoteLink checks it against the note's block inside its transaction (422).
export const POST = apiHandler(createNoteLinkRoute, async ({ ctx, params, body }) => {
  const [kind, targetId] = body.touchpointId ? (['touchpoint', body.touchpointId] as const) : body.personaId ? (['persona', body.personaId] as const) : (['pain_point', body.painPointId!] as const);
  const link = await addNoteLink(ctx.workspace.id, ctx.actor, params.id, targetId, { kind, ifLinked: 'return' });
  return link.created ? link : NextResponse.json(link, { status: 200 });
});
