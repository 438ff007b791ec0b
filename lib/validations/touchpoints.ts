import { z } from 'zod';
import { channelEnum, momentPolarityEnum, touchpointModeEnum } from '@/db/schema/enums';

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1);
const text = (max: number) => z.string().trim().max(max, `Keep it under ${max.toLocaleString('en-US')} characters.`);
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

export const channelSchema = z.enum(channelEnum.enumValues, 'Choose a channel.');
export const modeSchema = z.enum(touchpointModeEnum.enumValues, 'Choose digital or physical.');
export const polaritySchema = z.enum(momentPolarityEnum.enumValues, 'Choose positive or negative.');
export const emotionSchema = z.preprocess(
  blankToNull,
  z.coerce.number().int('Emotion is a whole number from −2 to +2.').min(-2, 'Emotion is at least −2.').max(2, 'Emotion is at most +2.').nullable(),
);
/** One pain point or opportunity: an existing item keeps its id; a new one has none. */
export const itemSchema = z.strictObject({ id: id('item').optional(), text: z.string().trim().min(1, 'An item cannot be empty.').max(300, 'Keep items under 300 characters.') });
const items = z.array(itemSchema).max(50, 'At most 50 items.');

export const touchpointFields = {
  name: z.string().trim().min(1, 'Give the touchpoint a name.').max(120, 'Keep the name under 120 characters.'),
  channel: channelSchema,
  mode: modeSchema,
  ownerId: z.preprocess(blankToNull, id('owner').nullable()),
  customerActions: text(2000),
  emotion: emotionSchema,
  expectations: text(2000),
  perceptions: text(2000),
  isMomentOfTruth: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()),
  momentPolarity: z.preprocess(blankToNull, polaritySchema.nullable()),
  proactiveStrategy: text(2000),
  reactiveStrategy: text(2000),
  painPoints: items,
  opportunities: items,
};
export type TouchpointFields = { [K in keyof typeof touchpointFields]: z.infer<(typeof touchpointFields)[K]> };

const partialFields = z.object(touchpointFields).partial();
const journeyScope = { journeyId: id('journey') };

export const createTouchpointSchema = partialFields.extend({ ...journeyScope, stageId: id('stage'), name: touchpointFields.name, position: z.coerce.number().int().min(0).optional() });
export type CreateTouchpointInput = z.infer<typeof createTouchpointSchema>;
export const updateTouchpointSchema = partialFields.extend({ ...journeyScope, touchpointId: id('touchpoint'), version }); // omitted fields stay as they are
export const deleteTouchpointSchema = z.object({ ...journeyScope, touchpointId: id('touchpoint') });
export const moveTouchpointSchema = z.object({ ...journeyScope, touchpointId: id('touchpoint'), stageId: id('stage'), position: z.coerce.number().int().min(0), version });

// JSON API bodies (strict).
const apiFields = {
  ...touchpointFields,
  emotion: z.number().int().min(-2).max(2).nullable(),
  ownerId: id('owner').nullable(),
  isMomentOfTruth: z.boolean(),
  momentPolarity: polaritySchema.nullable(),
};
export const touchpointPostBody = z
  .object(apiFields)
  .partial()
  .extend({ stageId: id('stage'), name: touchpointFields.name, position: z.number().int().min(0).optional() })
  .strict();
export const touchpointPatchBody = z
  .object(apiFields)
  .partial()
  .extend({
    stageId: id('stage').optional().describe('With position: move the touchpoint to this stage of the same journey.'),
    position: z.number().int().min(0).optional(),
    version: z.number().int().min(1).describe('The version you read; a stale one answers 409.'),
  })
  .strict();
