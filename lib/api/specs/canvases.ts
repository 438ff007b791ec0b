import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { canvasPatchBody, canvasPostBody, noteLinkPostBody, notePatchBody, notePostBody } from '@/lib/validations/canvases';
import { canvasBlockEnum } from '@/db/schema/enums';
import { NOTE_COLORS } from '@/lib/canvases/blocks';

const canvasOut = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  version: z.number().int().describe('Send it back with PATCH; a stale version answers 409.'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const noteOut = z.object({
  id: z.uuid(),
  canvasId: z.uuid(),
  block: z.enum(canvasBlockEnum.enumValues),
  text: z.string(),
  color: z.enum(NOTE_COLORS),
  position: z.number().int().describe('0-based order within the block.'),
  originId: z.uuid().nullable().describe('The note this one was duplicated from (through any number of copies).'),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const linkOut = z.object({
  id: z.uuid(),
  noteId: z.uuid(),
  kind: z.enum(['touchpoint', 'persona', 'pain_point']),
  targetId: z.uuid(),
  label: z.string().describe('The target’s name: the touchpoint’s or persona’s name, or the pain point’s text.'),
  journeyId: z.uuid().nullable(),
  journeyName: z.string().nullable(),
});

const params = z.object({ slug: slugParam });
const idParams = z.object({ slug: slugParam, id: uuidParam });
const tag = 'Canvases';

export const listCanvasesRoute = defineRoute({ id: 'listCanvases', method: 'GET', path: '/workspaces/{slug}/canvases', tag, summary: 'List canvases with their note counts, oldest first', permission: 'content.read', params, query: pageQuery, response: page(canvasOut.extend({ noteCount: z.number().int() })) });
export const createCanvasRoute = defineRoute({ id: 'createCanvas', method: 'POST', path: '/workspaces/{slug}/canvases', tag, summary: 'Create an empty canvas', permission: 'content.write', params, body: canvasPostBody, status: 201, response: canvasOut });
export const getCanvasRoute = defineRoute({ id: 'getCanvas', method: 'GET', path: '/workspaces/{slug}/canvases/{id}', tag, summary: 'Read a canvas with its notes (by block and position) and their links', permission: 'content.read', params: idParams, response: canvasOut.extend({ notes: z.array(noteOut), links: z.array(linkOut) }) });
export const updateCanvasRoute = defineRoute({ id: 'updateCanvas', method: 'PATCH', path: '/workspaces/{slug}/canvases/{id}', tag, summary: 'Rename or describe a canvas from the version you read (409 with the current canvas when stale)', permission: 'content.write', params: idParams, body: canvasPatchBody, response: canvasOut });
export const deleteCanvasRoute = defineRoute({ id: 'deleteCanvas', method: 'DELETE', path: '/workspaces/{slug}/canvases/{id}', tag, summary: 'Delete a canvas with its notes and links', permission: 'content.write', params: idParams });
export const createNoteRoute = defineRoute({ id: 'createCanvasNote', method: 'POST', path: '/workspaces/{slug}/canvases/{id}/notes', tag, summary: 'Add a note at the end of a block', permission: 'content.write', params: idParams, body: notePostBody, status: 201, response: noteOut });
export const updateNoteRoute = defineRoute({ id: 'updateCanvasNote', method: 'PATCH', path: '/workspaces/{slug}/canvas-notes/{id}', tag, summary: 'Edit a note’s text or colour, or move it (block and/or position), from the version you read (409 when stale)', permission: 'content.write', params: idParams, body: notePatchBody, response: noteOut });
export const deleteNoteRoute = defineRoute({ id: 'deleteCanvasNote', method: 'DELETE', path: '/workspaces/{slug}/canvas-notes/{id}', tag, summary: 'Delete a note with its links', permission: 'content.write', params: idParams });

const linkCreated = z.object({ id: z.uuid(), noteId: z.uuid(), kind: linkOut.shape.kind, targetId: z.uuid(), label: z.string(), created: z.boolean() });
export const listNoteLinksRoute = defineRoute({ id: 'listCanvasNoteLinks', method: 'GET', path: '/workspaces/{slug}/canvas-notes/{id}/links', tag, summary: 'List a note’s links (target kind, id and name), oldest first', permission: 'content.read', params: idParams, response: z.object({ data: z.array(linkOut) }) });
export const createNoteLinkRoute = defineRoute({
  id: 'createCanvasNoteLink',
  method: 'POST',
  path: '/workspaces/{slug}/canvas-notes/{id}/links',
  tag,
  summary:
    'Link a note to exactly one of touchpointId (Channels, Customer Relationships), personaId (Customer Segments) or painPointId (Value Propositions). Idempotent: linking again answers 200 with the existing link (created: false) and writes nothing.',
  permission: 'content.write',
  params: idParams,
  body: noteLinkPostBody,
  status: 201,
  response: linkCreated,
  moreResponses: {
    '200': { description: 'Already linked: the existing link (created: false); nothing written', schema: linkCreated },
    '422': { description: 'The note’s block takes another kind of target, or no links at all' },
  },
});
export const deleteNoteLinkRoute = defineRoute({ id: 'deleteCanvasNoteLink', method: 'DELETE', path: '/workspaces/{slug}/canvas-note-links/{id}', tag, summary: 'Remove one link of a note', permission: 'content.write', params: idParams });

export const canvasSpecs = [listCanvasesRoute, createCanvasRoute, getCanvasRoute, updateCanvasRoute, deleteCanvasRoute, createNoteRoute, updateNoteRoute, deleteNoteRoute, listNoteLinksRoute, createNoteLinkRoute, deleteNoteLinkRoute];
