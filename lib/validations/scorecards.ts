import { z } from 'zod';
import { initiativeStatusEnum } from '@/db/schema/enums';

// Scorecards, perspectives, objectives, cause → effect links and initiatives: form (server action) and JSON API schemas.

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1, 'Missing version.');
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const text = (max: number) => z.string().trim().max(max, `Use at most ${max.toLocaleString('en-US')} characters.`);
const name = (what: string) => z.string().trim().min(1, `Give the ${what} a name.`).max(120, 'Use at most 120 characters.');

export const initiativeStatusSchema = z.enum(initiativeStatusEnum.enumValues, 'Choose planned, on track, at risk or done.');

// A cleared number field must not read as 0 (what coercing '' gives): it is "not a number" instead.
const blankIsNaN = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? Number.NaN : v);
const formNumber = <T extends z.ZodType>(s: T) => z.preprocess(blankIsNaN, s);

/** A threshold as a whole percent 0–100 (forms and the UI); stored as a fraction. */
const percent = formNumber(z.coerce
  .number({ error: 'Enter a whole percent from 0 to 100.' })
  .int('Enter a whole percent from 0 to 100.')
  .min(0, 'Enter a whole percent from 0 to 100.')
  .max(100, 'Enter a whole percent from 0 to 100.'));
const weight = formNumber(z.coerce.number({ error: 'Enter a number.' }).refine(Number.isFinite, 'Enter a number.').pipe(z.number().min(0, 'A weight cannot be negative.').max(1000, 'Use a weight of at most 1,000.')));
const ownerId = z.preprocess(blankToNull, id('owner').nullable());
const stageId = z.preprocess(blankToNull, id('stage').nullable());
const date = z.preprocess(blankToNull, z.iso.date('Enter a date (YYYY-MM-DD).').nullable());
const progress = formNumber(z.coerce.number({ error: 'Enter a whole percent from 0 to 100.' }).int('Enter a whole percent from 0 to 100.').min(0, 'Progress is at least 0%.').max(100, 'Progress is at most 100%.'));

export const scorecardNameSchema = name('scorecard');
export const descriptionSchema = text(2000);
export const perspectiveLabelSchema = z.string().trim().min(1, 'A perspective needs a label.').max(60, 'Use at most 60 characters.');

const amberNotAboveGreen = <T extends { greenPercent?: number; amberPercent?: number }>(s: z.ZodType<T>) =>
  s.refine((v) => v.greenPercent === undefined || v.amberPercent === undefined || v.amberPercent <= v.greenPercent, {
    message: 'Amber must not be above green.',
    path: ['amberPercent'],
  });

// ---- Server action inputs (FormData or plain objects) ----

export const createScorecardSchema = z.object({ name: scorecardNameSchema, description: descriptionSchema.default('') });
export const scorecardIdSchema = z.object({ scorecardId: id('scorecard') });
export const perspectiveEditSchema = z.object({ id: id('perspective'), label: perspectiveLabelSchema, weight });
export const updateScorecardSchema = amberNotAboveGreen(
  z.object({
    scorecardId: id('scorecard'),
    version,
    name: scorecardNameSchema,
    description: descriptionSchema.default(''),
    greenPercent: percent,
    amberPercent: percent,
    perspectives: z.array(perspectiveEditSchema).max(4, 'A scorecard has four perspectives.').default([]),
  }),
);
export type UpdateScorecardInput = z.infer<typeof updateScorecardSchema>;

export const objectiveFields = {
  name: name('objective'),
  description: descriptionSchema.default(''),
  ownerId,
  weight: weight.default(1),
  stageId,
};
export const createObjectiveSchema = z.object({ scorecardId: id('scorecard'), perspectiveId: id('perspective'), ...objectiveFields });
export const updateObjectiveSchema = z.object({ scorecardId: id('scorecard'), objectiveId: id('objective'), perspectiveId: id('perspective'), version, ...objectiveFields });
export const objectiveIdSchema = z.object({ scorecardId: id('scorecard'), objectiveId: id('objective') });
export const reorderObjectivesSchema = z.object({
  scorecardId: id('scorecard'),
  perspectiveId: id('perspective'),
  version,
  objectiveIds: z.array(id('objective')).min(1, 'Nothing to reorder.'),
});
export const createLinkSchema = z.object({ scorecardId: id('scorecard'), causeId: id('objective'), effectId: z.uuid('Choose the objective it drives.') });
export const linkIdSchema = z.object({ scorecardId: id('scorecard'), linkId: id('link') });

const startBeforeDue = <T extends { startDate?: string | null; dueDate?: string | null }>(s: z.ZodType<T>) =>
  s.refine((v) => !v.startDate || !v.dueDate || v.startDate <= v.dueDate, { message: 'The due date cannot be before the start.', path: ['dueDate'] });

const initiativeFields = {
  name: name('initiative'),
  description: descriptionSchema.default(''),
  ownerId,
  status: initiativeStatusSchema.default('planned'),
  startDate: date,
  dueDate: date,
  progress: progress.default(0),
};
export const createInitiativeSchema = startBeforeDue(z.object({ scorecardId: id('scorecard'), objectiveId: id('objective'), ...initiativeFields }));
export const updateInitiativeSchema = startBeforeDue(z.object({ scorecardId: id('scorecard'), initiativeId: id('initiative'), version, ...initiativeFields }));
export const initiativeIdSchema = z.object({ scorecardId: id('scorecard'), initiativeId: id('initiative') });

// ---- JSON API bodies (strict: a misspelt field is an error, not silently ignored) ----

const apiVersion = z.number().int().min(1).describe('The version you read; a stale one answers 409.');
const apiWeight = z.number().min(0, 'A weight cannot be negative.').max(1000);
const apiPercent = z.number().int().min(0).max(100);

export const scorecardPostBody = z.strictObject({ name: scorecardNameSchema, description: descriptionSchema.optional() });
export const scorecardPatchBody = amberNotAboveGreen(
  z.strictObject({
    version: apiVersion,
    name: scorecardNameSchema.optional(),
    description: descriptionSchema.optional(),
    greenPercent: apiPercent.optional().describe('Roll-up status green from this whole percent.'),
    amberPercent: apiPercent.optional().describe('Amber from this whole percent (≤ green); red below.'),
    perspectives: z
      .array(z.strictObject({ id: id('perspective'), label: perspectiveLabelSchema.optional(), weight: apiWeight.optional() }))
      .max(4)
      .optional(),
  }),
);
export type ScorecardPatch = {
  version: number;
  name?: string;
  description?: string;
  greenPercent?: number;
  amberPercent?: number;
  perspectives?: { id: string; label?: string; weight?: number }[];
};

export const objectivePostBody = z.strictObject({
  perspectiveId: id('perspective'),
  name: name('objective'),
  description: descriptionSchema.optional(),
  ownerId: id('owner').nullable().optional(),
  weight: apiWeight.optional(),
  stageId: id('stage').nullable().optional(),
});
export const objectivePatchBody = z.strictObject({
  version: apiVersion,
  perspectiveId: id('perspective').optional().describe('Move the objective to another perspective of the same scorecard (at the end).'),
  name: name('objective').optional(),
  description: descriptionSchema.optional(),
  ownerId: id('owner').nullable().optional(),
  weight: apiWeight.optional(),
  stageId: id('stage').nullable().optional(),
});
export type ObjectivePatch = Omit<z.infer<typeof objectivePatchBody>, 'version'> & { version: number };

export const linkPostBody = z.strictObject({ effectId: id('objective').describe('The objective this one drives (same scorecard).') });

const apiDate = z.iso.date('Enter a date (YYYY-MM-DD).').nullable();
export const initiativePostBody = startBeforeDue(
  z.strictObject({
    name: name('initiative'),
    description: descriptionSchema.optional(),
    ownerId: id('owner').nullable().optional(),
    status: initiativeStatusSchema.optional(),
    startDate: apiDate.optional(),
    dueDate: apiDate.optional(),
    progress: z.number().int().min(0).max(100).optional(),
  }),
);
export const initiativePatchBody = startBeforeDue(
  z.strictObject({
    version: apiVersion,
    name: name('initiative').optional(),
    description: descriptionSchema.optional(),
    ownerId: id('owner').nullable().optional(),
    status: initiativeStatusSchema.optional(),
    startDate: apiDate.optional(),
    dueDate: apiDate.optional(),
    progress: z.number().int().min(0).max(100).optional(),
  }),
);
export type InitiativeFields = {
  name?: string;
  description?: string;
  ownerId?: string | null;
  status?: (typeof initiativeStatusEnum.enumValues)[number];
  startDate?: string | null;
  dueDate?: string | null;
  progress?: number;
};
