import { z } from 'zod';
import { journeyStatusEnum } from '@/db/schema/enums';
import { templateIds } from '@/lib/journeys/templates';

export const journeyNameSchema = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');
export const journeyDescriptionSchema = z.string().trim().max(2000, 'Use at most 2,000 characters.');
export const journeyStatusSchema = z.enum(journeyStatusEnum.enumValues, { error: 'Choose active or archived.' });
export const journeyTemplateSchema = z.enum(templateIds, { error: 'Choose a template from the list.' });

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
// A form's "No persona" option sends an empty string: that means none.
const personaIdField = z.preprocess((v) => (v === '' ? null : v), id('persona').nullable());
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1, 'Missing version.');

export const createJourneySchema = z.object({
  name: journeyNameSchema,
  description: journeyDescriptionSchema.default(''),
  personaId: personaIdField.optional(),
  template: journeyTemplateSchema.default('blank'),
});
export type CreateJourneyFormInput = z.infer<typeof createJourneySchema>;

export const updateJourneySchema = z.object({
  journeyId: id('journey'),
  version,
  name: journeyNameSchema,
  description: journeyDescriptionSchema.default(''),
  personaId: personaIdField.optional(),
});

export const journeyIdSchema = z.object({ journeyId: id('journey') });
export const journeyStatusChangeSchema = z.object({ journeyId: id('journey'), version, status: journeyStatusSchema });

// JSON API bodies: strict, so a misspelt field is an error rather than silently ignored.
export const journeyPostBody = z
  .object({
    name: journeyNameSchema,
    description: journeyDescriptionSchema.optional(),
    personaId: id('persona').nullable().optional(),
    template: journeyTemplateSchema.optional(),
  })
  .strict();

export const journeyPatchBody = z
  .object({
    version: z.number().int().min(1),
    name: journeyNameSchema.optional(),
    description: journeyDescriptionSchema.optional(),
    personaId: id('persona').nullable().optional(),
    status: journeyStatusSchema.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), { message: 'Send at least one field to change.', path: ['_body'] });

export type JourneyPatch = { version: number; name?: string; description?: string; personaId?: string | null; status?: 'active' | 'archived' };
