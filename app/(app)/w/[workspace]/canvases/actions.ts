'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { createCanvas, deleteCanvas, duplicateCanvas, updateCanvas } from '@/db/queries/canvases';
import { addNoteLink, removeNoteLink } from '@/db/queries/canvas-links';
import { createNote, deleteNote, moveNote, updateNote } from '@/db/queries/canvas-notes';
import { canvasIdSchema, createCanvasSchema, createNoteSchema, deleteNoteSchema, linkNoteSchema, moveNoteSchema, unlinkNoteSchema, updateCanvasSchema, updateNoteSchema } from '@/lib/validations/canvases';

const LIST = '/w/[workspace]/canvases';
const CANVAS = '/w/[workspace]/canvases/[id]';

/** Editors: creates an empty canvas; returns its id. */
export const createCanvasAction = workspaceAction(createCanvasSchema, { permission: 'content.write' }, async (ctx, input) => {
  const c = await createCanvas(ctx.workspace.id, ctx.actor, input);
  revalidatePath(LIST, 'page');
  return { id: c.id, name: c.name };
});

/** Editors: renames/describes a canvas if still at `version` (else conflict with the current values). */
export const updateCanvasAction = workspaceAction(updateCanvasSchema, { permission: 'content.write' }, async (ctx, input) => {
  const { canvasId, ...patch } = input;
  const c = await updateCanvas(ctx.workspace.id, ctx.actor, canvasId, patch);
  revalidatePath(LIST, 'page');
  revalidatePath(CANVAS, 'page');
  return { id: c.id, name: c.name, description: c.description, version: c.version };
});

/** Editors: copies a canvas with its notes and links as a scenario "Copy of …"; returns the copy's id. */
export const duplicateCanvasAction = workspaceAction(canvasIdSchema, { permission: 'content.write' }, async (ctx, input) => {
  const c = await duplicateCanvas(ctx.workspace.id, ctx.actor, input.canvasId);
  revalidatePath(LIST, 'page');
  return { id: c.id, name: c.name };
});

/** Editors: deletes a canvas and everything on it. */
export const deleteCanvasAction = workspaceAction(canvasIdSchema, { permission: 'content.write' }, async (ctx, input) => {
  const c = await deleteCanvas(ctx.workspace.id, ctx.actor, input.canvasId);
  revalidatePath(LIST, 'page');
  return { id: c.id, name: c.name };
});

/** Editors: adds a note at the end of a block. */
export const createNoteAction = workspaceAction(createNoteSchema, { permission: 'content.write' }, async (ctx, input) => {
  const { canvasId, block, ...note } = input;
  const n = await createNote(ctx.workspace.id, ctx.actor, { canvasId, block, ...note });
  revalidatePath(CANVAS, 'page');
  return n;
});

/** Editors: saves a note's text and colour if still at `version` (else conflict carrying the current note). */
export const updateNoteAction = workspaceAction(updateNoteSchema, { permission: 'content.write' }, async (ctx, input) => {
  const { noteId, ...patch } = input;
  const n = await updateNote(ctx.workspace.id, ctx.actor, noteId, patch);
  revalidatePath(CANVAS, 'page');
  return n;
});

/** Editors: deletes a note. */
export const deleteNoteAction = workspaceAction(deleteNoteSchema, { permission: 'content.write' }, async (ctx, input) => {
  const n = await deleteNote(ctx.workspace.id, ctx.actor, input.noteId);
  revalidatePath(CANVAS, 'page');
  return { id: n.id };
});

/** Editors: moves a note within its block or to another block (carries the note's version). */
export const moveNoteAction = workspaceAction(moveNoteSchema, { permission: 'content.write' }, async (ctx, input) => {
  const { noteId, ...to } = input;
  const n = await moveNote(ctx.workspace.id, ctx.actor, noteId, to);
  revalidatePath(CANVAS, 'page');
  return n;
});

/** Editors: links a note to a touchpoint, persona or pain point (the kind its block takes). */
export const linkNoteAction = workspaceAction(linkNoteSchema, { permission: 'content.write' }, async (ctx, input) => {
  const link = await addNoteLink(ctx.workspace.id, ctx.actor, input.noteId, input.targetId);
  revalidatePath(CANVAS, 'page');
  return link;
});

/** Editors: removes a note's link. */
export const unlinkNoteAction = workspaceAction(unlinkNoteSchema, { permission: 'content.write' }, async (ctx, input) => {
  const r = await removeNoteLink(ctx.workspace.id, ctx.actor, input.linkId);
  revalidatePath(CANVAS, 'page');
  return r;
});
