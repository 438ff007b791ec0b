import { z } from 'zod';
import { canvasBlockEnum } from '@/db/schema/enums';
import { NOTE_COLORS, NOTE_TEXT_MAX } from '@/lib/canvases/blocks';

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1, 'Missing version.');

export const canvasNameSchema = z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');
export const canvasDescriptionSchema = z.string().trim().max(2000, 'Use at most 2,000 characters.');
export const canvasBlockSchema = z.enum(canvasBlockEnum.enumValues, { error: 'Choose one of the nine blocks.' });
export const noteTextSchema = z
  .string({ error: 'Write the note.' })
  .trim()
  .min(1, 'Write the note.')
  .max(NOTE_TEXT_MAX, `Keep a note to ${NOTE_TEXT_MAX} characters.`);
export const noteColorSchema = z.enum(NOTE_COLORS, { error: 'Choose a colour from the palette.' });

export const createCanvasSchema = z.object({ name: canvasNameSchema, description: canvasDescriptionSchema.default('') });
export const updateCanvasSchema = z.object({ canvasId: id('canvas'), version, name: canvasNameSchema, description: canvasDescriptionSchema.default('') });
export const canvasIdSchema = z.object({ canvasId: id('canvas') });
export type CanvasInput = z.infer<typeof createCanvasSchema>;

export const createNoteSchema = z.object({
  canvasId: id('canvas'),
  block: canvasBlockSchema,
  text: noteTextSchema,
  color: noteColorSchema.default('yellow'),
});
export const updateNoteSchema = z.object({ noteId: id('note'), version, text: noteTextSchema, color: noteColorSchema });
export const deleteNoteSchema = z.object({ noteId: id('note') });
export type NoteInput = { text: string; color: (typeof NOTE_COLORS)[number] };
export const moveNoteSchema = z.object({
  noteId: id('note'),
  version,
  block: canvasBlockSchema,
  position: z.coerce.number({ error: 'Choose a position.' }).int('Choose a position.').min(0, 'Choose a position.'),
});
export const linkNoteSchema = z.object({ noteId: id('note'), targetId: z.uuid('Choose what to link to.') });
export const unlinkNoteSchema = z.object({ linkId: id('link') });

// JSON API bodies: strict, so a misspelt field is an error rather than silently ignored.
export const canvasPostBody = z.object({ name: canvasNameSchema, description: canvasDescriptionSchema.default('') }).strict();
export const canvasPatchBody = z.object({ version: z.number().int().min(1), name: canvasNameSchema.optional(), description: canvasDescriptionSchema.optional() }).strict();
export const notePostBody = z.object({ block: canvasBlockSchema, text: noteTextSchema, color: noteColorSchema.default('yellow') }).strict();
export const notePatchBody = z
  .object({
    version: z.number().int().min(1),
    text: noteTextSchema.optional(),
    color: noteColorSchema.optional(),
    block: canvasBlockSchema.optional(),
    position: z.number().int().min(0).optional(),
  })
  .strict();
// Exactly one target; which one must be the kind the note's block takes (checked against the note, 422 otherwise).
export const noteLinkPostBody = z
  .object({
    touchpointId: z.uuid('Not a valid touchpoint id.').optional(),
    personaId: z.uuid('Not a valid persona id.').optional(),
    painPointId: z.uuid('Not a valid pain point id.').optional(),
  })
  .strict()
  .refine((b) => [b.touchpointId, b.personaId, b.painPointId].filter(Boolean).length === 1, { message: 'Send exactly one of touchpointId, personaId or painPointId.' });
