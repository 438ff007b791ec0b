import { z } from 'zod';

/** The avatar palette: stored as the key, shown with these Tailwind classes (white-on-600 passes AA contrast). */
export const personaColors = {
  blue: { label: 'Blue', className: 'bg-blue-600 text-white' },
  green: { label: 'Green', className: 'bg-green-700 text-white' },
  amber: { label: 'Amber', className: 'bg-amber-700 text-white' },
  rose: { label: 'Rose', className: 'bg-rose-600 text-white' },
  violet: { label: 'Violet', className: 'bg-violet-600 text-white' },
  teal: { label: 'Teal', className: 'bg-teal-700 text-white' },
  slate: { label: 'Slate', className: 'bg-slate-600 text-white' },
} as const;

export type PersonaColor = keyof typeof personaColors;
export const PERSONA_COLORS = Object.keys(personaColors) as [PersonaColor, ...PersonaColor[]];

export const LIST_MAX_ITEMS = 20;
export const LIST_ITEM_MAX = 200;

const listItems = z
  .array(z.string({ error: 'Each item must be text.' }).trim().min(1, 'Remove empty items.').max(LIST_ITEM_MAX, `Keep each item to ${LIST_ITEM_MAX} characters.`))
  .max(LIST_MAX_ITEMS, `List at most ${LIST_MAX_ITEMS} items.`);

/** A textarea's text → its non-blank lines, trimmed. Arrays pass through (direct calls, tests). */
export function linesOf(v: unknown) {
  if (typeof v !== 'string') return v;
  return v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

const fromLines = z.preprocess(linesOf, listItems);

const name = z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(80, 'Use at most 80 characters.');
const segment = z.string().trim().max(80, 'Use at most 80 characters.');
const longText = z.string().trim().max(2000, 'Use at most 2,000 characters.');
const color = z.enum(PERSONA_COLORS, { error: 'Choose a colour from the palette.' });

const textFields = { name, segment: segment.default(''), description: longText.default(''), demographics: longText.default('') };

// Server actions (FormData): lists arrive as one textarea each, one item per line.
export const personaFormSchema = z.object({
  ...textFields,
  goals: fromLines.default([]),
  needs: fromLines.default([]),
  frustrations: fromLines.default([]),
  color: color.default('blue'),
});
export type PersonaInput = z.infer<typeof personaFormSchema>;

export const createPersonaSchema = personaFormSchema;
export const updatePersonaSchema = personaFormSchema.extend({
  personaId: z.uuid('Not a valid persona id.'),
  version: z.coerce.number({ error: 'Missing version.' }).int().min(1),
});
export const deletePersonaSchema = z.object({ personaId: z.uuid('Not a valid persona id.') });

// JSON API bodies: strict (a misspelt field is an error), lists as arrays of strings.
const apiFields = {
  name,
  segment,
  description: longText,
  demographics: longText,
  goals: listItems,
  needs: listItems,
  frustrations: listItems,
  color,
};
export const personaPostBody = z
  .object({ ...apiFields, name })
  .partial()
  .required({ name: true })
  .strict();
export const personaPatchBody = z
  .object(apiFields)
  .partial()
  .extend({ version: z.number({ error: 'Send the version you read.' }).int().min(1) })
  .strict();
export type PersonaPatch = z.infer<typeof personaPatchBody>;
